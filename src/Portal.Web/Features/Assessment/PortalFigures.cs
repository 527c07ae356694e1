using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;
using Portal.Web.Features.Checks;
using Portal.Web.Features.Reports;

namespace Portal.Web.Features.Assessment;

/// <summary>
/// Figures the portal itself can vouch for, offered as evidence for a year's assessment. A figure the portal
/// has no data for is null and shown as "not available yet": never an estimate.
/// </summary>
/// <param name="Checks">Checks concluded (their conclusion signed) in the period: the checks "done".</param>
/// <param name="RecommendationsClosed">Recommendations of checks closed with evidence in the period, whenever they were made.</param>
public sealed record YearFigures(
    int Year, int CasesReceived, int CasesClosed, int ClocksStopped, int ClocksOnTime, int? Trainings, int? Checks, int? RecommendationsClosed = null)
{
    public int? OnTimePercent => ClocksStopped == 0 ? null : (int)Math.Round(100.0 * ClocksOnTime / ClocksStopped);
}

public sealed class PortalFigures(IDbContextFactory<PortalDbContext> contexts)
{
    public async Task<YearFigures> ForYearAsync(int year, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var figures = await ForPeriodAsync(db, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), null, cancellationToken);
        return figures with { Year = year };
    }

    /// <summary>The same figures for any span of days; the periodic report uses them for quarters too.</summary>
    /// <remarks><paramref name="scope"/> narrows the case figures to the cases its units handle (a head's report).</remarks>
    public static async Task<YearFigures> ForPeriodAsync(PortalDbContext db, DateOnly first, DateOnly last, ReportScope? scope = null, CancellationToken cancellationToken = default)
    {
        var reports = db.Reports.AsNoTracking().InScope(scope ?? ReportScope.Department, r => r.ReceivingUnitId);
        // Merged duplicates are one case, not two.
        var received = await reports.CountAsync(r => r.ReceivedOn >= first && r.ReceivedOn <= last && r.MergedIntoId == null, cancellationToken);
        var closed = await reports.CountAsync(r => r.ClosedOn >= first && r.ClosedOn <= last && r.MergedIntoId == null, cancellationToken);
        // On time: the clock was stopped (its step done) on or before its due day; a clock still running is not counted either way.
        var clocks = db.CaseClocks.Where(c => c.StoppedOn >= first && c.StoppedOn <= last && reports.Any(r => r.Id == c.ReportId));
        var stopped = await clocks.CountAsync(cancellationToken);
        var onTime = await clocks.CountAsync(c => c.StoppedOn <= c.DueOn, cancellationToken);
        // Training sessions held (from the outreach register) and the checks module's own counts, whole Department.
        var trainings = await db.TrainingSessions.CountAsync(s => s.HeldOn >= first && s.HeldOn <= last, cancellationToken);
        var checks = await CheckStatistics.ForPeriodAsync(db, first, last, cancellationToken);
        return new YearFigures(first.Year, received, closed, stopped, onTime, Trainings: trainings,
            Checks: checks.Sum(c => c.ChecksConcluded), RecommendationsClosed: checks.Sum(c => c.RecommendationsClosed));
    }
}
