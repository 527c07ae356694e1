using Portal.Web.Features.Deadlines.Calendar;
using Portal.Web.Features.Deadlines.Rules;

namespace Portal.Web.Features.Deadlines.Clocks;

/// <summary>
/// The dates of a clock's scheduled alerts. Pure functions of the plan, the period and the working calendar, so
/// they are unit-tested without a database; <see cref="ClockBook"/> stores the result as <see cref="ClockAlertPoint"/> rows.
/// </summary>
public static class AlertSchedule
{
    /// <summary>
    /// The percentage points and the due day of a period that runs from <paramref name="from"/> (not counted) to
    /// <paramref name="due"/>, counted in the rule's unit. A percentage lands on a working day; one that would fall
    /// on or after the due day is left out (the due point says it).
    /// </summary>
    public static IReadOnlyList<(string Point, int Sequence, DateOnly On)> For(AlertPlan plan, DurationUnit unit, DateOnly from, DateOnly due, WorkingCalendar calendar)
    {
        var total = Units(unit, from, due, calendar);
        var result = new List<(string, int, DateOnly)>();
        var sequence = 0;
        foreach (var point in plan.Scheduled)
        {
            sequence++;
            if (point.Kind == AlertPointKind.Due)
            {
                result.Add((point.Name, sequence, due));
                continue;
            }

            // Rounded up: an alert "at 50%" never goes out before half the time has really elapsed.
            var n = (int)Math.Ceiling(total * point.Value / 100.0);
            var on = Add(unit, from, n, calendar);
            if (n > 0 && on < due)
            {
                result.Add((point.Name, sequence, on));
            }
        }

        return result;
    }

    /// <summary>
    /// Where a point lands after a pause: one not yet reached when the clock paused keeps the time it had left,
    /// counted from the day it resumes, the same way the due date moves (<see cref="ClockBook.ResumeAsync"/>).
    /// </summary>
    public static DateOnly Resumed(DateOnly on, DateOnly pausedOn, DateOnly resumedOn, DurationUnit unit, WorkingCalendar calendar) =>
        on <= pausedOn ? on : Add(unit, resumedOn, Math.Max(0, Units(unit, pausedOn, on, calendar)), calendar);

    public static DateOnly Add(DurationUnit unit, DateOnly from, int n, WorkingCalendar calendar) =>
        unit == DurationUnit.WorkingDays ? calendar.AddWorkingDays(from, n) : calendar.AddCalendarDays(from, n);

    private static int Units(DurationUnit unit, DateOnly from, DateOnly to, WorkingCalendar calendar) =>
        unit == DurationUnit.WorkingDays ? calendar.WorkingDaysBetween(from, to) : to.DayNumber - from.DayNumber;
}
