using Portal.Web.Data;

namespace Portal.Web.Features.Keys;

/// <summary>
/// A staff member's X25519 key pair. Only the public half is readable from the database; the private half
/// is stored twice, wrapped under a key derived from their password and under their recovery code.
/// </summary>
public sealed class StaffKey : IVersioned
{
    public Guid UserId { get; set; }
    public required byte[] PublicKey { get; set; }
    public required byte[] PasswordWrap { get; set; }
    public required byte[] RecoveryWrap { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public long Version { get; set; }
}

/// <summary>
/// A shared key pair whose private half is sealed to each member. A receiving unit's inbox has the unit's id
/// (reports for the unit are sealed to it); the identity vault, whose members are the custodians, has
/// <see cref="Inboxes.IdentityVault"/> (reporters' identity keys are sealed to it).
/// </summary>
public sealed class Inbox
{
    public Guid Id { get; set; }
    public Guid? UnitId { get; set; }
    public required byte[] PublicKey { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>The inbox's private key sealed to one member's public key: holding this row is being able to open what the inbox receives.</summary>
public sealed class InboxGrant
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid InboxId { get; set; }
    public Guid UserId { get; set; }
    public required byte[] SealedPrivateKey { get; set; }
    public Guid? GrantedByUserId { get; set; }
    public DateTimeOffset GrantedAt { get; set; }
}
