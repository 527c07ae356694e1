using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;

namespace Portal.Crypto;

/// <summary>
/// Wraps a 32-byte secret (normally an <see cref="X25519KeyPair"/> private key) under a password or a
/// <see cref="RecoveryCode"/>. Both formats start <c>version 0x01 || kind</c> and end
/// <c>nonce(24) || ciphertext(32) || tag(16)</c>; the AEAD AD is the header (everything before the nonce)
/// followed by the caller's AD, so parameters, salt and owner cannot be swapped.
/// <list type="bullet">
/// <item>Password (kind 0x01, 98 bytes): header <c>0x01 0x01 || Argon2 parameters(8) || salt(16)</c>;
/// key-encryption key = Argon2id(password, salt, parameters).</item>
/// <item>Recovery code (kind 0x02, 90 bytes): header <c>0x01 0x02 || salt(16)</c>; key-encryption key =
/// HKDF-SHA256(code, salt, "Portal.Crypto/keywrap/recovery/v1"). A fast KDF is enough because the code
/// carries about 130 bits of entropy: brute force is infeasible however cheap each guess is.</item>
/// </list>
/// </summary>
public static class KeyWrap
{
    /// <summary>Version byte of the current formats.</summary>
    public const byte Version1 = 1;

    /// <summary>Size of a wrapped secret.</summary>
    public const int SecretSize = 32;

    /// <summary>Size of a password-wrapped blob.</summary>
    public const int PasswordBlobSize = PasswordHeaderSize + Primitives.NonceSize + SecretSize + Primitives.TagSize;

    /// <summary>Size of a recovery-code-wrapped blob.</summary>
    public const int RecoveryBlobSize = RecoveryHeaderSize + Primitives.NonceSize + SecretSize + Primitives.TagSize;

    private const byte KindPassword = 1;
    private const byte KindRecovery = 2;
    private const int SaltSize = 16;
    private const int PasswordHeaderSize = 2 + Argon2Parameters.SerializedSize + SaltSize;
    private const int RecoveryHeaderSize = 2 + SaltSize;

    private static ReadOnlySpan<byte> RecoveryLabel => "Portal.Crypto/keywrap/recovery/v1"u8;

    /// <summary>Wraps <paramref name="secret"/> under <paramref name="password"/> with a fresh random salt.</summary>
    /// <exception cref="ArgumentException">Secret not 32 bytes, empty or invalid password, empty AD.</exception>
    public static byte[] WrapWithPassword(ReadOnlySpan<byte> secret, ReadOnlySpan<char> password,
        Argon2Parameters parameters, ReadOnlySpan<byte> associatedData)
    {
        Guard.Size(secret, SecretSize, nameof(secret));
        ArgumentNullException.ThrowIfNull(parameters);
        Guard.AssociatedData(associatedData, nameof(associatedData));
        var blob = new byte[PasswordBlobSize];
        blob[0] = Version1;
        blob[1] = KindPassword;
        parameters.WriteTo(blob.AsSpan(2, Argon2Parameters.SerializedSize));
        var salt = blob.AsSpan(2 + Argon2Parameters.SerializedSize, SaltSize);
        Primitives.Fill(salt);
        Span<byte> kek = stackalloc byte[Primitives.KeySize];
        try
        {
            PasswordKeyDerivation.DeriveKey(password, salt, parameters, kek);
            Encrypt(blob, PasswordHeaderSize, kek, secret, associatedData);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(kek);
        }

        return blob;
    }

    /// <summary>
    /// Unwraps a password blob. False for a wrong password, wrong AD, tampering or a malformed blob,
    /// without saying which. The caller must zero <paramref name="secret"/> after use.
    /// </summary>
    /// <exception cref="ArgumentException">Empty or invalid password, empty AD.</exception>
    public static bool TryUnwrapWithPassword(ReadOnlySpan<byte> blob, ReadOnlySpan<char> password,
        ReadOnlySpan<byte> associatedData, [NotNullWhen(true)] out byte[]? secret)
    {
        Guard.AssociatedData(associatedData, nameof(associatedData));
        if (password.IsEmpty || password.Length > PasswordKeyDerivation.MaxPasswordLength)
        {
            throw new ArgumentException("Password must not be empty or too long.", nameof(password));
        }

        secret = null;
        if (!TryReadParameters(blob, out var parameters))
        {
            return false;
        }

        Span<byte> kek = stackalloc byte[Primitives.KeySize];
        try
        {
            PasswordKeyDerivation.DeriveKey(password, blob.Slice(2 + Argon2Parameters.SerializedSize, SaltSize), parameters, kek);
            return TryDecrypt(blob, PasswordHeaderSize, kek, associatedData, out secret);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(kek);
        }
    }

    /// <summary>The Argon2 parameters stored in a password blob; false if it is not a valid password blob.</summary>
    public static bool TryReadParameters(ReadOnlySpan<byte> blob, [NotNullWhen(true)] out Argon2Parameters? parameters)
    {
        parameters = null;
        return blob.Length == PasswordBlobSize && blob[0] == Version1 && blob[1] == KindPassword
            && Argon2Parameters.TryRead(blob.Slice(2, Argon2Parameters.SerializedSize), out parameters);
    }

    /// <summary>
    /// True if the blob was wrapped with parameters weaker than <paramref name="current"/>: after a successful
    /// unwrap at sign-in, wrap the secret again with <see cref="WrapWithPassword"/> and store the new blob.
    /// </summary>
    /// <exception cref="ArgumentException">Not a password blob of a known version.</exception>
    public static bool NeedsUpgrade(ReadOnlySpan<byte> blob, Argon2Parameters current)
    {
        ArgumentNullException.ThrowIfNull(current);
        if (!TryReadParameters(blob, out var stored))
        {
            throw new ArgumentException("Not a password-wrapped key of a known version.", nameof(blob));
        }

        return stored.IsWeakerThan(current);
    }

    /// <summary>Wraps <paramref name="secret"/> under a recovery code with a fresh random salt.</summary>
    /// <exception cref="ArgumentException">Secret not 32 bytes or empty AD.</exception>
    public static byte[] WrapWithRecoveryCode(ReadOnlySpan<byte> secret, RecoveryCode code, ReadOnlySpan<byte> associatedData)
    {
        Guard.Size(secret, SecretSize, nameof(secret));
        ArgumentNullException.ThrowIfNull(code);
        Guard.AssociatedData(associatedData, nameof(associatedData));
        var blob = new byte[RecoveryBlobSize];
        blob[0] = Version1;
        blob[1] = KindRecovery;
        Primitives.Fill(blob.AsSpan(2, SaltSize));
        Span<byte> kek = stackalloc byte[Primitives.KeySize];
        try
        {
            DeriveRecoveryKey(code, blob.AsSpan(2, SaltSize), kek);
            Encrypt(blob, RecoveryHeaderSize, kek, secret, associatedData);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(kek);
        }

        return blob;
    }

    /// <summary>Unwraps a recovery blob; false as for <see cref="TryUnwrapWithPassword"/>.</summary>
    /// <exception cref="ArgumentException">Empty AD.</exception>
    public static bool TryUnwrapWithRecoveryCode(ReadOnlySpan<byte> blob, RecoveryCode code,
        ReadOnlySpan<byte> associatedData, [NotNullWhen(true)] out byte[]? secret)
    {
        ArgumentNullException.ThrowIfNull(code);
        Guard.AssociatedData(associatedData, nameof(associatedData));
        secret = null;
        if (blob.Length != RecoveryBlobSize || blob[0] != Version1 || blob[1] != KindRecovery)
        {
            return false;
        }

        Span<byte> kek = stackalloc byte[Primitives.KeySize];
        try
        {
            DeriveRecoveryKey(code, blob.Slice(2, SaltSize), kek);
            return TryDecrypt(blob, RecoveryHeaderSize, kek, associatedData, out secret);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(kek);
        }
    }

    private static void DeriveRecoveryKey(RecoveryCode code, ReadOnlySpan<byte> salt, Span<byte> kek)
    {
        var material = code.CanonicalBytes();
        try
        {
            Primitives.HkdfSha256(material, salt, RecoveryLabel, kek);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(material);
        }
    }

    private static void Encrypt(byte[] blob, int headerSize, ReadOnlySpan<byte> kek, ReadOnlySpan<byte> secret,
        ReadOnlySpan<byte> associatedData)
    {
        var nonce = blob.AsSpan(headerSize, Primitives.NonceSize);
        Primitives.Fill(nonce);
        var aeadAd = Guard.Concat(blob.AsSpan(0, headerSize), associatedData);
        Primitives.Encrypt(kek, nonce, aeadAd, secret, blob.AsSpan(headerSize + Primitives.NonceSize));
    }

    private static bool TryDecrypt(ReadOnlySpan<byte> blob, int headerSize, ReadOnlySpan<byte> kek,
        ReadOnlySpan<byte> associatedData, [NotNullWhen(true)] out byte[]? secret)
    {
        secret = null;
        var output = new byte[SecretSize];
        var aeadAd = Guard.Concat(blob[..headerSize], associatedData);
        if (!Primitives.Decrypt(kek, blob.Slice(headerSize, Primitives.NonceSize), aeadAd,
                blob[(headerSize + Primitives.NonceSize)..], output))
        {
            return false;
        }

        secret = output;
        return true;
    }
}
