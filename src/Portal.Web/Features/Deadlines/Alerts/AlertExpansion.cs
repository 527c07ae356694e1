using Portal.Web.Features.Deadlines.Calendar;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;
using Portal.Web.Infrastructure;

namespace Portal.Web.Features.Deadlines.Alerts;

/// <summary>
/// Turns one outbox alert into deliveries: resolves the escalation chain for the alert's level and writes one
/// delivery per person and channel, in the same transaction that marks the alert expanded. Takes an id only.
/// </summary>
public sealed class AlertExpansion(
    IDbContextFactory<PortalDbContext> contexts, AlertRecipients recipients, AlertMailer mailer, TimeProvider clock, IBackgroundJobClient jobs,
    WorkingCalendars calendars, FaultHold hold)
{
    // Retries are the sweep's: it re-enqueues every alert still not expanded.
    [AutomaticRetry(Attempts = 0)]
    public async Task RunAsync(long alertId, CancellationToken cancellationToken)
    {
        List<AlertDelivery> created = [];
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            // The claim: of two instances expanding the same alert, one updates the row and the other finds it done.
            if (await db.DeadlineAlerts.Where(a => a.Id == alertId && !a.Expanded)
                    .ExecuteUpdateAsync(s => s.SetProperty(a => a.Expanded, true), cancellationToken) == 0)
            {
                return;
            }

            var alert = await db.DeadlineAlerts.AsNoTracking().FirstAsync(a => a.Id == alertId, cancellationToken);
            var target = await (from c in db.CaseClocks
                                join r in db.Reports on c.ReportId equals r.Id
                                join rule in db.DeadlineRules on c.RuleId equals rule.Id
                                where c.Id == alert.ClockId && c.StoppedOn == null && r.ClosedOn == null
                                select new { r.ReceivingUnitId, rule }).FirstOrDefaultAsync(cancellationToken);
            // A step completed or a case closed between the sweep and now: nobody needs the alert any more.
            if (target is not null)
            {
                var level = AlertNotices.LevelOf(target.rule, alert, await calendars.CurrentAsync(cancellationToken));
                var people = await recipients.ForAsync(db, alert.ReportId, target.ReceivingUnitId, level, cancellationToken);
                var withAddress = mailer.Enabled ? await MailRecipients.WithAddressAsync(db, people, cancellationToken) : [];
                var now = clock.GetUtcNow();
                foreach (var person in people)
                {
                    created.Add(new AlertDelivery { AlertId = alert.Id, UserId = person, Channel = DeliveryChannel.InApp, NextAttemptAt = now, CreatedAt = now });
                    if (withAddress.Contains(person))
                    {
                        created.Add(new AlertDelivery { AlertId = alert.Id, UserId = person, Channel = DeliveryChannel.Email, NextAttemptAt = now, CreatedAt = now });
                    }
                }

                db.AlertDeliveries.AddRange(created);
                await db.SaveChangesAsync(cancellationToken);
                await hold.AtAsync("alerts.expansion.written", cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        }

        foreach (var delivery in created)
        {
            jobs.Enqueue<AlertDeliveryJob>(j => j.RunAsync(delivery.Id, CancellationToken.None));
        }
    }
}

internal static class MailRecipients
{
    /// <summary>People with an e-mail address: their account's, else the one in the staff directory.</summary>
    public static async Task<HashSet<Guid>> WithAddressAsync(PortalDbContext db, IReadOnlyCollection<Guid> people, CancellationToken cancellationToken) =>
        (await db.Users.AsNoTracking().Where(u => people.Contains(u.Id) && (u.Email != null || (u.StaffMember != null && u.StaffMember.Email != null)))
            .Select(u => u.Id).ToListAsync(cancellationToken)).ToHashSet();

    public static Task<string?> AddressAsync(PortalDbContext db, Guid userId, CancellationToken cancellationToken) =>
        db.Users.AsNoTracking().Where(u => u.Id == userId)
            .Select(u => u.Email ?? (u.StaffMember != null ? u.StaffMember.Email : null)).FirstOrDefaultAsync(cancellationToken);
}
