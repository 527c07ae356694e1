using Portal.Web.Features.Deadlines.Calendar;
using Portal.Web.Features.Deadlines.Clocks;
using Portal.Web.Features.Deadlines.Rules;

namespace Portal.Web.Tests.Features.Deadlines.Clocks;

public sealed class AlertScheduleTests
{
    private static readonly WorkingCalendar Statutory = WorkingCalendar.CreateStatutory();

    private static readonly AlertPlan Plan = AlertPlan.Parse(AlertPlan.Default);

    private static Dictionary<string, DateOnly> Points(DurationUnit unit, DateOnly from, DateOnly due) =>
        AlertSchedule.For(Plan, unit, from, due, Statutory).ToDictionary(p => p.Point, p => p.On);

    [Fact]
    public void For_PlacesPercentagesOnCalendarDays_WhenRuleCountsDays()
    {
        // Settling a denunciation: 30 days from Monday 2 November 2026, due Wednesday 2 December.
        var from = new DateOnly(2026, 11, 2);
        var points = Points(DurationUnit.Days, from, Statutory.AddCalendarDays(from, 30));

        Assert.Equal(new DateOnly(2026, 11, 17), points["50%"]);
        Assert.Equal(new DateOnly(2026, 11, 26), points["80%"]);
        Assert.Equal(new DateOnly(2026, 12, 2), points["due"]);
    }

    [Fact]
    public void For_MovesAPercentageOffTheWeekend_WhenItFallsOnSaturday()
    {
        // 50% of 30 days from Wednesday 4 November is Thursday 19; 80% is day 24 = Sunday 29 November -> Monday 30.
        var from = new DateOnly(2026, 11, 4);
        var points = Points(DurationUnit.Days, from, Statutory.AddCalendarDays(from, 30));

        Assert.Equal(new DateOnly(2026, 11, 30), points["80%"]);
    }

    [Fact]
    public void For_CountsWorkingDays_WhenRuleCountsWorkingDays()
    {
        // 7 working days from Thursday 12 February 2026 span Tết (16-20 February): due Monday 2 March.
        var from = new DateOnly(2026, 2, 12);
        var points = Points(DurationUnit.WorkingDays, from, new DateOnly(2026, 3, 2));

        // Working days: 13 February, then 23, 24, 25, 26, 27 February and 2 March.
        Assert.Equal(new DateOnly(2026, 2, 25), points["50%"]); // 4th working day (3.5 rounded up)
        Assert.Equal(new DateOnly(2026, 2, 27), points["80%"]); // 6th working day (5.6 rounded up)
        Assert.Equal(new DateOnly(2026, 3, 2), points["due"]);
    }

    [Fact]
    public void For_LeavesOutPercentagesThatReachTheDueDay_WhenPeriodIsOneDay()
    {
        var from = new DateOnly(2026, 11, 2);
        var points = Points(DurationUnit.WorkingDays, from, new DateOnly(2026, 11, 3));

        Assert.Equal(["due"], points.Keys);
    }

    [Fact]
    public void For_CountsFromTheOldDueDate_WhenClockIsExtended()
    {
        // A complex case gets 30 more days after its due date of 2 December 2026: the next round covers only the added time.
        var oldDue = new DateOnly(2026, 12, 2);
        var newDue = Statutory.AddCalendarDays(oldDue, 30);
        var points = Points(DurationUnit.Days, oldDue, newDue);

        // 1 January is a holiday and 2-3 January a weekend, so the added period is 33 days long.
        Assert.Equal(new DateOnly(2027, 1, 4), newDue);
        Assert.Equal(new DateOnly(2026, 12, 21), points["50%"]); // day 17 is Saturday 19 December
        Assert.Equal(new DateOnly(2026, 12, 29), points["80%"]); // day 27
    }

    [Fact]
    public void Resumed_KeepsAPointAlreadyReached_WhenClockPausedAfterIt()
    {
        var reached = new DateOnly(2026, 11, 17);

        Assert.Equal(reached, AlertSchedule.Resumed(reached, new DateOnly(2026, 11, 20), new DateOnly(2026, 12, 1), DurationUnit.Days, Statutory));
    }

    [Fact]
    public void Resumed_ShiftsAPointByThePause_WhenNotReachedBeforeIt()
    {
        // Paused on 20 November with the 80% point 6 days away; resumed on 1 December: 80% on 7 December.
        var shifted = AlertSchedule.Resumed(new DateOnly(2026, 11, 26), new DateOnly(2026, 11, 20), new DateOnly(2026, 12, 1), DurationUnit.Days, Statutory);

        Assert.Equal(new DateOnly(2026, 12, 7), shifted);
    }

    [Fact]
    public void Resumed_ShiftsByWorkingDays_WhenRuleCountsWorkingDays()
    {
        // Paused Friday 20 November with the point 2 working days away (Tuesday 24); resumed Monday 30: Wednesday 2 December.
        var shifted = AlertSchedule.Resumed(new DateOnly(2026, 11, 24), new DateOnly(2026, 11, 20), new DateOnly(2026, 11, 30), DurationUnit.WorkingDays, Statutory);

        Assert.Equal(new DateOnly(2026, 12, 2), shifted);
    }
}
