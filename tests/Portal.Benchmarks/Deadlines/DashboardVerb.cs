using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Benchmarks.Cases;
using Portal.Benchmarks.Data;
using Portal.Web.Features.Accounts;
using Portal.Web.Features.Cases;
using Portal.Web.Features.Deadlines.Alerts;
using Portal.Web.Features.Deadlines.Calendar;
using Portal.Web.Features.Deadlines.Dashboard;
using Portal.Web.Features.Organisation;

namespace Portal.Benchmarks.Deadlines;

/// <summary>
/// The leaders' dashboard (<see cref="LeaderDashboard"/>) on the inbox benchmark's N generated cases, each with its clock,
/// under a Department root: the Director sees all eight units, a head one of them. Target: a summary under 1 s at
/// 100,000 cases (it is a page load, not a keystroke), a drill-down under 200 ms.
/// </summary>
internal static class DashboardVerb
{
    private const int Runs = 20;

    public static async Task<int> RunAsync(IReadOnlyDictionary<string, int> args, Provider provider, CancellationToken cancellationToken)
    {
        var count = args["cases"];
        var runs = count > 100_000 ? 5 : Runs;
        Console.WriteLine($"Provider {provider}, {count:N0} cases; load average {Load.MachineLoad.Now()}");
        await using var contexts = await BenchDatabase.CreateAsync(provider, "dashboard", cancellationToken);
        var tags = StaffTags.FromKeyFile(Path.Combine(contexts.Folder.FullName, "staff-tag.key"));
        var (director, units, seeded) = await InboxVerb.SeedAsync(contexts, tags, count, cancellationToken, clocks: true);
        var head = await PlaceLeadersAsync(contexts, director, units, cancellationToken);
        Console.WriteLine($"Seeded {count:N0} cases with their clocks in {seeded.TotalSeconds:F1} s.");

        var dashboard = new LeaderDashboard(contexts, new OrganisationDirectory(contexts), tags, new WorkingCalendars(contexts), Options.Create(new AlertOptions()));
        var today = new DateOnly(2026, 11, 26);
        var scenarios = new (string Name, Func<Task<string>> Run)[]
        {
            ("Director: summary, 6 months", async () => Describe(await dashboard.SummaryAsync(director, today, 6, cancellationToken))),
            ("Director: summary, 12 months", async () => Describe(await dashboard.SummaryAsync(director, today, 12, cancellationToken))),
            ("head of one unit: summary, 6 months", async () => Describe(await dashboard.SummaryAsync(head, today, 6, cancellationToken))),
            ("Director: drill-down, all units", async () => $"{(await dashboard.CasesAsync(director, today, new DrillDown(), cancellationToken)).Total:N0} cases"),
            ("Director: drill-down, one unit", async () => $"{(await dashboard.CasesAsync(director, today, new DrillDown(UnitId: units[3].Id), cancellationToken)).Total:N0} cases"),
            ("Director: drill-down, unassigned", async () => $"{(await dashboard.CasesAsync(director, today, new DrillDown(Unassigned: true), cancellationToken)).Total:N0} cases"),
        };
        foreach (var (name, run) in scenarios)
        {
            var first = Stopwatch.StartNew();
            var what = await run();
            first.Stop();
            var timings = new List<double>();
            for (var i = 0; i < runs; i++)
            {
                var watch = Stopwatch.StartNew();
                await run();
                timings.Add(watch.Elapsed.TotalMilliseconds);
            }

            timings.Sort();
            Console.WriteLine($"{name,-38} first {first.Elapsed.TotalMilliseconds,6:F0} ms  median {timings[runs / 2],6:F0} ms  p90 {timings[runs * 9 / 10],6:F0} ms  ({what})");
        }

        Console.WriteLine($"Load average {Load.MachineLoad.Now()} (after)");
        return 0;
    }

    private static string Describe(DashboardSummary s) =>
        $"{s.Overdue:N0} overdue, {s.AtRisk:N0} at risk, {s.ClocksDue:N0} clocks due, {s.Extensions:N0} extensions";

    /// <summary>
    /// Puts a Department above the eight units. The inbox benchmark's handler becomes its Director (so that account's
    /// recusals are exercised), and a new account heads the first unit. Returns the head's account.
    /// </summary>
    private static async Task<Guid> PlaceLeadersAsync(BenchDatabase contexts, Guid director, IReadOnlyList<Unit> units, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var root = new Unit { Code = "SYT", Name = "Sở Y tế", Kind = UnitKind.Department, ReceivesReports = true };
        db.Units.Add(root);
        await db.SaveChangesAsync(cancellationToken);
        var ids = units.Select(u => u.Id).ToList();
        await db.Units.Where(u => ids.Contains(u.Id)).ExecuteUpdateAsync(u => u.SetProperty(x => x.ParentId, root.Id), cancellationToken);
        var directorMember = new StaffMember { FullName = "Giám đốc Sở", UnitId = root.Id, UnitRole = UnitRole.Head };
        var headMember = new StaffMember { FullName = "Trưởng đơn vị 0", UnitId = units[0].Id, UnitRole = UnitRole.Head };
        var head = new StaffUser { UserName = "head", StaffMemberId = headMember.Id };
        db.StaffMembers.AddRange(directorMember, headMember);
        db.Users.Add(head);
        await db.SaveChangesAsync(cancellationToken);
        await db.Users.Where(u => u.Id == director).ExecuteUpdateAsync(u => u.SetProperty(x => x.StaffMemberId, directorMember.Id), cancellationToken);
        await contexts.AnalyzeAsync(cancellationToken);
        return head.Id;
    }
}
