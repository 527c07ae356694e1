using System.Diagnostics;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;
using Portal.Web.Features.Cases;
using Portal.Web.Features.Intake;
using Portal.Web.Features.Keys;
using Portal.Web.Features.Organisation;

namespace Portal.Benchmarks.Cases;

/// <summary>
/// The handlers' inbox query (first page, counts per stage) on a generated SQLite database with N cases, through
/// the real migrations and the real <see cref="CaseInbox"/>. Target: first page under 100 ms at 100,000 cases.
/// </summary>
internal static class InboxVerb
{
    private const int Runs = 30;

    public static async Task<int> RunAsync(IReadOnlyDictionary<string, int> args, CancellationToken cancellationToken)
    {
        var count = args["cases"];
        var folder = Directory.CreateTempSubdirectory("portal-inbox-bench-");
        try
        {
            var builder = new DbContextOptionsBuilder<SqlitePortalDbContext>().UseSqlite($"Data Source={Path.Combine(folder.FullName, "portal.db")}");
            if (Environment.GetEnvironmentVariable("PORTAL_BENCH_SQL") is "1")
            {
                // Each statement with its duration, to see which part of the query costs what.
                builder.LogTo(Console.WriteLine, [DbLoggerCategory.Database.Command.Name], Microsoft.Extensions.Logging.LogLevel.Information);
            }

            var options = builder.Options;
            var contexts = new Contexts(options);
            await using (var db = contexts.CreateDbContext())
            {
                await db.Database.MigrateAsync(cancellationToken);
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
            }

            var tags = StaffTags.FromKeyFile(Path.Combine(folder.FullName, "staff-tag.key"));
            var (handler, _, seeded) = await SeedAsync(contexts, tags, count, cancellationToken);
            Console.WriteLine($"Seeded {count:N0} cases in {seeded.TotalSeconds:F1} s; the handler's inboxes hold about half of them.");

            var inbox = new CaseInbox(contexts, tags);
            var today = new DateOnly(2026, 11, 26);
            var scenarios = new (string Name, InboxFilter Filter, InboxSort Sort)[]
            {
                ("open cases by due date (default view)", new InboxFilter(), InboxSort.DueOn),
                ("overdue only", new InboxFilter { OverdueOnly = true }, InboxSort.DueOn),
                ("stage = verifying, newest first", new InboxFilter { Stage = CaseStage.Verifying }, InboxSort.ReceivedOn),
                ("assigned to me", new InboxFilter { Assignee = handler }, InboxSort.DueOn),
                ("all incl. closed, by code", new InboxFilter { OpenOnly = false }, InboxSort.Code),
                // The inbox's search box: a part of a case code (LIKE '%...%', so no index can seek it).
                ("search: code contains \"2024-0012\"", new InboxFilter { Code = "2024-0012" }, InboxSort.DueOn),
                ("search incl. closed: code contains \"-00\"", new InboxFilter { Code = "-00", OpenOnly = false }, InboxSort.Code),
            };
            foreach (var (name, filter, sort) in scenarios)
            {
                var first = Stopwatch.StartNew();
                var page = await inbox.PageAsync(handler, today, filter, sort, sort == InboxSort.ReceivedOn, 0, 25, cancellationToken);
                first.Stop();
                var timings = new List<double>();
                for (var i = 0; i < Runs; i++)
                {
                    var watch = Stopwatch.StartNew();
                    await inbox.PageAsync(handler, today, filter, sort, sort == InboxSort.ReceivedOn, i % 5, 25, cancellationToken);
                    timings.Add(watch.Elapsed.TotalMilliseconds);
                }

                timings.Sort();
                Console.WriteLine($"{name,-46} total {page.Total,7:N0}  first {first.Elapsed.TotalMilliseconds,6:F1} ms  median {timings[Runs / 2],6:F1} ms  p90 {timings[Runs * 9 / 10],6:F1} ms");
            }

            return 0;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (Environment.GetEnvironmentVariable("PORTAL_BENCH_KEEP") is "1")
            {
                Console.WriteLine($"Kept {folder.FullName}");
            }
            else
            {
                folder.Delete(recursive: true);
            }
        }
    }

    /// <summary>
    /// N generated cases in eight units, half of them in the handler's inboxes. With <paramref name="clocks"/>, each case
    /// also gets the clock its due date came from (running while open, stopped when closed, some extended, a few stopped
    /// late), for the leaders' dashboard (<see cref="Deadlines.DashboardVerb"/>).
    /// </summary>
    internal static async Task<(Guid Handler, IReadOnlyList<Unit> Units, TimeSpan Took)> SeedAsync(Contexts contexts, StaffTags tags, int count,
        CancellationToken cancellationToken, bool clocks = false)
    {
        var watch = Stopwatch.StartNew();
        var random = new Random(20261126);
        var units = Enumerable.Range(0, 8).Select(i => new Unit { Code = $"U{i}", Name = $"Đơn vị {i}", ReceivesReports = true }).ToList();
        var handler = Guid.CreateVersion7();
        var colleague = Guid.CreateVersion7();
        await using (var db = contexts.CreateDbContext())
        {
            db.Units.AddRange(units);
            db.Users.AddRange(new Portal.Web.Features.Accounts.StaffUser { Id = handler, UserName = "handler" }, new Portal.Web.Features.Accounts.StaffUser { Id = colleague, UserName = "colleague" });
            foreach (var unit in units)
            {
                db.Inboxes.Add(new Inbox { Id = unit.Id, UnitId = unit.Id, PublicKey = new byte[32] });
            }

            // The handler holds four of the eight inboxes.
            foreach (var unit in units.Take(4))
            {
                db.InboxGrants.Add(new InboxGrant { InboxId = unit.Id, UserId = handler, SealedPrivateKey = new byte[80] });
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        var stages = Enum.GetValues<CaseStage>();
        var start = new DateOnly(2022, 1, 1);
        const int batch = 5000;
        for (var done = 0; done < count; done += batch)
        {
            await using var db = contexts.CreateDbContext();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            for (var i = done; i < Math.Min(count, done + batch); i++)
            {
                var stage = stages[random.Next(stages.Length)];
                var received = start.AddDays(random.Next(0, 1790));
                var report = new Report
                {
                    Id = Guid.NewGuid(), CaseCode = $"PA-{received.Year}-{i:D6}", Channel = (ReportChannel)random.Next(3), Track = (ReportTrack)random.Next(4),
                    Stage = stage, ReceivingUnitId = units[random.Next(units.Count)].Id, ReceivedOn = received,
                    LookupHash = RandomNumberGenerator.GetBytes(32), ContentKeyForInbox = new byte[80], ContentKeyForReporter = new byte[80],
                    ReporterPublicKey = new byte[32], Body = new byte[600],
                    DueOn = CaseTransitions.IsOpen(stage) && stage != CaseStage.Suspended ? received.AddDays(random.Next(5, 60)) : null,
                    ClosedOn = CaseTransitions.IsOpen(stage) || stage == CaseStage.Merged ? null : received.AddDays(random.Next(10, 90)),
                };
                db.Reports.Add(report);
                if (clocks)
                {
                    var due = report.DueOn ?? received.AddDays(30);
                    db.CaseClocks.Add(new Portal.Web.Features.Deadlines.Clocks.CaseClock
                    {
                        ReportId = report.Id, RuleId = 4, RuleCode = "denunciation.settle", StartedOn = received, DueOn = due,
                        StoppedOn = report.ClosedOn is { } closed ? (i % 5 == 0 ? due.AddDays(3) : closed < due ? closed : due) : null,
                        PausedOn = stage == CaseStage.Suspended ? received.AddDays(3) : null, Extensions = i % 11 == 0 ? 1 : 0,
                    });
                }

                if (i % 7 == 0)
                {
                    db.CaseAssignments.Add(new CaseAssignment { ReportId = report.Id, UserId = i % 14 == 0 ? handler : colleague, AssignedAt = DateTimeOffset.UnixEpoch });
                }

                if (i % 50 == 0)
                {
                    // A few cases taken out of inboxes (per-person keys) and a few recusals of the handler.
                    report.ContentKeyForInbox = null;
                    db.CaseKeys.Add(new CaseKey { ReportId = report.Id, UserId = handler, SealedKey = new byte[80] });
                }
                else if (i % 97 == 0)
                {
                    db.CaseRecusals.Add(new CaseRecusal { ReportId = report.Id, UserTag = tags.For(handler) });
                }
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        await using (var db = contexts.CreateDbContext())
        {
            await db.Database.ExecuteSqlRawAsync("ANALYZE;", cancellationToken);
        }

        return (handler, units, watch.Elapsed);
    }

    internal sealed class Contexts(DbContextOptions<SqlitePortalDbContext> options) : IDbContextFactory<PortalDbContext>
    {
        public PortalDbContext CreateDbContext() => new SqlitePortalDbContext(options);
    }
}
