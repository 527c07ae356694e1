using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Portal.Crypto;
using Portal.Web.Data;

namespace Portal.Web.Features.Keys;

public enum GrantOutcome
{
    Granted,
    AlreadyMember,
    GranterLocked,
    GranterNotMember,
    MemberHasNoKey,
    InboxExists,
}

/// <summary>
/// Unit inboxes: reports for a unit are sealed to its inbox key, whose private half is sealed to each member.
/// Membership is therefore a key, not a flag: a person without a grant cannot open the unit's reports even
/// with full database access. Only a member with an unlocked key can add a member.
/// </summary>
public sealed class Inboxes(IDbContextFactory<PortalDbContext> contexts, KeyRing ring, TimeProvider clock, Audit.AuditLog audit)
{
    /// <summary>The custodians' inbox: every reporter's identity key is sealed to it.</summary>
    public static readonly Guid IdentityVault = new("00000000-0000-0000-0000-00000000001d");

    /// <summary>The personnel reviewers' inbox: every submitted asset declaration's content key is sealed to it.</summary>
    public static readonly Guid PersonnelReviewers = new("00000000-0000-0000-0000-00000000001e");

    /// <summary>The control body's inbox: submitted declarations are sealed to it so a handed-over copy can be read there.</summary>
    public static readonly Guid ControlBody = new("00000000-0000-0000-0000-00000000001f");

    /// <summary>Inboxes that belong to no unit.</summary>
    public static IReadOnlyList<Guid> WellKnown { get; } = [IdentityVault, PersonnelReviewers, ControlBody];

    internal static byte[] GrantAd(Guid inboxId, Guid userId) => AssociatedData.For("inbox-grant", inboxId, "private-key", userId);

    /// <summary>
    /// Creates a unit's inbox with its first members. Needs no one's secret (a new key pair is sealed to public
    /// keys), so it is allowed only while the unit has no inbox: later members come through <see cref="GrantAsync"/>.
    /// </summary>
    public async Task<GrantOutcome> CreateAsync(Guid inboxId, IReadOnlyCollection<Guid> firstMembers, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.Inboxes.AnyAsync(i => i.Id == inboxId, cancellationToken))
        {
            return GrantOutcome.InboxExists;
        }

        var publicKeys = await db.StaffKeys.Where(k => firstMembers.Contains(k.UserId)).ToDictionaryAsync(k => k.UserId, k => k.PublicKey, cancellationToken);
        if (firstMembers.Count == 0 || publicKeys.Count != firstMembers.Count)
        {
            return GrantOutcome.MemberHasNoKey;
        }

        using var inbox = X25519KeyPair.Generate();
        var now = clock.GetUtcNow();
        db.Inboxes.Add(new Inbox { Id = inboxId, UnitId = WellKnown.Contains(inboxId) ? null : inboxId, PublicKey = inbox.ExportPublicKey(), CreatedAt = now });
        foreach (var (userId, publicKey) in publicKeys)
        {
            db.InboxGrants.Add(new InboxGrant { InboxId = inboxId, UserId = userId, SealedPrivateKey = Seal(inbox, publicKey, inboxId, userId), GrantedAt = now });
        }

        await db.SaveChangesAsync(cancellationToken);
        await audit.AppendAsync(Audit.AuditActions.InboxCreated, null, inboxId.ToString(), $"members={string.Join(',', publicKeys.Keys)}", cancellationToken);
        return GrantOutcome.Granted;
    }

    public async Task<GrantOutcome> GrantAsync(
        Guid inboxId, Guid granterId, string? granterSession, Guid memberId, CancellationToken cancellationToken = default)
    {
        using var inbox = await OpenAsync(inboxId, granterId, granterSession, cancellationToken);
        if (inbox is null)
        {
            return ring.TryGet(granterSession, granterId, out _) ? GrantOutcome.GranterNotMember : GrantOutcome.GranterLocked;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.InboxGrants.AnyAsync(g => g.InboxId == inboxId && g.UserId == memberId, cancellationToken))
        {
            return GrantOutcome.AlreadyMember;
        }

        var publicKey = await db.StaffKeys.Where(k => k.UserId == memberId).Select(k => k.PublicKey).FirstOrDefaultAsync(cancellationToken);
        if (publicKey is null)
        {
            return GrantOutcome.MemberHasNoKey;
        }

        db.InboxGrants.Add(new InboxGrant
        {
            InboxId = inboxId, UserId = memberId, SealedPrivateKey = Seal(inbox, publicKey, inboxId, memberId),
            GrantedByUserId = granterId, GrantedAt = clock.GetUtcNow(),
        });
        await db.SaveChangesAsync(cancellationToken);
        await audit.AppendAsync(Audit.AuditActions.InboxGranted, granterId, inboxId.ToString(), $"member={memberId}", cancellationToken);
        return GrantOutcome.Granted;
    }

    public async Task RevokeAsync(Guid inboxId, Guid memberId, Guid? actor, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.InboxGrants.Where(g => g.InboxId == inboxId && g.UserId == memberId).ExecuteDeleteAsync(cancellationToken) > 0)
        {
            await audit.AppendAsync(Audit.AuditActions.InboxRevoked, actor, inboxId.ToString(), $"member={memberId}", cancellationToken);
        }
    }

    /// <summary>The unit's inbox key pair for a member whose own key is unlocked in this session; null otherwise. The caller disposes it.</summary>
    public async Task<X25519KeyPair?> OpenAsync(Guid inboxId, Guid userId, string? sessionId, CancellationToken cancellationToken = default)
    {
        if (!ring.TryGet(sessionId, userId, out var own))
        {
            return null;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var grant = await db.InboxGrants.Where(g => g.InboxId == inboxId && g.UserId == userId)
            .Select(g => g.SealedPrivateKey).FirstOrDefaultAsync(cancellationToken);
        if (grant is null || !Sealing.TryOpen(grant, own, GrantAd(inboxId, userId), out var secret))
        {
            return null;
        }

        try
        {
            return X25519KeyPair.Import(secret);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(secret);
        }
    }

    public async Task<byte[]?> PublicKeyAsync(Guid inboxId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Inboxes.Where(i => i.Id == inboxId).Select(i => i.PublicKey).FirstOrDefaultAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<Guid>> InboxesOfAsync(Guid userId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.InboxGrants.Where(g => g.UserId == userId).Select(g => g.InboxId).ToListAsync(cancellationToken);
    }

    private static byte[] Seal(X25519KeyPair inbox, byte[] memberPublicKey, Guid inboxId, Guid memberId)
    {
        Span<byte> secret = stackalloc byte[32];
        try
        {
            inbox.ExportPrivateKey(secret);
            return Sealing.Seal(secret, memberPublicKey, GrantAd(inboxId, memberId));
        }
        finally
        {
            CryptographicOperations.ZeroMemory(secret);
        }
    }
}
