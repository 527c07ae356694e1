using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;
using Portal.Web.Features.Deadlines.Calendar;
using Portal.Web.Features.Deadlines.Rules;
using Portal.Web.Features.Intake;

namespace Portal.Web.Features.Deadlines.Clocks;

/// <summary>
/// Starts, pauses, resumes and stops a case's clocks inside the caller's unit of work (the caller saves), and
/// keeps <see cref="Report.DueOn"/> equal to the earliest running due date so the inbox can sort on it.
/// Due dates are computed with the calendar stored when they are computed; a later override does not move them
/// (docs/working-calendar.md, section 4).
/// </summary>
internal static class ClockBook
{
    /// <summary>Starts the clock for the rule in force on <paramref name="day"/>; false when no such rule is in force (nothing starts).</summary>
    public static async Task<bool> StartAsync(PortalDbContext db, Report report, string code, DateOnly day, CancellationToken cancellationToken)
    {
        var rule = await DueDates.InForceAsync(db, code, day, cancellationToken);
        if (rule is null)
        {
            return false;
        }

        if ((await RunningAsync(db, report.Id, cancellationToken)).Any(c => c.RuleCode == code))
        {
            return true;
        }

        var calendar = await StoredCalendar.LoadAsync(db, cancellationToken);
        var clock = new CaseClock { ReportId = report.Id, RuleId = rule.Id, RuleCode = code, StartedOn = day, DueOn = DueDates.Due(calendar, rule, day) };
        db.CaseClocks.Add(clock);
        Schedule(db, clock, rule, day, calendar);
        return true;
    }

    public static async Task StopAsync(PortalDbContext db, Guid reportId, DateOnly day, Func<CaseClock, bool> which, CancellationToken cancellationToken)
    {
        foreach (var clock in await RunningAsync(db, reportId, cancellationToken))
        {
            if (which(clock))
            {
                clock.StoppedOn = day;
                clock.PausedOn = null;
            }
        }
    }

    public static async Task PauseAsync(PortalDbContext db, Guid reportId, DateOnly day, CancellationToken cancellationToken)
    {
        var pausing = await db.DeadlineRules.AsNoTracking().Where(r => r.PausesOnSuspension).Select(r => r.Id).ToListAsync(cancellationToken);
        foreach (var clock in await RunningAsync(db, reportId, cancellationToken))
        {
            if (clock.PausedOn is null && pausing.Contains(clock.RuleId))
            {
                clock.PausedOn = day;
            }
        }
    }

    /// <summary>A paused clock gets back exactly the time it had left when it paused, counted in its rule's unit from the day it resumes.</summary>
    public static async Task ResumeAsync(PortalDbContext db, Guid reportId, DateOnly day, CancellationToken cancellationToken)
    {
        var calendar = await StoredCalendar.LoadAsync(db, cancellationToken);
        foreach (var clock in await RunningAsync(db, reportId, cancellationToken))
        {
            if (clock.PausedOn is not { } paused)
            {
                continue;
            }

            var rule = await db.DeadlineRules.AsNoTracking().FirstAsync(r => r.Id == clock.RuleId, cancellationToken);
            clock.DueOn = rule.Unit == DurationUnit.WorkingDays
                ? calendar.AddWorkingDays(day, Math.Max(0, calendar.WorkingDaysBetween(paused, clock.DueOn)))
                : calendar.AddCalendarDays(day, Math.Max(0, clock.DueOn.DayNumber - paused.DayNumber));
            clock.PausedOn = null;
            foreach (var point in await db.ClockAlertPoints.Where(p => p.ClockId == clock.Id).ToListAsync(cancellationToken))
            {
                point.On = point.Point == "due" ? clock.DueOn : AlertSchedule.Resumed(point.On, paused, day, rule.Unit, calendar);
            }
        }
    }

    /// <summary>
    /// Extends a running, unpaused clock by one more extension of its rule's limit for a case of <paramref name="grade"/>;
    /// false when the rule allows none (or no more). The alerts start a new round over the added time.
    /// </summary>
    public static async Task<bool> ExtendAsync(PortalDbContext db, CaseClock clock, ExtensionGrade grade, CancellationToken cancellationToken)
    {
        var rule = await db.DeadlineRules.AsNoTracking().FirstAsync(r => r.Id == clock.RuleId, cancellationToken);
        if (clock.StoppedOn is not null || clock.PausedOn is not null ||
            !ExtensionPlan.TryParse(rule.ExtensionPlan, out var plan, out _) || plan.LimitFor(grade) is not { } limit || clock.Extensions >= limit.Count)
        {
            return false;
        }

        var calendar = await StoredCalendar.LoadAsync(db, cancellationToken);
        var from = clock.DueOn;
        clock.DueOn = AlertSchedule.Add(limit.Unit, from, limit.Length, calendar);
        clock.Extensions++;
        db.ClockAlertPoints.RemoveRange(await db.ClockAlertPoints.Where(p => p.ClockId == clock.Id).ToListAsync(cancellationToken));
        Schedule(db, clock, rule, from, calendar);
        return true;
    }

    /// <summary>The earliest due date among running, unpaused clocks (tracked changes included).</summary>
    public static async Task RefreshDueOnAsync(PortalDbContext db, Report report, CancellationToken cancellationToken)
    {
        var running = await RunningAsync(db, report.Id, cancellationToken);
        report.DueOn = running.Where(c => c.PausedOn is null).Select(c => (DateOnly?)c.DueOn).Min();
    }

    /// <summary>Schedules the clock's alert points of its current round over the period from <paramref name="from"/> to its due date.</summary>
    private static void Schedule(PortalDbContext db, CaseClock clock, DeadlineRule rule, DateOnly from, WorkingCalendar calendar)
    {
        // A plan an administrator broke must not stop the case: the default plan still warns.
        var plan = AlertPlan.TryParse(rule.AlertPlan, out var parsed, out _) ? parsed : AlertPlan.Parse(AlertPlan.Default);
        foreach (var (point, sequence, on) in AlertSchedule.For(plan, rule.Unit, from, clock.DueOn, calendar))
        {
            db.ClockAlertPoints.Add(new ClockAlertPoint { ClockId = clock.Id, Round = clock.Extensions, Point = point, Sequence = sequence, On = on });
        }
    }

    private static async Task<List<CaseClock>> RunningAsync(PortalDbContext db, Guid reportId, CancellationToken cancellationToken)
    {
        // Loading attaches the stored clocks; the union with the not-yet-saved ones gives the unit of work's view.
        await db.CaseClocks.Where(c => c.ReportId == reportId && c.StoppedOn == null).LoadAsync(cancellationToken);
        return Local(db, reportId).Where(c => c.StoppedOn is null).ToList();
    }

    private static IEnumerable<CaseClock> Local(PortalDbContext db, Guid reportId) =>
        db.CaseClocks.Local.Where(c => c.ReportId == reportId);
}
