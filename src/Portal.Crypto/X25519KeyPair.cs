using NSec.Cryptography;

namespace Portal.Crypto;

/// <summary>
/// An X25519 key pair (staff member, receiving-unit inbox, or a whistleblower's receipt-derived key).
/// The private key lives in NSec's protected memory; it leaves only through <see cref="ExportPrivateKey"/>
/// into caller-owned memory, for wrapping (<see cref="KeyWrap"/>) or sealing (<see cref="Sealing"/>).
/// </summary>
public sealed class X25519KeyPair : IDisposable
{
    /// <summary>Public key size in bytes.</summary>
    public const int PublicKeySize = Primitives.X25519KeySize;

    /// <summary>Private key size in bytes.</summary>
    public const int PrivateKeySize = Primitives.X25519KeySize;

    private readonly Key _key;
    private bool _disposed;

    private X25519KeyPair(Key key) => _key = key;

    /// <summary>A new random key pair.</summary>
    public static X25519KeyPair Generate() => new(Key.Create(Primitives.X25519, Exportable()));

    /// <summary>Imports a 32-byte raw private key (for example just unwrapped); the caller should zero its copy.</summary>
    /// <exception cref="ArgumentException">Not exactly 32 bytes.</exception>
    public static X25519KeyPair Import(ReadOnlySpan<byte> privateKey)
    {
        Guard.Size(privateKey, PrivateKeySize, nameof(privateKey));
        return new X25519KeyPair(Key.Import(Primitives.X25519, privateKey, KeyBlobFormat.RawPrivateKey, Exportable()));
    }

    /// <summary>The 32-byte public key (safe to store and publish).</summary>
    public byte[] ExportPublicKey() => NSecKey.PublicKey.Export(KeyBlobFormat.RawPublicKey);

    /// <summary>
    /// Copies the raw private key into exactly 32 bytes of caller-owned memory, which the caller must wrap or
    /// seal and then zero (<see cref="System.Security.Cryptography.CryptographicOperations.ZeroMemory"/>).
    /// </summary>
    /// <exception cref="ArgumentException">Destination is not exactly 32 bytes.</exception>
    public void ExportPrivateKey(Span<byte> destination)
    {
        Guard.Size(destination, PrivateKeySize, nameof(destination));
        if (!NSecKey.TryExport(KeyBlobFormat.RawPrivateKey, destination, out var written) || written != PrivateKeySize)
        {
            throw new InvalidOperationException("The private key could not be exported.");
        }
    }

    /// <summary>
    /// True if <paramref name="publicKey"/> is a usable X25519 public key: 32 bytes, canonical (top bit
    /// clear) and not of low order (which would make the shared secret all zero).
    /// </summary>
    public static bool IsValidPublicKey(ReadOnlySpan<byte> publicKey) => TryImportPublicKey(publicKey, out _);

    internal static bool TryImportPublicKey(ReadOnlySpan<byte> publicKey, out PublicKey? result)
    {
        result = null;
        if (publicKey.Length != PublicKeySize || (publicKey[^1] & 0x80) != 0
            || !PublicKey.TryImport(Primitives.X25519, publicKey, KeyBlobFormat.RawPublicKey, out var imported))
        {
            return false;
        }

        // Reject low-order points by trying an agreement with a throwaway key.
        using var probe = Key.Create(Primitives.X25519);
        using var shared = Primitives.Agree(probe, imported!);
        if (shared is null)
        {
            return false;
        }

        result = imported;
        return true;
    }

    private static KeyCreationParameters Exportable() => new() { ExportPolicy = KeyExportPolicies.AllowPlaintextExport };

    internal Key NSecKey
    {
        get
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            return _key;
        }
    }

    /// <summary>Releases (and zeroes) the private key.</summary>
    public void Dispose()
    {
        _disposed = true;
        _key.Dispose();
    }

    /// <summary>Shows only the public key.</summary>
    public override string ToString() =>
        _disposed ? "X25519KeyPair(disposed)" : $"X25519KeyPair(public {Convert.ToHexString(ExportPublicKey())})";
}
