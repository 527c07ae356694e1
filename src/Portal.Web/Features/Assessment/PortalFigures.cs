using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;

namespace Portal.Web.Features.Assessment;

/// <summary>
/// Figures the portal itself can vouch for, offered as evidence for a year's assessment. A figure the portal
/// has no data for is null and shown as "not available yet": never an estimate.
/// </summary>
public sealed record YearFigures(int Year, int CasesReceived, int CasesClosed, int ClocksStopped, int ClocksOnTime, int? Trainings, int? Checks)
{
    public int? OnTimePercent => ClocksStopped == 0 ? null : (int)Math.Round(100.0 * ClocksOnTime / ClocksStopped);
}

public sealed class PortalFigures(IDbContextFactory<PortalDbContext> contexts)
{
    public async Task<YearFigures> ForYearAsync(int year, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var figures = await ForPeriodAsync(db, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), cancellationToken);
        return figures with { Year = year };
    }

    /// <summary>The same figures for any span of days; the periodic report uses them for quarters too.</summary>
    public static async Task<YearFigures> ForPeriodAsync(PortalDbContext db, DateOnly first, DateOnly last, CancellationToken cancellationToken = default)
    {
        // Merged duplicates are one case, not two.
        var received = await db.Reports.CountAsync(r => r.ReceivedOn >= first && r.ReceivedOn <= last && r.MergedIntoId == null, cancellationToken);
        var closed = await db.Reports.CountAsync(r => r.ClosedOn >= first && r.ClosedOn <= last && r.MergedIntoId == null, cancellationToken);
        // On time: the clock was stopped (its step done) on or before its due day; a clock still running is not counted either way.
        var stopped = await db.CaseClocks.CountAsync(c => c.StoppedOn >= first && c.StoppedOn <= last, cancellationToken);
        var onTime = await db.CaseClocks.CountAsync(c => c.StoppedOn >= first && c.StoppedOn <= last && c.StoppedOn <= c.DueOn, cancellationToken);
        // Training sessions held (from the outreach register); inspection checks are not kept by the portal yet.
        var trainings = await db.TrainingSessions.CountAsync(s => s.HeldOn >= first && s.HeldOn <= last, cancellationToken);
        return new YearFigures(first.Year, received, closed, stopped, onTime, Trainings: trainings, Checks: null);
    }
}
