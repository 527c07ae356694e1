using Portal.Web.Features.Deadlines.Calendar;
using System.Diagnostics;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Portal.Benchmarks.Data;
using Portal.Web.Features.Cases;
using Portal.Web.Features.Deadlines.Alerts;
using Portal.Web.Features.Deadlines.Clocks;
using Portal.Web.Features.Deadlines.Rules;
using Portal.Web.Features.Intake;
using Portal.Web.Features.Organisation;

namespace Portal.Benchmarks.Deadlines;

/// <summary>
/// One deadline sweep (<see cref="AlertSweep"/>) over N open clocks in a real SQLite file or PostgreSQL database made by the real
/// migrations: the clocks' alert points are scheduled as <see cref="ClockBook"/> would, spread so that on the swept
/// day a share of clocks reaches a point and a share is overdue. Target: under 2 s at 100,000 clocks.
/// </summary>
internal static class SweepVerb
{
    private static readonly WorkingCalendar Statutory = WorkingCalendar.CreateStatutory();

    public static async Task<int> RunAsync(IReadOnlyDictionary<string, int> args, Provider provider, CancellationToken cancellationToken)
    {
        var count = args["clocks"];
        Console.WriteLine($"Provider {provider}, {count:N0} open clocks; load average {Load.MachineLoad.Now()}");
        await using var contexts = await BenchDatabase.CreateAsync(provider, "sweep", cancellationToken);
        var today = new DateOnly(2026, 11, 26);
        var seeded = await SeedAsync(contexts, count, today, cancellationToken);
        Console.WriteLine($"Seeded {count:N0} open clocks ({seeded.Points:N0} pending alert points) in {seeded.Took.TotalSeconds:F1} s ({await contexts.SizeBytesAsync(cancellationToken) / 1048576.0:N0} MiB).");

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
        Console.WriteLine($"Load average {Load.MachineLoad.Now()} (after)");
        return 0;
    }

    private static async Task<(int Points, TimeSpan Took)> SeedAsync(BenchDatabase contexts, int count, DateOnly today, CancellationToken cancellationToken)
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
        // Same seed and draws as the EF Core seeding this replaces; written per chunk by the bulk writer.
        const int chunk = 50_000;
        for (var done = 0; done < count; done += chunk)
        {
            var reports = new List<Report>(chunk);
            var clocks = new List<CaseClock>(chunk);
            var alertPoints = new List<ClockAlertPoint>();
            for (var i = done; i < Math.Min(count, done + chunk); i++)
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
                reports.Add(report);
                clocks.Add(clock);
                // Points the sweep of an earlier day would already have raised and deleted are left out.
                foreach (var (point, sequence, on) in AlertSchedule.For(plan, rule.Unit, started, clock.DueOn, Statutory).Where(p => p.On >= today.AddDays(-1)))
                {
                    alertPoints.Add(new ClockAlertPoint { ClockId = clock.Id, Point = point, Sequence = sequence, On = on });
                    points++;
                }
            }

            await using var db = contexts.CreateDbContext();
            await using var bulk = await BulkWriter.BeginAsync(db, cancellationToken);
            bulk.Write(reports);
            bulk.Write(clocks);
            bulk.Write(alertPoints);
            await bulk.CommitAsync(cancellationToken);
        }

        await contexts.AnalyzeAsync(cancellationToken);
        await using (var db = contexts.CreateDbContext())
        {
            // What was written raw must read back through EF Core (Guid and date formats): the sweep depends on it.
            if (await db.CaseClocks.CountAsync(c => c.StartedOn <= today && c.StoppedOn == null, cancellationToken) != count)
            {
                throw new InvalidOperationException("The seeded clocks do not read back through EF Core.");
            }
        }

        return (points, watch.Elapsed);
    }
}
