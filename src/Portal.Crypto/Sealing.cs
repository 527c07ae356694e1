using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using NSec.Cryptography;

namespace Portal.Crypto;

/// <summary>
/// Anonymous sealed box: encrypts a 32-byte secret (content key, identity key, inbox private key) to an
/// X25519 public key. A fresh ephemeral key pair is agreed with the recipient; HKDF-SHA256 with
/// salt = ephemeral public || recipient public and info = label || AD yields a single-use
/// XChaCha20-Poly1305 key and nonce. Format v1 (81 bytes):
/// <c>0x01 || ephemeral public key(32) || ciphertext(32) || tag(16)</c>; the AEAD AD is the version byte.
/// Sealing proves nothing about the sender: anyone with the public key can seal.
/// </summary>
public static class Sealing
{
    /// <summary>Version byte of the current format.</summary>
    public const byte Version1 = 1;

    /// <summary>Size of the sealed secret.</summary>
    public const int SecretSize = 32;

    /// <summary>Size of a sealed blob.</summary>
    public const int SealedSize = 1 + X25519KeyPair.PublicKeySize + SecretSize + Primitives.TagSize;

    private const int OkmSize = Primitives.KeySize + Primitives.NonceSize;

    private static ReadOnlySpan<byte> Label => "Portal.Crypto/seal/v1"u8;

    /// <summary>Seals <paramref name="secret"/> (32 bytes) to <paramref name="recipientPublicKey"/>.</summary>
    /// <exception cref="ArgumentException">Wrong sizes, empty AD, or an invalid / low-order public key.</exception>
    public static byte[] Seal(ReadOnlySpan<byte> secret, ReadOnlySpan<byte> recipientPublicKey, ReadOnlySpan<byte> associatedData)
    {
        Guard.Size(secret, SecretSize, nameof(secret));
        Guard.Size(recipientPublicKey, X25519KeyPair.PublicKeySize, nameof(recipientPublicKey));
        Guard.AssociatedData(associatedData, nameof(associatedData));
        if (!X25519KeyPair.TryImportPublicKey(recipientPublicKey, out var recipient))
        {
            throw new ArgumentException("Not a valid X25519 public key.", nameof(recipientPublicKey));
        }

        var result = new byte[SealedSize];
        result[0] = Version1;
        using var ephemeral = Key.Create(Primitives.X25519);
        var ephemeralPublic = result.AsSpan(1, X25519KeyPair.PublicKeySize);
        if (!ephemeral.PublicKey.TryExport(KeyBlobFormat.RawPublicKey, ephemeralPublic, out _))
        {
            throw new InvalidOperationException("Could not export the ephemeral public key.");
        }

        using var shared = Primitives.Agree(ephemeral, recipient!)
            ?? throw new ArgumentException("Not a valid X25519 public key.", nameof(recipientPublicKey));
        Span<byte> okm = stackalloc byte[OkmSize];
        try
        {
            Derive(shared, ephemeralPublic, recipientPublicKey, associatedData, okm);
            Primitives.Encrypt(okm[..Primitives.KeySize], okm[Primitives.KeySize..], result.AsSpan(0, 1), secret,
                result.AsSpan(1 + X25519KeyPair.PublicKeySize));
        }
        finally
        {
            CryptographicOperations.ZeroMemory(okm);
        }

        return result;
    }

    /// <summary>Seals a <see cref="SecretKey"/>; the raw key never leaves library-owned memory unzeroed.</summary>
    public static byte[] SealKey(SecretKey key, ReadOnlySpan<byte> recipientPublicKey, ReadOnlySpan<byte> associatedData)
    {
        ArgumentNullException.ThrowIfNull(key);
        return Seal(key.Bytes, recipientPublicKey, associatedData);
    }

    /// <summary>
    /// Opens a sealed secret with the recipient's key pair. False (and no hint why) if the blob is malformed,
    /// tampered with, sealed to someone else or under other associated data.
    /// </summary>
    /// <exception cref="ArgumentException">Empty associated data.</exception>
    public static bool TryOpen(ReadOnlySpan<byte> sealedSecret, X25519KeyPair recipient, ReadOnlySpan<byte> associatedData,
        [NotNullWhen(true)] out byte[]? secret)
    {
        ArgumentNullException.ThrowIfNull(recipient);
        Guard.AssociatedData(associatedData, nameof(associatedData));
        secret = null;
        if (sealedSecret.Length != SealedSize || sealedSecret[0] != Version1)
        {
            return false;
        }

        var ephemeralPublic = sealedSecret.Slice(1, X25519KeyPair.PublicKeySize);
        if (!X25519KeyPair.TryImportPublicKey(ephemeralPublic, out var ephemeral))
        {
            return false;
        }

        using var shared = Primitives.Agree(recipient.NSecKey, ephemeral!);
        if (shared is null)
        {
            return false;
        }

        var recipientPublic = recipient.ExportPublicKey();
        var output = new byte[SecretSize];
        Span<byte> okm = stackalloc byte[OkmSize];
        try
        {
            Derive(shared, ephemeralPublic, recipientPublic, associatedData, okm);
            if (!Primitives.Decrypt(okm[..Primitives.KeySize], okm[Primitives.KeySize..], sealedSecret[..1],
                    sealedSecret[(1 + X25519KeyPair.PublicKeySize)..], output))
            {
                return false;
            }
        }
        finally
        {
            CryptographicOperations.ZeroMemory(okm);
        }

        secret = output;
        return true;
    }

    /// <summary>Opens a blob made by <see cref="SealKey"/> into a <see cref="SecretKey"/>; false as for <see cref="TryOpen"/>.</summary>
    public static bool TryOpenKey(ReadOnlySpan<byte> sealedSecret, X25519KeyPair recipient, ReadOnlySpan<byte> associatedData,
        [NotNullWhen(true)] out SecretKey? key)
    {
        key = null;
        if (!TryOpen(sealedSecret, recipient, associatedData, out var raw))
        {
            return false;
        }

        try
        {
            key = SecretKey.Import(raw);
            return true;
        }
        finally
        {
            CryptographicOperations.ZeroMemory(raw);
        }
    }

    private static void Derive(SharedSecret shared, ReadOnlySpan<byte> ephemeralPublic, ReadOnlySpan<byte> recipientPublic,
        ReadOnlySpan<byte> associatedData, Span<byte> okm)
    {
        Span<byte> salt = stackalloc byte[2 * X25519KeyPair.PublicKeySize];
        ephemeralPublic.CopyTo(salt);
        recipientPublic.CopyTo(salt[X25519KeyPair.PublicKeySize..]);
        Primitives.HkdfSha256(shared, salt, Guard.Concat(Label, associatedData), okm);
    }
}
