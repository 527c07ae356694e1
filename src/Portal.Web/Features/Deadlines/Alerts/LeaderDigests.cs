using Portal.Web.Features.Deadlines.Calendar;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Web.Data;
using Portal.Web.Features.Accounts;
using Portal.Web.Features.Cases;
using Portal.Web.Features.Deadlines.Rules;
using Portal.Web.Features.Organisation;

namespace Portal.Web.Features.Deadlines.Alerts;

/// <summary>
/// Each working day, one digest per leader: the open cases of the units they head (and below) or assigned to them
/// that are overdue or due within a few working days, by code and due date. The unique (leader, day) key keeps it
/// to one even when two instances build it at once; cases the leader is recused from are left out.
/// </summary>
public sealed class LeaderDigests(
    IDbContextFactory<PortalDbContext> contexts, OrganisationDirectory directory, StaffTags tags, AlertMailer mailer, TimeProvider clock,
    IOptions<AlertOptions> options, WorkingCalendars calendars)
{
    private const int MaxItems = 100;

    /// <summary>Builds the day's missing digests and returns the ids of the deliveries it wrote.</summary>
    public async Task<IReadOnlyList<long>> BuildAsync(DateOnly today, CancellationToken cancellationToken = default)
    {
        var limit = options.Value.AtRiskUntil(await calendars.CurrentAsync(cancellationToken), today);
        List<(Guid Id, Guid StaffMemberId)> leaders;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            leaders = (await (from u in db.Users
                              join ur in db.UserRoles on u.Id equals ur.UserId
                              join r in db.Roles on ur.RoleId equals r.Id
                              where r.Name == Roles.Leader && !u.IsDisabled && u.StaffMemberId != null &&
                                    !db.LeaderDigests.Any(d => d.UserId == u.Id && d.Day == today)
                              select new { u.Id, StaffMemberId = u.StaffMemberId!.Value }).ToListAsync(cancellationToken))
                .Select(l => (l.Id, l.StaffMemberId)).ToList();
        }

        var created = new List<long>();
        foreach (var (leaderId, staffMemberId) in leaders)
        {
            created.AddRange(await BuildOneAsync(leaderId, staffMemberId, today, limit, cancellationToken));
        }

        return created;
    }

    private async Task<IReadOnlyList<long>> BuildOneAsync(Guid leaderId, Guid staffMemberId, DateOnly today, DateOnly limit, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var member = await db.StaffMembers.AsNoTracking().FirstOrDefaultAsync(s => s.Id == staffMemberId && s.IsActive, cancellationToken);
        List<Guid> units = member?.UnitRole == UnitRole.Head ? [.. await directory.SelfAndDescendantsAsync(member.UnitId, cancellationToken)] : [];
        var tag = tags.For(leaderId);
        var items = await db.Reports.AsNoTracking()
            .Where(r => r.ClosedOn == null && r.DueOn != null && r.DueOn <= limit &&
                        (units.Contains(r.ReceivingUnitId) || db.CaseAssignments.Any(a => a.ReportId == r.Id && a.UserId == leaderId)) &&
                        !db.CaseRecusals.Any(x => x.ReportId == r.Id && x.UserTag == tag))
            .OrderBy(r => r.DueOn).ThenBy(r => r.CaseCode).Take(MaxItems)
            .Select(r => new DigestItem(r.Id, r.CaseCode, r.DueOn!.Value)).ToListAsync(cancellationToken);
        if (items.Count == 0)
        {
            return [];
        }

        var now = clock.GetUtcNow();
        var digest = new LeaderDigest { UserId = leaderId, Day = today, Items = JsonSerializer.Serialize(items) };
        var deliveries = new List<AlertDelivery> { new() { UserId = leaderId, Channel = DeliveryChannel.InApp, NextAttemptAt = now, CreatedAt = now } };
        if (mailer.Enabled && (await MailRecipients.WithAddressAsync(db, [leaderId], cancellationToken)).Count > 0)
        {
            deliveries.Add(new AlertDelivery { UserId = leaderId, Channel = DeliveryChannel.Email, NextAttemptAt = now, CreatedAt = now });
        }

        try
        {
            // Digest and deliveries together, or neither: a digest without deliveries would never be sent.
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            db.LeaderDigests.Add(digest);
            await db.SaveChangesAsync(cancellationToken);
            foreach (var d in deliveries)
            {
                d.DigestId = digest.Id;
            }

            db.AlertDeliveries.AddRange(deliveries);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another instance built this leader's digest for the day first (the unique key said so).
            return [];
        }

        return deliveries.Select(d => d.Id).ToList();
    }
}
