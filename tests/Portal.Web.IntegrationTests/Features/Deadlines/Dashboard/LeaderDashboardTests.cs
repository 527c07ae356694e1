using Microsoft.EntityFrameworkCore;
using Portal.Web.Features.Cases;
using Portal.Web.Features.Deadlines.Dashboard;
using Portal.Web.Features.Organisation;

namespace Portal.Web.IntegrationTests.Features.Deadlines.Dashboard;

/// <summary>
/// The dashboard's figures on a real SQLite file, through the real queries. Time only moves forward on the shared fake
/// clock, so each test reads today when it starts and asserts on its own units.
/// </summary>
public sealed class LeaderDashboardTests(DashboardFixture fixture) : IClassFixture<DashboardFixture>
{
    private LeaderDashboard Dashboard => fixture.Dashboard;

    private DateOnly Today => fixture.Today;

    [Fact]
    public async Task SummaryAsync_CountsOwnSubtreeOnly_WhenHeadOfHospital()
    {
        var tree = await fixture.TreeAsync("A");
        var overdue = Today.AddDays(-10);
        await fixture.CaseAsync(tree.HospitalId, "A-1", [DashboardFixture.Clock(overdue)]);
        await fixture.CaseAsync(tree.WardId, "A-2", [DashboardFixture.Clock(overdue)]);
        await fixture.CaseAsync(tree.OtherId, "A-3", [DashboardFixture.Clock(overdue)]);
        await fixture.CaseAsync(fixture.DepartmentId, "A-4", [DashboardFixture.Clock(overdue)]);

        var summary = await Dashboard.SummaryAsync(tree.Head.Id, Today, 6);
        var cases = await Dashboard.CasesAsync(tree.Head.Id, Today, new DrillDown());

        Assert.Equal(ScopeKind.Subtree, summary.Scope.Kind);
        Assert.Equal(new[] { tree.HospitalId, tree.WardId }.Order(), summary.Units.Select(u => u.UnitId).Order());
        Assert.Equal(2, summary.Overdue);
        Assert.Equal(["A-1", "A-2"], cases.Rows.Select(c => c.CaseCode).Order(StringComparer.Ordinal));
        Assert.Empty((await Dashboard.CasesAsync(tree.Head.Id, Today, new DrillDown(UnitId: tree.OtherId))).Rows);
    }

    [Fact]
    public async Task SummaryAsync_CountsEveryUnit_WhenDirectorOrDeputyDirector()
    {
        var tree = await fixture.TreeAsync("B");
        var overdue = Today.AddDays(-3);
        await fixture.CaseAsync(tree.HospitalId, "B-1", [DashboardFixture.Clock(overdue)]);
        await fixture.CaseAsync(tree.WardId, "B-2", [DashboardFixture.Clock(overdue)]);
        await fixture.CaseAsync(tree.OtherId, "B-3", [DashboardFixture.Clock(overdue)]);

        foreach (var leader in new[] { fixture.Director, fixture.DeputyDirector })
        {
            var summary = await Dashboard.SummaryAsync(leader.Id, Today, 6);

            Assert.Equal(ScopeKind.Department, summary.Scope.Kind);
            foreach (var unit in new[] { tree.HospitalId, tree.WardId, tree.OtherId })
            {
                Assert.Equal(1, summary.Units.Single(u => u.UnitId == unit).Overdue);
            }

            var codes = (await Dashboard.CasesAsync(leader.Id, Today, new DrillDown(UnitId: tree.OtherId))).Rows.Select(c => c.CaseCode);
            Assert.Equal(["B-3"], codes);
        }
    }

    [Fact]
    public async Task SummaryAsync_ShowsNothing_WhenLeaderHeadsNoUnit()
    {
        var tree = await fixture.TreeAsync("C");
        await fixture.CaseAsync(tree.HospitalId, "C-1", [DashboardFixture.Clock(Today.AddDays(-5))]);
        var unplaced = await fixture.LeaderAsync("Lãnh đạo chưa gắn đơn vị", null, UnitRole.Member);
        var member = await fixture.LeaderAsync("Chuyên viên có vai trò lãnh đạo", tree.HospitalId, UnitRole.Member);

        foreach (var leader in new[] { unplaced, member })
        {
            var summary = await Dashboard.SummaryAsync(leader.Id, Today, 6);

            Assert.Equal(ScopeKind.None, summary.Scope.Kind);
            Assert.Empty(summary.Units);
            Assert.Empty(summary.Handlers);
            Assert.Equal(0, (await Dashboard.CasesAsync(leader.Id, Today, new DrillDown())).Total);
        }
    }

    [Fact]
    public async Task SummaryAsync_LeavesCaseOut_WhenViewerIsRecused()
    {
        var tree = await fixture.TreeAsync("D");
        var recused = await fixture.CaseAsync(tree.HospitalId, "D-1", [DashboardFixture.Clock(Today.AddDays(-5))]);
        await fixture.CaseAsync(tree.HospitalId, "D-2", [DashboardFixture.Clock(Today.AddDays(-5))]);
        await using (var db = await fixture.DbAsync())
        {
            var tags = fixture.Factory.Services.GetRequiredService<StaffTags>();
            db.CaseRecusals.Add(new CaseRecusal { ReportId = recused, UserTag = tags.For(tree.Head.Id), Reason = RecusalReason.NamedInReport, Since = Today });
            await db.SaveChangesAsync();
        }

        var head = await Dashboard.SummaryAsync(tree.Head.Id, Today, 6);
        var director = await Dashboard.SummaryAsync(fixture.Director.Id, Today, 6);

        Assert.Equal(1, head.Units.Single(u => u.UnitId == tree.HospitalId).Overdue);
        Assert.Equal(["D-2"], (await Dashboard.CasesAsync(tree.Head.Id, Today, new DrillDown(UnitId: tree.HospitalId))).Rows.Select(c => c.CaseCode));
        Assert.Equal(1, head.Units.Single(u => u.UnitId == tree.HospitalId).ClocksDue);
        // Recusal is personal: the Director, not recused, still sees both.
        Assert.Equal(2, director.Units.Single(u => u.UnitId == tree.HospitalId).Overdue);
    }

    [Fact]
    public async Task SummaryAsync_MovesCaseFromAtRiskToOverdue_WhenFakeClockPassesItsDueDate()
    {
        var tree = await fixture.TreeAsync("E");
        var calendar = await fixture.CalendarAsync();
        var start = Today;
        var until = calendar.AddWorkingDays(start, 2);
        await fixture.CaseAsync(tree.HospitalId, "E-overdue", [DashboardFixture.Clock(start.AddDays(-1))]);
        await fixture.CaseAsync(tree.HospitalId, "E-today", [DashboardFixture.Clock(start)]);
        await fixture.CaseAsync(tree.HospitalId, "E-limit", [DashboardFixture.Clock(until)]);
        await fixture.CaseAsync(tree.HospitalId, "E-later", [DashboardFixture.Clock(calendar.AddWorkingDays(start, 6))]);
        // Not counted: paused, closed, destroyed, merged.
        await fixture.CaseAsync(tree.HospitalId, "E-paused", [DashboardFixture.Clock(start.AddDays(-4), paused: start.AddDays(-9))]);
        await fixture.CaseAsync(tree.HospitalId, "E-closed", [DashboardFixture.Clock(start.AddDays(-4), stopped: start.AddDays(-5))], CaseStage.Closed, start.AddDays(-5));
        await fixture.CaseAsync(tree.HospitalId, "E-destroyed", [DashboardFixture.Clock(start.AddDays(-4))], configure: r => r.DestroyedOn = start);
        var target = await fixture.CaseAsync(tree.HospitalId, "E-target", []);
        await fixture.CaseAsync(tree.HospitalId, "E-merged", [DashboardFixture.Clock(start.AddDays(-4))], configure: r => r.MergedIntoId = target);

        var before = (await Dashboard.SummaryAsync(tree.Head.Id, start, 6)).Units.Single(u => u.UnitId == tree.HospitalId);
        Assert.Equal((1, 2), (before.Overdue, before.AtRisk));
        Assert.Equal(2, (await Dashboard.SummaryAsync(tree.Head.Id, start, 6)).AtRisk);

        // Past the last at-risk day: every clock but the latest is overdue, and that one has come within reach.
        fixture.Factory.Clock.Advance(TimeSpan.FromDays(until.DayNumber - start.DayNumber + 1));
        var later = fixture.Today;
        var after = (await Dashboard.SummaryAsync(tree.Head.Id, later, 6)).Units.Single(u => u.UnitId == tree.HospitalId);
        var laterUntil = calendar.AddWorkingDays(later, 2);

        Assert.Equal(3, after.Overdue);
        Assert.Equal(calendar.AddWorkingDays(start, 6) <= laterUntil ? 1 : 0, after.AtRisk);
        var rows = (await Dashboard.CasesAsync(tree.Head.Id, later, new DrillDown(UnitId: tree.HospitalId))).Rows;
        Assert.Equal(calendar.WorkingDaysBetween(start.AddDays(-1), later), rows.Single(r => r.CaseCode == "E-overdue").WorkingDaysOverdue);
        Assert.DoesNotContain(rows, r => r.CaseCode is "E-paused" or "E-closed" or "E-destroyed" or "E-merged");
    }

    [Fact]
    public async Task SummaryAsync_ComputesHalfOnTime_WhenMonthHasOneOnTimeAndOneLateClock()
    {
        var tree = await fixture.TreeAsync("F");
        var month = new DateOnly(Today.Year, Today.Month, 1).AddMonths(-2);
        var due = month.AddDays(9);
        await fixture.CaseAsync(tree.HospitalId, "F-on-time", [DashboardFixture.Clock(due, stopped: due)], CaseStage.Closed, due);
        await fixture.CaseAsync(tree.HospitalId, "F-late", [DashboardFixture.Clock(due, stopped: due.AddDays(1))], CaseStage.Closed, due.AddDays(1));
        // Not counted: paused, due in another month, or not yet due.
        await fixture.CaseAsync(tree.HospitalId, "F-paused", [DashboardFixture.Clock(due, paused: month)], CaseStage.Suspended);
        await fixture.CaseAsync(tree.HospitalId, "F-next-month", [DashboardFixture.Clock(due.AddMonths(1), stopped: due.AddMonths(1))], CaseStage.Closed, due.AddMonths(1));
        await fixture.CaseAsync(tree.HospitalId, "F-future", [DashboardFixture.Clock(Today.AddDays(20))]);

        var summary = await Dashboard.SummaryAsync(tree.Head.Id, Today, 6);

        var rate = summary.RateOf(tree.HospitalId, month);
        Assert.NotNull(rate);
        Assert.Equal((2, 1), (rate.Due, rate.OnTime));
        Assert.Equal(0.5, rate.Rate);
        Assert.Equal(0.5, summary.RateByMonth(tree.HospitalId)[summary.Months.ToList().IndexOf(month)]);
        var unit = summary.Units.Single(u => u.UnitId == tree.HospitalId);
        Assert.Equal((3, 2), (unit.ClocksDue, unit.ClocksOnTime));
    }

    [Fact]
    public async Task SummaryAsync_SumsExtensions_WhenClocksRanDuringPeriod()
    {
        var tree = await fixture.TreeAsync("G");
        await fixture.CaseAsync(tree.HospitalId, "G-1", [DashboardFixture.Clock(Today.AddDays(20), extensions: 1)]);
        await fixture.CaseAsync(tree.WardId, "G-2", [DashboardFixture.Clock(Today.AddDays(-40), stopped: Today.AddDays(-41), extensions: 2)], CaseStage.Closed, Today.AddDays(-41));
        // Stopped long before the period began: its extensions belong to an earlier period.
        await fixture.CaseAsync(tree.HospitalId, "G-3", [DashboardFixture.Clock(Today.AddYears(-2), stopped: Today.AddYears(-2), extensions: 5)], CaseStage.Closed, Today.AddYears(-2));

        var summary = await Dashboard.SummaryAsync(tree.Head.Id, Today, 6);

        Assert.Equal(3, summary.Extensions);
        Assert.Equal(1, summary.Units.Single(u => u.UnitId == tree.HospitalId).Extensions);
        Assert.Equal(2, summary.Units.Single(u => u.UnitId == tree.WardId).Extensions);
    }

    [Fact]
    public async Task CasesAsync_ListsStepDueAndAssignees_WhenDrillingDownByHandler()
    {
        var tree = await fixture.TreeAsync("H");
        var handler = await fixture.LeaderAsync("Vũ Minh Tuấn", tree.HospitalId, UnitRole.Member);
        var due = Today.AddDays(-7);
        await fixture.CaseAsync(tree.HospitalId, "H-1", [DashboardFixture.Clock(due, ruleId: 1), DashboardFixture.Clock(Today.AddDays(10))], assignee: handler.Id);
        await fixture.CaseAsync(tree.HospitalId, "H-2", [DashboardFixture.Clock(Today)]);

        var summary = await Dashboard.SummaryAsync(tree.Head.Id, Today, 6);
        var mine = await Dashboard.CasesAsync(tree.Head.Id, Today, new DrillDown(HandlerId: handler.Id));
        var unassigned = await Dashboard.CasesAsync(tree.Head.Id, Today, new DrillDown(Unassigned: true));

        Assert.Equal(new HandlerLoad(handler.Id, "Vũ Minh Tuấn", 1, 0), summary.Handlers.Single(h => h.UserId == handler.Id));
        Assert.Equal((0, 1), summary.Handlers.Where(h => h.UserId is null).Select(h => (h.Overdue, h.AtRisk)).Single());
        var row = Assert.Single(mine.Rows);
        Assert.Equal("H-1", row.CaseCode);
        Assert.Equal("Thụ lý hoặc không thụ lý tố cáo", row.StepVi);
        Assert.Equal(due, row.DueOn);
        Assert.Equal((await fixture.CalendarAsync()).WorkingDaysBetween(due, Today), row.WorkingDaysOverdue);
        Assert.Equal(["Vũ Minh Tuấn"], row.Assignees);
        Assert.Equal(["H-2"], unassigned.Rows.Select(r => r.CaseCode));
    }
}
