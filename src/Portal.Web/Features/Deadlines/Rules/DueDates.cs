using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;
using Portal.Web.Features.Deadlines.Calendar;

namespace Portal.Web.Features.Deadlines.Rules;

public sealed record DueDate(DateOnly Date, DeadlineRule Rule);

/// <summary>
/// Turns an event day and a rule code into a due date, with the rule in force on that day and the working
/// calendar as stored now (statutory holidays plus administrators' overrides).
/// </summary>
public sealed class DueDates(IDbContextFactory<PortalDbContext> contexts)
{
    public async Task<DueDate?> ForAsync(string code, DateOnly eventDay, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rule = await InForceAsync(db, code, eventDay, cancellationToken);
        return rule is null ? null : new DueDate(Due(await StoredCalendar.LoadAsync(db, cancellationToken), rule, eventDay), rule);
    }

    /// <summary>The version of <paramref name="code"/> in force on <paramref name="day"/>, if any.</summary>
    internal static async Task<DeadlineRule?> InForceAsync(PortalDbContext db, string code, DateOnly day, CancellationToken cancellationToken) =>
        (await db.DeadlineRules.AsNoTracking().Where(r => r.Code == code).ToListAsync(cancellationToken)).FirstOrDefault(r => r.IsInForceOn(day));

    public static DateOnly Due(WorkingCalendar calendar, DeadlineRule rule, DateOnly eventDay) => rule.Unit == DurationUnit.WorkingDays
        ? calendar.AddWorkingDays(eventDay, rule.Duration)
        : calendar.AddCalendarDays(eventDay, rule.Duration);
}
