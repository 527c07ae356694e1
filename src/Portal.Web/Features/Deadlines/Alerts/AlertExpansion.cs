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
            var people = alert.DutyId is { } dutyId
                ? await DutyRecipientsAsync(db, alert, dutyId, cancellationToken)
                : await CaseRecipientsAsync(db, alert, cancellationToken);
            // A step completed, a case closed or a duty done between the sweep and now: nobody needs the alert any more.
            if (people.Count > 0)
            {
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

    private async Task<IReadOnlyList<Guid>> CaseRecipientsAsync(PortalDbContext db, DeadlineAlert alert, CancellationToken cancellationToken)
    {
        var target = await (from c in db.CaseClocks
                            join r in db.Reports on c.ReportId equals r.Id
                            join rule in db.DeadlineRules on c.RuleId equals rule.Id
                            where c.Id == alert.ClockId && c.StoppedOn == null && r.ClosedOn == null
                            select new { r.ReceivingUnitId, rule }).FirstOrDefaultAsync(cancellationToken);
        if (target is null || alert.ReportId is not { } reportId)
        {
            return [];
        }

        var level = AlertNotices.LevelOf(target.rule, alert, await calendars.CurrentAsync(cancellationToken));
        return await recipients.ForAsync(db, reportId, target.ReceivingUnitId, level, cancellationToken);
    }

    private async Task<IReadOnlyList<Guid>> DutyRecipientsAsync(PortalDbContext db, DeadlineAlert alert, Guid dutyId, CancellationToken cancellationToken)
    {
        var duty = await db.Duties.AsNoTracking().FirstOrDefaultAsync(d => d.Id == dutyId && d.DoneOn == null, cancellationToken);
        if (duty is null)
        {
            return [];
        }

        var rule = duty.RuleId is { } ruleId ? await db.DeadlineRules.AsNoTracking().FirstOrDefaultAsync(r => r.Id == ruleId, cancellationToken) : null;
        var level = AlertNotices.LevelOf(rule, alert, await calendars.CurrentAsync(cancellationToken));
        return await recipients.ForDutyAsync(db, duty.OwnerStaffId, duty.UnitId, level, cancellationToken);
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
