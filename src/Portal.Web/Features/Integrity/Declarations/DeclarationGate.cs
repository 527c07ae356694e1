using Microsoft.EntityFrameworkCore;
using Portal.Crypto;
using Portal.Web.Data;
using Portal.Web.Features.Keys;

namespace Portal.Web.Features.Integrity.Declarations;

public enum DeclarationAccess
{
    Opened,
    /// <summary>Neither the declarant, nor a member of the reviewers' inbox, nor (after hand-over) of the control body's.</summary>
    NotEntitled,
    /// <summary>Entitled, but the key is not unlocked in this session: sign in again.</summary>
    KeyLocked,
    NotFound,
}

/// <summary>
/// Opens a declaration's content key, by keys only: the declarant's own sealed copy, the reviewers' inbox, or
/// the control body's inbox once the declaration was handed over. A person with none of these cannot produce
/// the key, whatever page or service they call.
/// </summary>
public sealed class DeclarationGate(Inboxes inboxes, KeyRing ring)
{
    public async Task<(DeclarationAccess Access, SecretKey? Key)> OpenAsync(PortalDbContext db, Declaration d, Guid userId, string? session, CancellationToken cancellationToken)
    {
        var own = d.DeclarantUserId == userId;
        var reviewer = !own && d.ContentKeyForReviewers is not null && await IsMemberAsync(db, Inboxes.PersonnelReviewers, userId, cancellationToken);
        var control = !own && !reviewer && d.ContentKeyForControlBody is not null && d.Status == DeclarationStatus.HandedOver
            && await IsMemberAsync(db, Inboxes.ControlBody, userId, cancellationToken);
        if (!own && !reviewer && !control)
        {
            return (DeclarationAccess.NotEntitled, null);
        }

        if (!ring.TryGet(session, userId, out var personal))
        {
            return (DeclarationAccess.KeyLocked, null);
        }

        if (own)
        {
            return Sealing.TryOpenKey(d.ContentKeyForDeclarant, personal, DeclarationCipher.DeclarantKeyAd(d.Id), out var k)
                ? (DeclarationAccess.Opened, k) : (DeclarationAccess.NotEntitled, null);
        }

        var inboxId = reviewer ? Inboxes.PersonnelReviewers : Inboxes.ControlBody;
        using var inbox = await inboxes.OpenAsync(inboxId, userId, session, cancellationToken);
        var sealedKey = reviewer ? d.ContentKeyForReviewers! : d.ContentKeyForControlBody!;
        var ad = reviewer ? DeclarationCipher.ReviewersKeyAd(d.Id) : DeclarationCipher.ControlBodyKeyAd(d.Id);
        return inbox is not null && Sealing.TryOpenKey(sealedKey, inbox, ad, out var viaInbox)
            ? (DeclarationAccess.Opened, viaInbox) : (DeclarationAccess.NotEntitled, null);
    }

    public static Task<bool> IsMemberAsync(PortalDbContext db, Guid inboxId, Guid userId, CancellationToken cancellationToken) =>
        db.InboxGrants.AnyAsync(g => g.InboxId == inboxId && g.UserId == userId, cancellationToken);
}
