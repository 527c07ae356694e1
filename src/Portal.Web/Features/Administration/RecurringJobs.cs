using Hangfire;
using Microsoft.Extensions.Options;
using Portal.Web.Features.Cases;
using Portal.Web.Features.Deadlines.Alerts;

namespace Portal.Web.Features.Administration;

/// <summary>
/// The one place recurring jobs are registered. Hangfire's storage is in memory (ADR 0002), so they are
/// registered again at every start; each takes no arguments and re-derives its work from the portal's tables,
/// so running one twice or after a crash does no harm.
/// </summary>
internal sealed class RecurringJobs(IRecurringJobManager manager, IOptions<AlertOptions> alerts) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        manager.AddOrUpdate<AlertSweepJob>(AlertSweepJob.Id, j => j.RunAsync(CancellationToken.None), $"*/{alerts.Value.SweepEveryMinutes} * * * *");
        if (alerts.Value.SweepOnStart)
        {
            manager.Trigger(AlertSweepJob.Id);
        }

        // At night, after the day's work: destruction of closed cases past their retention period.
        manager.AddOrUpdate<CaseRetention>("case-retention", r => r.DestroyDueAsync(CancellationToken.None), Cron.Daily(AtVietnamHour(2)),
            new RecurringJobOptions { TimeZone = TimeZoneInfo.Utc });
        // Before the day starts: policy versions that became effective today give everyone concerned an acknowledgement duty.
        manager.AddOrUpdate<Integrity.Policies.PolicyDuties>(Integrity.Policies.PolicyDuties.JobId, d => d.SyncAsync(CancellationToken.None), Cron.Daily(AtVietnamHour(1)),
            new RecurringJobOptions { TimeZone = TimeZoneInfo.Utc });
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>An hour of the Department's day (UTC+7, no daylight saving) as a UTC hour: Hangfire resolves time zones
    /// by id from the host's tz database, which a minimal server may lack.</summary>
    private static int AtVietnamHour(int hour) => (hour - (int)DepartmentDate.Offset.TotalHours + 24) % 24;
}
