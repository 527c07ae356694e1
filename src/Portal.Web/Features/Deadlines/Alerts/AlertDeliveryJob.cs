using Portal.Web.Features.Deadlines.Calendar;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Web.Data;
using Portal.Web.Features.Cases;
using Portal.Web.Infrastructure;

namespace Portal.Web.Features.Deadlines.Alerts;

/// <summary>
/// Delivers one row of <see cref="AlertDelivery"/>: claims it (one attempt at a time, across instances), checks the
/// person may still hear of the case, then writes the in-app notice or sends the e-mail. A failure records the
/// error and the next attempt with back-off in the row; the sweep re-enqueues it when due.
/// </summary>
public sealed class AlertDeliveryJob(
    IDbContextFactory<PortalDbContext> contexts, AlertMailer mailer, NotificationSignal signal, CaseGate gate, TimeProvider clock,
    IOptions<AlertOptions> options, WorkingCalendars calendars, FaultHold hold, ILogger<AlertDeliveryJob> logger)
{
    [AutomaticRetry(Attempts = 0)]
    public async Task RunAsync(long deliveryId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var o = options.Value;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var lease = now.AddMinutes(o.LeaseMinutes);
        if (await db.AlertDeliveries.Where(d => d.Id == deliveryId && d.State == DeliveryState.Pending && d.NextAttemptAt <= now)
                .ExecuteUpdateAsync(s => s.SetProperty(d => d.NextAttemptAt, lease).SetProperty(d => d.Attempts, d => d.Attempts + 1), cancellationToken) == 0)
        {
            return;
        }

        await hold.AtAsync("alerts.delivery.claimed", cancellationToken);
        var delivery = await db.AlertDeliveries.FirstAsync(d => d.Id == deliveryId, cancellationToken);
        var notice = await AlertNotices.ForAsync(db, delivery, await calendars.CurrentAsync(cancellationToken), cancellationToken);
        var user = await db.Users.AsNoTracking().Where(u => u.Id == delivery.UserId).Select(u => new { u.IsDisabled }).FirstOrDefaultAsync(cancellationToken);
        // Checked again here: a recusal recorded after the alert was expanded must still keep the person out.
        if (notice is null || user is null || user.IsDisabled ||
            (notice.ReportId is { } reportId && await gate.IsRecusedAsync(db, reportId, delivery.UserId, cancellationToken)))
        {
            delivery.State = DeliveryState.Dropped;
            await db.SaveChangesAsync(CancellationToken.None);
            return;
        }

        try
        {
            if (delivery.Channel == DeliveryChannel.InApp)
            {
                db.Notifications.Add(new Notification
                {
                    UserId = delivery.UserId, DeliveryId = delivery.Id, Kind = notice.Kind, ReportId = notice.ReportId, CaseCode = notice.CaseCode,
                    RuleId = notice.RuleId, DueOn = notice.DueOn, DaysOverdue = notice.DaysOverdue, Assignees = notice.Assignees,
                    DigestId = notice.DigestId, ItemCount = notice.Items.Count, DutyId = notice.DutyId, Label = notice.Label, Link = notice.Link, CreatedAt = now,
                });
            }
            else
            {
                var address = await MailRecipients.AddressAsync(db, delivery.UserId, cancellationToken)
                    ?? throw new InvalidOperationException("The recipient has no e-mail address any more.");
                // Not cancelled by a stopping host: a send cut off after the server took the message would be sent
                // again by the next attempt. The SMTP timeout bounds it instead.
                await mailer.SendAsync(address, notice, delivery.Id, DepartmentDate.Of(now), CancellationToken.None);
            }

            await hold.AtAsync($"alerts.delivery.sent.{delivery.Channel}", cancellationToken);
            delivery.State = DeliveryState.Sent;
            delivery.SentAt = now;
            delivery.LastError = null;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The error's kind and the server's words only: an SMTP reply never quotes our message body.
            delivery.LastError = $"{e.GetType().Name}: {e.Message}"[..Math.Min(500, e.GetType().Name.Length + 2 + e.Message.Length)];
            if (delivery.Attempts >= o.MaxAttempts)
            {
                delivery.State = DeliveryState.Failed;
            }
            else
            {
                delivery.NextAttemptAt = now + o.RetryDelay(delivery.Attempts);
            }

            logger.LogWarning("Delivery {DeliveryId} ({Channel}) attempt {Attempts} failed: {Error}", delivery.Id, delivery.Channel, delivery.Attempts, e.GetType().Name);
        }

        // Once sent, the row must say so even if the host is stopping: otherwise the lease would send it again.
        await db.SaveChangesAsync(CancellationToken.None);
        if (delivery.State == DeliveryState.Sent && delivery.Channel == DeliveryChannel.InApp)
        {
            signal.Raise(delivery.UserId);
        }
    }
}
