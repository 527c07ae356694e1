using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Web.Data;
using Portal.Web.Features.Cases;
using Portal.Web.Features.Deadlines.Alerts;
using Portal.Web.Features.Deadlines.Calendar;
using Portal.Web.Features.Deadlines.Clocks;
using Portal.Web.Features.Intake;
using Portal.Web.Features.Organisation;

namespace Portal.Web.Features.Deadlines.Dashboard;

/// <summary>
/// The leaders' dashboard: overdue and at-risk cases by unit and by handler, on-time rate per unit and month, and
/// extensions, over the units the leader oversees (<see cref="DashboardScope"/>) minus the cases they are recused from.
/// Every figure is a GROUP BY in SQL over plaintext workflow columns (due dates, stages, units, assignments); no case
/// is loaded whole and nothing is decrypted, so it stays fast at 100,000 cases (docs/performance.md section 6).
/// </summary>
public sealed class LeaderDashboard(
    IDbContextFactory<PortalDbContext> contexts, OrganisationDirectory directory, StaffTags tags, WorkingCalendars calendars, IOptions<AlertOptions> options)
{
    /// <summary>The drill-down lists at most this many cases, earliest due first; the total says how many match.</summary>
    public const int MaxCases = 200;

    public Task<DashboardScope> ScopeAsync(Guid userId, CancellationToken cancellationToken = default) =>
        DashboardScope.ForAsync(contexts, directory, userId, cancellationToken);

    public async Task<DashboardSummary> SummaryAsync(Guid userId, DateOnly today, int months, CancellationToken cancellationToken = default)
    {
        months = Math.Clamp(months, 1, 24);
        var scope = await ScopeAsync(userId, cancellationToken);
        var until = options.Value.AtRiskUntil(await calendars.CurrentAsync(cancellationToken), today);
        var from = new DateOnly(today.Year, today.Month, 1).AddMonths(1 - months);
        var monthList = Enumerable.Range(0, months).Select(from.AddMonths).ToList();
        if (scope.Kind == ScopeKind.None)
        {
            return new DashboardSummary(scope, today, until, from, monthList, [], [], []);
        }

        var tag = tags.For(userId);
        // Five independent scans, each on its own connection and thread: Microsoft.Data.Sqlite's async calls complete
        // synchronously, so without Task.Run they would queue one behind the other (as in CaseInbox).
        var byUnitTask = Query(db => Pressing(db, scope, tag, until).GroupBy(r => r.ReceivingUnitId)
            .Select(g => new PressingCount(g.Key, g.Count(r => r.DueOn < today), g.Count(r => r.DueOn >= today)))
            .ToListAsync(cancellationToken), cancellationToken);
        var assignedTask = Query(db => (from r in Pressing(db, scope, tag, until)
                                        join a in db.CaseAssignments on r.Id equals a.ReportId
                                        group r by a.UserId into g
                                        select new PressingCount(g.Key, g.Count(r => r.DueOn < today), g.Count(r => r.DueOn >= today)))
            .ToListAsync(cancellationToken), cancellationToken);
        var unassignedTask = Query(db => Pressing(db, scope, tag, until).Where(r => !db.CaseAssignments.Any(a => a.ReportId == r.Id))
            .GroupBy(r => r.DueOn < today).Select(g => new { Overdue = g.Key, Count = g.Count() }).ToListAsync(cancellationToken), cancellationToken);
        // Clocks of the period: closed cases count too (a case closed late was late), destroyed and merged ones do not.
        var ratesTask = Query(db => Clocks(db, scope, tag)
            .Where(x => x.Clock.PausedOn == null && x.Clock.DueOn >= from && x.Clock.DueOn < today)
            .GroupBy(x => new { x.ReceivingUnitId, x.Clock.DueOn.Year, x.Clock.DueOn.Month })
            .Select(g => new MonthRate(g.Key.ReceivingUnitId, g.Key.Year, g.Key.Month, g.Count(),
                g.Count(x => x.Clock.StoppedOn != null && x.Clock.StoppedOn <= x.Clock.DueOn)))
            .ToListAsync(cancellationToken), cancellationToken);
        // The day an extension was granted is not recorded: extensions count on the clocks that ran during the period.
        var extensionsTask = Query(db => Clocks(db, scope, tag)
            .Where(x => x.Clock.Extensions > 0 && x.Clock.StartedOn <= today && (x.Clock.StoppedOn == null || x.Clock.StoppedOn >= from))
            .GroupBy(x => x.ReceivingUnitId).Select(g => new { UnitId = g.Key, Count = g.Sum(x => x.Clock.Extensions) })
            .ToListAsync(cancellationToken), cancellationToken);
        var (byUnit, assigned, unassigned, rates, extensions) = (await byUnitTask, await assignedTask, await unassignedTask, await ratesTask, await extensionsTask);

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var unitIds = byUnit.Select(u => u.Id).Concat(rates.Select(r => r.UnitId)).Concat(extensions.Select(e => e.UnitId)).Distinct().ToList();
        var units = await db.Units.AsNoTracking().Where(u => unitIds.Contains(u.Id))
            .Select(u => new { u.Id, u.Code, u.Name, u.NameEn, u.SortOrder }).ToListAsync(cancellationToken);
        var loads = units.Select(u =>
            {
                var load = byUnit.FirstOrDefault(b => b.Id == u.Id);
                var unitRates = rates.Where(r => r.UnitId == u.Id).ToList();
                return new UnitLoad(u.Id, u.Code, u.Name, u.NameEn, load?.Overdue ?? 0, load?.AtRisk ?? 0,
                    unitRates.Sum(r => r.Due), unitRates.Sum(r => r.OnTime), extensions.FirstOrDefault(e => e.UnitId == u.Id)?.Count ?? 0);
            })
            .OrderByDescending(u => u.Overdue).ThenByDescending(u => u.AtRisk).ThenBy(u => units.First(x => x.Id == u.UnitId).SortOrder).ThenBy(u => u.Name)
            .ToList();

        var userIds = assigned.Select(a => a.Id).ToList();
        var names = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => u.DisplayName == "" ? u.UserName : u.DisplayName, cancellationToken);
        var handlers = assigned.Select(a => new HandlerLoad(a.Id, names.GetValueOrDefault(a.Id), a.Overdue, a.AtRisk))
            .OrderByDescending(h => h.Overdue).ThenByDescending(h => h.AtRisk).ThenBy(h => h.Name, StringComparer.CurrentCulture).ToList();
        if (unassigned.Count > 0)
        {
            handlers.Add(new HandlerLoad(null, null, unassigned.Where(u => u.Overdue).Sum(u => u.Count), unassigned.Where(u => !u.Overdue).Sum(u => u.Count)));
        }

        return new DashboardSummary(scope, today, until, from, monthList, loads, handlers, rates);
    }

    /// <summary>The overdue and at-risk cases behind a clicked unit or handler, earliest due first.</summary>
    public async Task<DashboardCases> CasesAsync(Guid userId, DateOnly today, DrillDown filter, CancellationToken cancellationToken = default)
    {
        var scope = await ScopeAsync(userId, cancellationToken);
        if (scope.Kind == ScopeKind.None)
        {
            return new DashboardCases([], 0);
        }

        var calendar = await calendars.CurrentAsync(cancellationToken);
        var until = options.Value.AtRiskUntil(calendar, today);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = Pressing(db, scope, tags.For(userId), until);
        if (filter.UnitId is { } unitId)
        {
            query = query.Where(r => r.ReceivingUnitId == unitId);
        }

        if (filter.HandlerId is { } handlerId)
        {
            query = query.Where(r => db.CaseAssignments.Any(a => a.ReportId == r.Id && a.UserId == handlerId));
        }
        else if (filter.Unassigned)
        {
            query = query.Where(r => !db.CaseAssignments.Any(a => a.ReportId == r.Id));
        }

        var total = await query.CountAsync(cancellationToken);
        var rows = await query.OrderBy(r => r.DueOn).ThenBy(r => r.CaseCode).Take(MaxCases)
            .Select(r => new { r.Id, r.CaseCode, r.Stage, DueOn = r.DueOn!.Value }).ToListAsync(cancellationToken);
        var ids = rows.Select(r => r.Id).ToList();

        // The step is the clock that sets the case's due date: the earliest running, unpaused one (ClockBook.RefreshDueOnAsync).
        var steps = (await (from c in db.CaseClocks
                            join rule in db.DeadlineRules on c.RuleId equals rule.Id
                            where ids.Contains(c.ReportId) && c.StoppedOn == null && c.PausedOn == null
                            select new { c.ReportId, c.DueOn, rule.NameVi, rule.NameEn }).ToListAsync(cancellationToken))
            .GroupBy(s => s.ReportId).ToDictionary(g => g.Key, g => g.OrderBy(s => s.DueOn).First());
        var assignees = (await (from a in db.CaseAssignments
                                join u in db.Users on a.UserId equals u.Id
                                where ids.Contains(a.ReportId)
                                select new { a.ReportId, Name = u.DisplayName == "" ? u.UserName! : u.DisplayName }).ToListAsync(cancellationToken))
            .ToLookup(a => a.ReportId, a => a.Name);

        return new DashboardCases(rows.Select(r =>
        {
            var step = steps.GetValueOrDefault(r.Id);
            return new DashboardCase(r.Id, r.CaseCode, r.Stage, step?.NameVi, step?.NameEn, r.DueOn,
                r.DueOn < today ? calendar.WorkingDaysBetween(r.DueOn, today) : 0, assignees[r.Id].Order(StringComparer.CurrentCulture).ToList());
        }).ToList(), total);
    }

    private Task<T> Query<T>(Func<PortalDbContext, Task<T>> query, CancellationToken cancellationToken) =>
        Task.Run(async () =>
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            return await query(db);
        }, cancellationToken);

    private sealed record PressingCount(Guid Id, int Overdue, int AtRisk);

    /// <summary>Open cases of the scope due by the last at-risk day: overdue or at risk.</summary>
    private static IQueryable<Report> Pressing(PortalDbContext db, DashboardScope scope, byte[] tag, DateOnly until) =>
        Open(db, scope, tag).Where(r => r.DueOn != null && r.DueOn <= until);

    // Initialised by members, not a constructor, so EF can see through it in the filters and groupings that follow.
    private sealed class ScopedClock
    {
        public required CaseClock Clock { get; init; }
        public Guid ReceivingUnitId { get; init; }
    }

    private static IQueryable<ScopedClock> Clocks(PortalDbContext db, DashboardScope scope, byte[] tag) =>
        from c in db.CaseClocks
        join r in Visible(db, scope, tag) on c.ReportId equals r.Id
        select new ScopedClock { Clock = c, ReceivingUnitId = r.ReceivingUnitId };

    /// <summary>Cases of the scope that still exist as cases (not destroyed, not merged into another) and that the leader is not recused from.</summary>
    private static IQueryable<Report> Visible(PortalDbContext db, DashboardScope scope, byte[] tag)
    {
        var reports = db.Reports.AsNoTracking()
            .Where(r => r.DestroyedOn == null && r.MergedIntoId == null && r.Stage != CaseStage.Merged &&
                        !db.CaseRecusals.Any(x => x.ReportId == r.Id && x.UserTag == tag));
        var units = scope.Units;
        return scope.Kind == ScopeKind.Department ? reports : reports.Where(r => units.Contains(r.ReceivingUnitId));
    }

    /// <summary>Open: the inbox's own definition (not closed, not merged).</summary>
    private static IQueryable<Report> Open(PortalDbContext db, DashboardScope scope, byte[] tag) =>
        Visible(db, scope, tag).Where(r => r.ClosedOn == null);
}
