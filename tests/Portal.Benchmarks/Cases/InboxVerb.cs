using System.Diagnostics;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Portal.Benchmarks.Data;
using Portal.Web.Features.Cases;
using Portal.Web.Features.Intake;
using Portal.Web.Features.Keys;
using Portal.Web.Features.Organisation;

namespace Portal.Benchmarks.Cases;

/// <summary>
/// The handlers' inbox query (first page, counts per stage) on a generated SQLite or PostgreSQL database with N cases, through
/// the real migrations and the real <see cref="CaseInbox"/>. Target: first page under 100 ms at 100,000 cases.
/// </summary>
internal static class InboxVerb
{
    private const int Runs = 30;

    public static async Task<int> RunAsync(IReadOnlyDictionary<string, int> args, Provider provider, CancellationToken cancellationToken)
    {
        var count = args["cases"];
        // At a million cases a PostgreSQL call can take seconds: fewer repetitions keep the verb within minutes.
        var runs = count > 100_000 ? 10 : Runs;
        Console.WriteLine($"Provider {provider}, {count:N0} cases; load average {Load.MachineLoad.Now()}");
        await using var database = await BenchDatabase.CreateAsync(provider, "inbox", cancellationToken);
        var tags = StaffTags.FromKeyFile(Path.Combine(database.Folder.FullName, "staff-tag.key"));
        var (handler, _, seeded) = await SeedAsync(database, tags, count, cancellationToken);
        Console.WriteLine($"Seeded {count:N0} cases in {seeded.TotalSeconds:F1} s ({await database.SizeBytesAsync(cancellationToken) / 1048576.0:N0} MiB); the handler's inboxes hold about half of them.");

        var inbox = new CaseInbox(database, tags);
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
            for (var i = 0; i < runs; i++)
            {
                var watch = Stopwatch.StartNew();
                await inbox.PageAsync(handler, today, filter, sort, sort == InboxSort.ReceivedOn, i % 5, 25, cancellationToken);
                timings.Add(watch.Elapsed.TotalMilliseconds);
            }

            timings.Sort();
            Console.WriteLine($"{name,-46} total {page.Total,7:N0}  first {first.Elapsed.TotalMilliseconds,6:F1} ms  median {timings[runs / 2],6:F1} ms  p90 {timings[runs * 9 / 10],6:F1} ms");
        }

        Console.WriteLine($"Load average {Load.MachineLoad.Now()} (after)");
        return 0;
    }

    /// <summary>
    /// N generated cases in eight units, half of them in the handler's inboxes. With <paramref name="clocks"/>, each case
    /// also gets the clock its due date came from (running while open, stopped when closed, some extended, a few stopped
    /// late), for the leaders' dashboard (<see cref="Deadlines.DashboardVerb"/>).
    /// </summary>
    internal static async Task<(Guid Handler, IReadOnlyList<Unit> Units, TimeSpan Took)> SeedAsync(BenchDatabase contexts, StaffTags tags, int count,
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
        // Rows are generated exactly as before (same seed, same draws in the same order) and written per chunk.
        const int chunk = 50_000;
        for (var done = 0; done < count; done += chunk)
        {
            var reports = new List<Report>(chunk);
            var caseClocks = new List<Portal.Web.Features.Deadlines.Clocks.CaseClock>();
            var assignments = new List<CaseAssignment>();
            var keys = new List<CaseKey>();
            var recusals = new List<CaseRecusal>();
            for (var i = done; i < Math.Min(count, done + chunk); i++)
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
                reports.Add(report);
                if (clocks)
                {
                    var due = report.DueOn ?? received.AddDays(30);
                    caseClocks.Add(new Portal.Web.Features.Deadlines.Clocks.CaseClock
                    {
                        ReportId = report.Id, RuleId = 4, RuleCode = "denunciation.settle", StartedOn = received, DueOn = due,
                        StoppedOn = report.ClosedOn is { } closed ? (i % 5 == 0 ? due.AddDays(3) : closed < due ? closed : due) : null,
                        PausedOn = stage == CaseStage.Suspended ? received.AddDays(3) : null, Extensions = i % 11 == 0 ? 1 : 0,
                    });
                }

                if (i % 7 == 0)
                {
                    assignments.Add(new CaseAssignment { ReportId = report.Id, UserId = i % 14 == 0 ? handler : colleague, AssignedAt = DateTimeOffset.UnixEpoch });
                }

                if (i % 50 == 0)
                {
                    // A few cases taken out of inboxes (per-person keys) and a few recusals of the handler.
                    report.ContentKeyForInbox = null;
                    keys.Add(new CaseKey { ReportId = report.Id, UserId = handler, SealedKey = new byte[80] });
                }
                else if (i % 97 == 0)
                {
                    recusals.Add(new CaseRecusal { ReportId = report.Id, UserTag = tags.For(handler) });
                }
            }

            await using var db = contexts.CreateDbContext();
            await using var bulk = await BulkWriter.BeginAsync(db, cancellationToken);
            bulk.Write(reports);
            bulk.Write(caseClocks);
            bulk.Write(assignments);
            bulk.Write(keys);
            bulk.Write(recusals);
            await bulk.CommitAsync(cancellationToken);
        }

        await contexts.AnalyzeAsync(cancellationToken);
        await using (var db = contexts.CreateDbContext())
        {
            // What was written raw must read back through EF (Guid and date formats): the measurement depends on it.
            var firstUnit = units[0].Id;
            if (await db.Reports.CountAsync(cancellationToken) != count || !await db.Reports.AnyAsync(r => r.ReceivingUnitId == firstUnit && r.ReceivedOn >= start, cancellationToken))
            {
                throw new InvalidOperationException("The seeded reports do not read back through EF Core.");
            }
        }

        return (handler, units, watch.Elapsed);
    }
}
