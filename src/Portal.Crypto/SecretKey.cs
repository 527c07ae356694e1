using System.Security.Cryptography;

namespace Portal.Crypto;

/// <summary>
/// A 32-byte symmetric key (report content key, identity key, file key) held in a pinned array that is
/// zeroed on <see cref="Dispose"/>. <see cref="ToString"/> never shows the key; the only way out is
/// <see cref="Export"/> into memory the caller owns (normally to seal or wrap it straight away).
/// </summary>
public sealed class SecretKey : IDisposable
{
    /// <summary>Key size in bytes.</summary>
    public const int Size = 32;

    private readonly byte[] _bytes = GC.AllocateUninitializedArray<byte>(Size, pinned: true);
    private bool _disposed;

    private SecretKey()
    {
    }

    /// <summary>A new random key from <see cref="RandomNumberGenerator"/>.</summary>
    public static SecretKey Generate()
    {
        var key = new SecretKey();
        Primitives.Fill(key._bytes);
        return key;
    }

    /// <summary>Copies 32 raw key bytes (for example just unsealed); the caller should zero its copy.</summary>
    /// <exception cref="ArgumentException">Not exactly 32 bytes.</exception>
    public static SecretKey Import(ReadOnlySpan<byte> key)
    {
        Guard.Size(key, Size, nameof(key));
        var result = new SecretKey();
        key.CopyTo(result._bytes);
        return result;
    }

    /// <summary>Copies the raw key into exactly 32 bytes of caller-owned memory, which the caller must zero.</summary>
    /// <exception cref="ArgumentException">Destination is not exactly 32 bytes.</exception>
    public void Export(Span<byte> destination)
    {
        Guard.Size(destination, Size, nameof(destination));
        Bytes.CopyTo(destination);
    }

    internal ReadOnlySpan<byte> Bytes
    {
        get
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            return _bytes;
        }
    }

    /// <summary>Zeroes the key.</summary>
    public void Dispose()
    {
        CryptographicOperations.ZeroMemory(_bytes);
        _disposed = true;
    }

    /// <summary>Never reveals key material.</summary>
    public override string ToString() => "SecretKey(redacted)";
}
