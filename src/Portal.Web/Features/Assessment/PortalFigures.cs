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
        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 31);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // Merged duplicates are one case, not two.
        var received = await db.Reports.CountAsync(r => r.ReceivedOn >= first && r.ReceivedOn <= last && r.MergedIntoId == null, cancellationToken);
        var closed = await db.Reports.CountAsync(r => r.ClosedOn >= first && r.ClosedOn <= last && r.MergedIntoId == null, cancellationToken);
        // On time: the clock was stopped (its step done) on or before its due day; a clock still running is not counted either way.
        var stopped = await db.CaseClocks.CountAsync(c => c.StoppedOn >= first && c.StoppedOn <= last, cancellationToken);
        var onTime = await db.CaseClocks.CountAsync(c => c.StoppedOn >= first && c.StoppedOn <= last && c.StoppedOn <= c.DueOn, cancellationToken);
        // The portal keeps no trainings or inspection checks yet: these stay null until those features exist.
        return new YearFigures(year, received, closed, stopped, onTime, Trainings: null, Checks: null);
    }
}
