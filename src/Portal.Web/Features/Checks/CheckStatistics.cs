using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;

namespace Portal.Web.Features.Checks;

/// <summary>
/// One checked unit's figures for a reporting period: counts and money only, never names or findings. Everything is
/// counted against the checked unit (a recommendation addressed to another unit still counts where the check was).
/// </summary>
public sealed record CheckUnitStatistics(
    Guid UnitId, string UnitCode, int ChecksPlanned, int ChecksConcluded, int ChecksCancelled, int RecommendationsMade, int RecommendationsClosed,
    int RecommendationsOverdue, long RecoveryRecommendedVnd, int ChecksStarted = 0, int ChecksClosed = 0);

/// <summary>Figures of the checks module for the Department's periodic anti-corruption report.</summary>
public static class CheckStatistics
{
    /// <summary>
    /// For <paramref name="from"/>..<paramref name="to"/> (both included): checks whose planned start falls in the period,
    /// checks started (the team at work), concluded, closed (every recommendation followed up) and cancelled in it, recommendations made (conclusion date) and closed in it, recommendations
    /// overdue at the end of the period (due before <paramref name="to"/> and not closed by then), and money
    /// recommended for recovery by the recommendations made in it.
    /// </summary>
    public static async Task<IReadOnlyList<CheckUnitStatistics>> ForPeriodAsync(PortalDbContext db, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (to < from)
        {
            throw new ArgumentException("The period ends before it starts.", nameof(to));
        }

        var checks = await db.Checks.AsNoTracking()
            .Where(c => (c.PlannedFrom >= from && c.PlannedFrom <= to) || (c.StartedOn >= from && c.StartedOn <= to) || (c.ConclusionOn >= from && c.ConclusionOn <= to) || (c.ClosedOn >= from && c.ClosedOn <= to))
            .Select(c => new { c.CheckedUnitId, c.PlannedFrom, c.StartedOn, c.ConclusionOn, c.ClosedOn, c.Status })
            .ToListAsync(cancellationToken);
        // "from" is a query keyword: the query below reads the period through these.
        var (start, end) = (from, to);
        var recommendations = await (
            from r in db.CheckRecommendations.AsNoTracking()
            join c in db.Checks on r.CheckId equals c.Id
            where (c.ConclusionOn >= start && c.ConclusionOn <= end) || (r.ClosedOn >= start && r.ClosedOn <= end) || (r.DueOn < end && (r.ClosedOn == null || r.ClosedOn > end))
            select new { c.CheckedUnitId, c.ConclusionOn, r.ClosedOn, r.DueOn, r.Kind, r.AmountVnd }).ToListAsync(cancellationToken);
        var codes = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.Code, cancellationToken);

        bool In(DateOnly? day) => day is { } d && d >= from && d <= to;
        return checks.Select(c => c.CheckedUnitId).Concat(recommendations.Select(r => r.CheckedUnitId)).Distinct()
            .Select(unit =>
            {
                var cs = checks.Where(c => c.CheckedUnitId == unit).ToList();
                var rs = recommendations.Where(r => r.CheckedUnitId == unit).ToList();
                var made = rs.Where(r => In(r.ConclusionOn)).ToList();
                return new CheckUnitStatistics(
                    unit, codes.GetValueOrDefault(unit, "?"),
                    cs.Count(c => In(c.PlannedFrom)),
                    cs.Count(c => In(c.ConclusionOn)),
                    cs.Count(c => c.Status == CheckStatus.Cancelled && In(c.ClosedOn)),
                    made.Count,
                    rs.Count(r => In(r.ClosedOn)),
                    rs.Count(r => r.DueOn < to && (r.ClosedOn is null || r.ClosedOn > to)),
                    made.Where(r => r.Kind == RecommendationKind.RecoverMoney).Sum(r => r.AmountVnd ?? 0),
                    cs.Count(c => In(c.StartedOn)),
                    cs.Count(c => c.Status == CheckStatus.Closed && In(c.ClosedOn)));
            })
            .OrderBy(s => s.UnitCode, StringComparer.Ordinal).ToList();
    }
}
