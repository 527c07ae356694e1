using Microsoft.EntityFrameworkCore;
using Portal.Crypto;
using Portal.Web.Data;
using Portal.Web.Features.Intake;
using Portal.Web.Features.Keys;

namespace Portal.Web.Features.Cases;

public enum CaseAccess
{
    Opened,
    /// <summary>The person holds neither the unit's inbox key nor a key for this case: no content.</summary>
    NotMember,
    /// <summary>The person is entitled but their key is not unlocked in this session (sign in again).</summary>
    KeyLocked,
    NotFound,
    /// <summary>Kept away by a conflict of interest: refused whatever key they hold.</summary>
    Recused,
    /// <summary>Entitled, but has not yet confirmed having no conflict of interest with this case.</summary>
    ConflictUnconfirmed,
    /// <summary>Destroyed after its retention period: only the stub is left, nothing to open.</summary>
    Destroyed,
}

/// <summary>
/// Decides who can open a case, by keys: the content key is reached through the person's own case key, or
/// through the unit's inbox while no inbox member is recused. A recusal is checked before any key is tried
/// and also removes the keys, so the refusal holds even for code that skips this gate.
/// </summary>
public sealed class CaseGate(Inboxes inboxes, KeyRing ring, StaffTags tags)
{
    internal static byte[] CaseKeyAd(Guid reportId, Guid userId) => ReportCipher.Ad(reportId, "content-key-person", userId);

    public async Task<(CaseAccess Access, SecretKey? Key)> OpenAsync(
        PortalDbContext db, Report report, Guid userId, string? session, bool requireConfirmation, CancellationToken cancellationToken)
    {
        if (await IsRecusedAsync(db, report.Id, userId, cancellationToken))
        {
            return (CaseAccess.Recused, null);
        }

        if (report.DestroyedOn is not null)
        {
            return (CaseAccess.Destroyed, null);
        }

        var personal = await db.CaseKeys.AsNoTracking().Where(k => k.ReportId == report.Id && k.UserId == userId)
            .Select(k => k.SealedKey).FirstOrDefaultAsync(cancellationToken);
        var inInbox = report.ContentKeyForInbox is not null &&
            await db.InboxGrants.AnyAsync(g => g.InboxId == report.ReceivingUnitId && g.UserId == userId, cancellationToken);
        if (personal is null && !inInbox)
        {
            return (CaseAccess.NotMember, null);
        }

        if (!ring.TryGet(session, userId, out var own))
        {
            return (CaseAccess.KeyLocked, null);
        }

        SecretKey? key = null;
        if (personal is not null && Sealing.TryOpenKey(personal, own, CaseKeyAd(report.Id, userId), out var opened))
        {
            key = opened;
        }
        else if (inInbox)
        {
            using var inbox = await inboxes.OpenAsync(report.ReceivingUnitId, userId, session, cancellationToken);
            if (inbox is not null && Sealing.TryOpenKey(report.ContentKeyForInbox, inbox, ReportCipher.Ad(report.Id, "content-key-inbox"), out var viaInbox))
            {
                key = viaInbox;
            }
        }

        if (key is null)
        {
            return (CaseAccess.NotMember, null);
        }

        if (requireConfirmation && !await db.ConflictConfirmations.AnyAsync(c => c.ReportId == report.Id && c.UserId == userId, cancellationToken))
        {
            key.Dispose();
            return (CaseAccess.ConflictUnconfirmed, null);
        }

        return (CaseAccess.Opened, key);
    }

    /// <summary>Loads a report and, for someone entitled, its content key (the caller disposes it); NotFound leaves both null.</summary>
    public async Task<(CaseAccess Access, Report? Report, SecretKey? Key)> OpenReportAsync(
        PortalDbContext db, Guid reportId, Guid userId, string? session, bool requireConfirmation, CancellationToken cancellationToken, bool tracked = false)
    {
        var query = tracked ? db.Reports : db.Reports.AsNoTracking();
        var report = await query.FirstOrDefaultAsync(r => r.Id == reportId, cancellationToken);
        if (report is null)
        {
            return (CaseAccess.NotFound, null, null);
        }

        var (access, key) = await OpenAsync(db, report, userId, session, requireConfirmation, cancellationToken);
        return (access, report, key);
    }

    public Task<bool> IsRecusedAsync(PortalDbContext db, Guid reportId, Guid userId, CancellationToken cancellationToken)
    {
        var tag = tags.For(userId);
        return db.CaseRecusals.AnyAsync(r => r.ReportId == reportId && r.UserTag == tag, cancellationToken);
    }

    /// <summary>
    /// Keeps people away from a case inside the caller's unit of work: records the recusals, removes their case
    /// keys and assignments, and when one of them holds the unit's inbox key, takes the case out of the inbox by
    /// sealing the content key to every other member instead.
    /// </summary>
    public async Task RecuseAsync(PortalDbContext db, Report report, SecretKey contentKey, IReadOnlyDictionary<Guid, RecusalReason> people,
        DateOnly day, Guid? actor, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (people.Count == 0)
        {
            return;
        }

        var ids = people.Keys.ToList();
        foreach (var (userId, reason) in people)
        {
            var tag = tags.For(userId);
            if (!await db.CaseRecusals.AnyAsync(r => r.ReportId == report.Id && r.UserTag == tag, cancellationToken))
            {
                db.CaseRecusals.Add(new CaseRecusal { ReportId = report.Id, UserTag = tag, Reason = reason, Since = day });
            }
        }

        db.CaseKeys.RemoveRange(await db.CaseKeys.Where(k => k.ReportId == report.Id && ids.Contains(k.UserId)).ToListAsync(cancellationToken));
        db.CaseAssignments.RemoveRange(await db.CaseAssignments.Where(a => a.ReportId == report.Id && ids.Contains(a.UserId)).ToListAsync(cancellationToken));
        db.ReportIdentityKeys.RemoveRange(await db.ReportIdentityKeys.Where(k => k.ReportId == report.Id && ids.Contains(k.UserId)).ToListAsync(cancellationToken));

        var members = await db.InboxGrants.Where(g => g.InboxId == report.ReceivingUnitId).Select(g => g.UserId).ToListAsync(cancellationToken);
        if (report.ContentKeyForInbox is null || !members.Any(ids.Contains))
        {
            return;
        }

        await GrantAsync(db, report, contentKey, members.Except(ids).ToList(), actor, now, cancellationToken);
        report.ContentKeyForInbox = null;
    }

    /// <summary>Seals the content key to each person who has a key pair and no case key yet (inside the caller's unit of work).</summary>
    public async Task<IReadOnlyList<Guid>> GrantAsync(PortalDbContext db, Report report, SecretKey contentKey, IReadOnlyCollection<Guid> people,
        Guid? actor, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var existing = await db.CaseKeys.Where(k => k.ReportId == report.Id && people.Contains(k.UserId)).Select(k => k.UserId).ToListAsync(cancellationToken);
        existing.AddRange(db.CaseKeys.Local.Where(k => k.ReportId == report.Id).Select(k => k.UserId));
        var keys = await db.StaffKeys.AsNoTracking().Where(k => people.Contains(k.UserId)).ToDictionaryAsync(k => k.UserId, k => k.PublicKey, cancellationToken);
        var granted = new List<Guid>();
        foreach (var (userId, publicKey) in keys.Where(k => !existing.Contains(k.Key)))
        {
            db.CaseKeys.Add(new CaseKey
            {
                ReportId = report.Id, UserId = userId, SealedKey = Sealing.SealKey(contentKey, publicKey, CaseKeyAd(report.Id, userId)),
                GrantedByUserId = actor, GrantedAt = now,
            });
            granted.Add(userId);
        }

        return granted;
    }
}
