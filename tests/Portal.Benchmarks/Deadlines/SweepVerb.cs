using Portal.Web.Features.Deadlines.Calendar;
using System.Diagnostics;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;
using Portal.Web.Features.Cases;
using Portal.Web.Features.Deadlines.Alerts;
using Portal.Web.Features.Deadlines.Clocks;
using Portal.Web.Features.Deadlines.Rules;
using Portal.Web.Features.Intake;
using Portal.Web.Features.Organisation;

namespace Portal.Benchmarks.Deadlines;

/// <summary>
/// One deadline sweep (<see cref="AlertSweep"/>) over N open clocks in a real SQLite file made by the real
/// migrations: the clocks' alert points are scheduled as <see cref="ClockBook"/> would, spread so that on the swept
/// day a share of clocks reaches a point and a share is overdue. Target: under 2 s at 100,000 clocks.
/// </summary>
internal static class SweepVerb
{
    private static readonly WorkingCalendar Statutory = WorkingCalendar.CreateStatutory();

    public static async Task<int> RunAsync(IReadOnlyDictionary<string, int> args, CancellationToken cancellationToken)
    {
        var count = args["clocks"];
        var folder = Directory.CreateTempSubdirectory("portal-sweep-bench-");
        try
        {
            var options = new DbContextOptionsBuilder<SqlitePortalDbContext>()
                .UseSqlite($"Data Source={Path.Combine(folder.FullName, "portal.db")};Default Timeout=30").Options;
            var contexts = new Contexts(options);
            await using (var db = contexts.CreateDbContext())
            {
                await db.Database.MigrateAsync(cancellationToken);
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
            }

            var today = new DateOnly(2026, 11, 26);
            var seeded = await SeedAsync(contexts, count, today, cancellationToken);
            Console.WriteLine($"Seeded {count:N0} open clocks ({seeded.Points:N0} pending alert points) in {seeded.Took.TotalSeconds:F1} s.");

            var sweep = new AlertSweep(contexts, Portal.Web.Infrastructure.FaultHold.None);
            var watch = Stopwatch.StartNew();
            var first = await sweep.RunAsync(today, cancellationToken);
            watch.Stop();
            Console.WriteLine($"First sweep of {today:yyyy-MM-dd}: {watch.Elapsed.TotalMilliseconds:F0} ms, {first.Raised:N0} point alerts, {first.Overdue:N0} overdue alerts.");

            watch.Restart();
            var again = await sweep.RunAsync(today, cancellationToken);
            watch.Stop();
            Console.WriteLine($"Second sweep, same day (nothing new): {watch.Elapsed.TotalMilliseconds:F0} ms, {again.Raised + again.Overdue:N0} alerts.");

            watch.Restart();
            var next = await sweep.RunAsync(today.AddDays(1), cancellationToken);
            watch.Stop();
            Console.WriteLine($"Next day's sweep: {watch.Elapsed.TotalMilliseconds:F0} ms, {next.Raised:N0} point alerts, {next.Overdue:N0} overdue alerts.");
            return 0;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }

    private static async Task<(int Points, TimeSpan Took)> SeedAsync(Contexts contexts, int count, DateOnly today, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        var random = new Random(20261126);
        var unit = new Unit { Code = "SYT", Name = "Sở Y tế", ReceivesReports = true };
        await using (var db = contexts.CreateDbContext())
        {
            db.Units.Add(unit);
            await db.SaveChangesAsync(cancellationToken);
        }

        var rules = DeadlineRuleSeed.Rules.Where(r => r.EffectiveTo is null).ToList();
        var plan = AlertPlan.Parse(AlertPlan.Default);
        var points = 0;
        const int batch = 5000;
        for (var done = 0; done < count; done += batch)
        {
            await using var db = contexts.CreateDbContext();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            for (var i = done; i < Math.Min(count, done + batch); i++)
            {
                var rule = rules[random.Next(rules.Count)];
                // Started up to 90 days ago: about a third of the clocks are overdue on the swept day.
                var started = today.AddDays(-random.Next(0, 90));
                var report = new Report
                {
                    Id = Guid.NewGuid(), CaseCode = $"PA-{started.Year}-{i:D6}", Stage = CaseStage.Verifying, ReceivingUnitId = unit.Id, ReceivedOn = started,
                    LookupHash = RandomNumberGenerator.GetBytes(32), ContentKeyForReporter = new byte[80], ReporterPublicKey = new byte[32], Body = new byte[64],
                };
                var clock = new CaseClock { ReportId = report.Id, RuleId = rule.Id, RuleCode = rule.Code, StartedOn = started, DueOn = DueDates.Due(Statutory, rule, started) };
                report.DueOn = clock.DueOn;
                db.Reports.Add(report);
                db.CaseClocks.Add(clock);
                // Points the sweep of an earlier day would already have raised and deleted are left out.
                foreach (var (point, sequence, on) in AlertSchedule.For(plan, rule.Unit, started, clock.DueOn, Statutory).Where(p => p.On >= today.AddDays(-1)))
                {
                    db.ClockAlertPoints.Add(new ClockAlertPoint { ClockId = clock.Id, Point = point, Sequence = sequence, On = on });
                    points++;
                }
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        await using (var db = contexts.CreateDbContext())
        {
            await db.Database.ExecuteSqlRawAsync("ANALYZE;", cancellationToken);
        }

        return (points, watch.Elapsed);
    }

    private sealed class Contexts(DbContextOptions<SqlitePortalDbContext> options) : IDbContextFactory<PortalDbContext>
    {
        public PortalDbContext CreateDbContext() => new SqlitePortalDbContext(options);
    }
}
