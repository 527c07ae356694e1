using Portal.Web.Features.Deadlines.Calendar;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Web.Data;
using Portal.Web.Features.Deadlines.Rules;

namespace Portal.Web.Features.Deadlines.Alerts;

/// <summary>
/// The recurring job: sweeps the clocks into the outbox, builds the day's leader digests once the digest hour has
/// come, then enqueues whatever the tables say is still to do (alerts not expanded, deliveries due). Queued jobs
/// are therefore derived from rows on every run, so losing Hangfire's in-memory queue loses nothing.
/// </summary>
public sealed class AlertSweepJob(
    AlertSweep sweep, LeaderDigests digests, IDbContextFactory<PortalDbContext> contexts, IBackgroundJobClient jobs, TimeProvider clock,
    IOptions<AlertOptions> options, WorkingCalendars calendars, ILogger<AlertSweepJob> logger)
{
    public const string Id = "deadline-sweep";
    private const int Batch = 5000;

    [AutomaticRetry(Attempts = 0)]
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var today = DepartmentDate.Of(now);
        var result = await sweep.RunAsync(today, cancellationToken);
        if ((await calendars.CurrentAsync(cancellationToken)).IsWorkingDay(today) && now.ToOffset(DepartmentDate.Offset).Hour >= options.Value.DigestHour)
        {
            await digests.BuildAsync(today, cancellationToken);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var alerts = await db.DeadlineAlerts.Where(a => !a.Expanded).OrderBy(a => a.Id).Select(a => a.Id).Take(Batch).ToListAsync(cancellationToken);
        foreach (var id in alerts)
        {
            jobs.Enqueue<AlertExpansion>(j => j.RunAsync(id, CancellationToken.None));
        }

        var due = await db.AlertDeliveries.Where(d => d.State == DeliveryState.Pending && d.NextAttemptAt <= now)
            .OrderBy(d => d.Id).Select(d => d.Id).Take(Batch).ToListAsync(cancellationToken);
        foreach (var id in due)
        {
            jobs.Enqueue<AlertDeliveryJob>(j => j.RunAsync(id, CancellationToken.None));
        }

        logger.LogInformation("Deadline sweep for {Day}: {Raised} alert(s) raised, {Overdue} overdue, {Alerts} to expand, {Deliveries} deliveries due",
            today, result.Raised, result.Overdue, alerts.Count, due.Count);
    }
}
