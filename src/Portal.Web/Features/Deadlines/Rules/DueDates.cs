using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;
using Portal.Web.Features.Deadlines.Calendar;

namespace Portal.Web.Features.Deadlines.Rules;

public sealed record DueDate(DateOnly Date, DeadlineRule Rule);

/// <summary>Turns an event day and a rule code into a due date, with the rule in force on that day and the working calendar.</summary>
public sealed class DueDates(IDbContextFactory<PortalDbContext> contexts)
{
    // Administrator overrides (announced Tết days, day swaps) join the statutory calendar with the deadline engine.
    internal static readonly WorkingCalendar Calendar = WorkingCalendar.CreateStatutory();

    public async Task<DueDate?> ForAsync(string code, DateOnly eventDay, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rule = (await db.DeadlineRules.AsNoTracking().Where(r => r.Code == code).ToListAsync(cancellationToken))
            .FirstOrDefault(r => r.IsInForceOn(eventDay));
        return rule is null ? null : new DueDate(Due(rule, eventDay), rule);
    }

    public static DateOnly Due(DeadlineRule rule, DateOnly eventDay) => rule.Unit == DurationUnit.WorkingDays
        ? Calendar.AddWorkingDays(eventDay, rule.Duration)
        : Calendar.AddCalendarDays(eventDay, rule.Duration);
}
