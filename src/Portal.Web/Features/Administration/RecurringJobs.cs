using Hangfire;
using Microsoft.Extensions.Options;
using Portal.Web.Features.Deadlines.Alerts;

namespace Portal.Web.Features.Administration;

/// <summary>
/// The one place recurring jobs are registered. Hangfire's storage is in memory (ADR 0002), so they are
/// registered again at every start; each takes no arguments and re-derives its work from the portal's tables.
/// </summary>
internal sealed class RecurringJobs(IRecurringJobManager manager, IOptions<AlertOptions> alerts) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        manager.AddOrUpdate<AlertSweepJob>(AlertSweepJob.Id, j => j.RunAsync(CancellationToken.None), $"*/{alerts.Value.SweepEveryMinutes} * * * *");
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
