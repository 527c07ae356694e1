using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Crypto;
using Portal.Web.Data;

namespace Portal.Web.Features.Keys;

public enum UnlockOutcome
{
    Unlocked,
    NoKey,
    /// <summary>The key is wrapped under another password (an administrator reset it): the recovery code is needed.</summary>
    NeedsRecovery,
    Busy,
}

/// <summary>
/// Creates, unlocks and re-wraps staff key pairs. The password and recovery code reach this class only
/// for the length of one call; unwrapped private keys go straight into the <see cref="KeyRing"/>.
/// </summary>
public sealed class KeyCustody(
    IDbContextFactory<PortalDbContext> contexts, KeyRing ring, Argon2Gate gate, IOptions<KeyOptions> options, TimeProvider clock)
{
    private static readonly TimeSpan GateWait = TimeSpan.FromSeconds(20);

    internal static byte[] PasswordAd(Guid userId) => AssociatedData.For("staff-key", userId, "password");

    internal static byte[] RecoveryAd(Guid userId) => AssociatedData.For("staff-key", userId, "recovery");

    public async Task<bool> HasKeyAsync(Guid userId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.StaffKeys.AnyAsync(k => k.UserId == userId, cancellationToken);
    }

    public async Task<byte[]?> PublicKeyAsync(Guid userId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.StaffKeys.Where(k => k.UserId == userId).Select(k => k.PublicKey).FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>Creates the user's key pair, loads it into the ring, and returns the recovery code to show once.</summary>
    public async Task<(string SessionId, RecoveryCode Code)?> CreateAsync(Guid userId, string password, CancellationToken cancellationToken = default)
    {
        var key = X25519KeyPair.Generate();
        var code = RecoveryCode.Generate();
        var (ran, wraps) = await gate.RunAsync(() => Wrap(key, userId, password, code), GateWait, cancellationToken);
        if (!ran)
        {
            key.Dispose();
            return null;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.StaffKeys.Add(new StaffKey
        {
            UserId = userId, PublicKey = key.ExportPublicKey(), PasswordWrap = wraps.Password, RecoveryWrap = wraps.Recovery,
            CreatedAt = clock.GetUtcNow(),
        });
        await db.SaveChangesAsync(cancellationToken);
        return (ring.Add(userId, key), code);
    }

    /// <summary>Unwraps with the sign-in password; re-wraps on the spot when the stored Argon2 parameters are weaker than today's.</summary>
    public async Task<(UnlockOutcome Outcome, string? SessionId)> UnlockAsync(Guid userId, string password, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var stored = await db.StaffKeys.FirstOrDefaultAsync(k => k.UserId == userId, cancellationToken);
        if (stored is null)
        {
            return (UnlockOutcome.NoKey, null);
        }

        var (ran, secret) = await gate.RunAsync(
            () => KeyWrap.TryUnwrapWithPassword(stored.PasswordWrap, password, PasswordAd(userId), out var s) ? s : null,
            GateWait, cancellationToken);
        if (!ran)
        {
            return (UnlockOutcome.Busy, null);
        }

        if (secret is null)
        {
            return (UnlockOutcome.NeedsRecovery, null);
        }

        var key = ImportAndZero(secret);
        if (KeyWrap.NeedsUpgrade(stored.PasswordWrap, options.Value.PasswordParameters))
        {
            stored.PasswordWrap = WrapPassword(key, userId, password);
            await db.SaveChangesAsync(cancellationToken);
        }

        return (UnlockOutcome.Unlocked, ring.Add(userId, key));
    }

    /// <summary>
    /// After a password change: the private key, already unlocked in this session, is wrapped under the new
    /// password. Returns false when the session's key is not unlocked (then the recovery code is needed).
    /// </summary>
    public async Task<bool> RewrapForNewPasswordAsync(Guid userId, string? sessionId, string newPassword, CancellationToken cancellationToken = default)
    {
        if (!ring.TryGet(sessionId, userId, out var key))
        {
            return false;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var stored = await db.StaffKeys.FirstAsync(k => k.UserId == userId, cancellationToken);
        var (ran, wrap) = await gate.RunAsync(() => WrapPassword(key, userId, newPassword), GateWait, cancellationToken);
        if (!ran)
        {
            return false;
        }

        stored.PasswordWrap = wrap;
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>Opens the key with the person's own recovery code, re-wraps it under their current password and issues a new code.</summary>
    public async Task<(string SessionId, RecoveryCode NewCode)?> RecoverAsync(
        Guid userId, RecoveryCode code, string currentPassword, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var stored = await db.StaffKeys.FirstOrDefaultAsync(k => k.UserId == userId, cancellationToken);
        if (stored is null || !KeyWrap.TryUnwrapWithRecoveryCode(stored.RecoveryWrap, code, RecoveryAd(userId), out var secret))
        {
            return null;
        }

        var key = ImportAndZero(secret);
        var newCode = RecoveryCode.Generate();
        var (ran, wraps) = await gate.RunAsync(() => Wrap(key, userId, currentPassword, newCode), GateWait, cancellationToken);
        if (!ran)
        {
            key.Dispose();
            return null;
        }

        stored.PasswordWrap = wraps.Password;
        stored.RecoveryWrap = wraps.Recovery;
        await db.SaveChangesAsync(cancellationToken);
        return (ring.Add(userId, key), newCode);
    }

    private (byte[] Password, byte[] Recovery) Wrap(X25519KeyPair key, Guid userId, string password, RecoveryCode code)
    {
        Span<byte> secret = stackalloc byte[32];
        try
        {
            key.ExportPrivateKey(secret);
            return (KeyWrap.WrapWithPassword(secret, password, options.Value.PasswordParameters, PasswordAd(userId)),
                    KeyWrap.WrapWithRecoveryCode(secret, code, RecoveryAd(userId)));
        }
        finally
        {
            CryptographicOperations.ZeroMemory(secret);
        }
    }

    private byte[] WrapPassword(X25519KeyPair key, Guid userId, string password)
    {
        Span<byte> secret = stackalloc byte[32];
        try
        {
            key.ExportPrivateKey(secret);
            return KeyWrap.WrapWithPassword(secret, password, options.Value.PasswordParameters, PasswordAd(userId));
        }
        finally
        {
            CryptographicOperations.ZeroMemory(secret);
        }
    }

    private static X25519KeyPair ImportAndZero(byte[] secret)
    {
        try
        {
            return X25519KeyPair.Import(secret);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(secret);
        }
    }
}
