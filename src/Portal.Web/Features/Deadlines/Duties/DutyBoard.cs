using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Web.Data;
using Portal.Web.Features.Deadlines.Alerts;
using Portal.Web.Features.Deadlines.Calendar;
using Portal.Web.Features.Deadlines.Dashboard;
using Portal.Web.Features.Organisation;

namespace Portal.Web.Features.Deadlines.Duties;

/// <summary>One open duty on a leader's dashboard: label, kind, rule, unit and dates; never the owner's name.</summary>
public sealed record DutyRow(
    Guid Id, string Kind, string Label, string? RuleVi, string? RuleEn, string? UnitName, string? UnitNameEn, DateOnly DueOn, int WorkingDaysOverdue, string Link);

public sealed record DutyBoardView(IReadOnlyList<DutyRow> Rows, int Overdue, int AtRisk);

/// <summary>
/// The open duties a leader answers for (the units of their <see cref="DashboardScope"/>; the Director also sees duties
/// of no unit) that are overdue or due within the at-risk window, earliest first. Duties are tens of thousands at
/// most; two indexed queries, no content.
/// </summary>
public sealed class DutyBoard(IDbContextFactory<PortalDbContext> contexts, OrganisationDirectory directory, WorkingCalendars calendars, IOptions<AlertOptions> options)
{
    public const int MaxRows = 200;

    public async Task<DutyBoardView> PressingAsync(Guid userId, DateOnly today, CancellationToken cancellationToken = default)
    {
        var scope = await DashboardScope.ForAsync(contexts, directory, userId, cancellationToken);
        if (scope.Kind == ScopeKind.None)
        {
            return new DutyBoardView([], 0, 0);
        }

        var calendar = await calendars.CurrentAsync(cancellationToken);
        var until = options.Value.AtRiskUntil(calendar, today);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var units = scope.Units;
        var open = db.Duties.AsNoTracking().Where(d => d.DoneOn == null && d.DueOn <= until);
        open = scope.Kind == ScopeKind.Department ? open : open.Where(d => d.UnitId != null && units.Contains(d.UnitId.Value));
        var counts = await open.GroupBy(d => d.DueOn < today).Select(g => new { Overdue = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var rows = await (from d in open
                          join r in db.DeadlineRules on d.RuleId equals r.Id into rules
                          from r in rules.DefaultIfEmpty()
                          join u in db.Units on d.UnitId equals u.Id into unitRows
                          from u in unitRows.DefaultIfEmpty()
                          orderby d.DueOn, d.Label
                          select new { d.Id, d.Kind, d.Label, RuleVi = r != null ? r.NameVi : null, RuleEn = r != null ? r.NameEn : null,
                              UnitName = u != null ? u.Name : null, UnitNameEn = u != null ? u.NameEn : null, d.DueOn, d.Link })
            .Take(MaxRows).ToListAsync(cancellationToken);
        return new DutyBoardView(
            rows.Select(d => new DutyRow(d.Id, d.Kind, d.Label, d.RuleVi, d.RuleEn, d.UnitName, d.UnitNameEn, d.DueOn,
                d.DueOn < today ? calendar.WorkingDaysBetween(d.DueOn, today) : 0, d.Link)).ToList(),
            counts.Where(c => c.Overdue).Sum(c => c.Count), counts.Where(c => !c.Overdue).Sum(c => c.Count));
    }
}
