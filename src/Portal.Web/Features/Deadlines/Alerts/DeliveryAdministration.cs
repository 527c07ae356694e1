using Hangfire;
using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;

namespace Portal.Web.Features.Deadlines.Alerts;

public sealed record DeliveryRow(
    long Id, DateTimeOffset CreatedAt, string Recipient, DeliveryChannel Channel, NotificationKind Kind, string? CaseCode, DeliveryState State,
    int Attempts, DateTimeOffset NextAttemptAt, DateTimeOffset? SentAt, string? LastError);

/// <summary>What administrators see of deliveries (/admin/deliveries): state, attempts and the last error, never a message.</summary>
public sealed class DeliveryAdministration(IDbContextFactory<PortalDbContext> contexts, TimeProvider clock, IBackgroundJobClient jobs)
{
    public async Task<IReadOnlyList<DeliveryRow>> ListAsync(bool problemsOnly, int take = 200, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = db.AlertDeliveries.AsNoTracking().AsQueryable();
        if (problemsOnly)
        {
            query = query.Where(d => d.State == DeliveryState.Failed || (d.State == DeliveryState.Pending && d.Attempts > 0));
        }

        return await (from d in query
                      join u in db.Users on d.UserId equals u.Id
                      join a in db.DeadlineAlerts on d.AlertId equals a.Id into alerts
                      from a in alerts.DefaultIfEmpty()
                      join r in db.Reports on a.ReportId equals r.Id into reports
                      from r in reports.DefaultIfEmpty()
                      join duty in db.Duties on a.DutyId equals duty.Id into duties
                      from duty in duties.DefaultIfEmpty()
                      orderby d.Id descending
                      select new DeliveryRow(d.Id, d.CreatedAt, u.DisplayName != "" ? u.DisplayName : u.UserName!, d.Channel,
                          d.DigestId != null ? NotificationKind.Digest : NotificationKind.Alert, r != null ? r.CaseCode : duty != null ? duty.Label : null, d.State, d.Attempts,
                          d.NextAttemptAt, d.SentAt, d.LastError)).Take(take).ToListAsync(cancellationToken);
    }

    /// <summary>Puts a failed delivery back in line with a fresh set of attempts and tries it now.</summary>
    public async Task<bool> RetryAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var changed = await db.AlertDeliveries.Where(d => d.Id == id && d.State == DeliveryState.Failed)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.State, DeliveryState.Pending).SetProperty(d => d.Attempts, 0).SetProperty(d => d.NextAttemptAt, now), cancellationToken);
        if (changed > 0)
        {
            jobs.Enqueue<AlertDeliveryJob>(j => j.RunAsync(id, CancellationToken.None));
        }

        return changed > 0;
    }
}
