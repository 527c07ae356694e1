using System.Security.Cryptography;

namespace Portal.Crypto;

/// <summary>
/// Chunked authenticated encryption for attachments of any size with flat memory (one 64 KiB chunk).
/// Format v1: <c>header = 0x01 || salt(32, random)</c>, then chunks of <c>ciphertext || tag(16)</c>:
/// every chunk but the last holds exactly 64 KiB of plaintext; the last holds 0..64 KiB - 1 and is flagged
/// final. File key and 16-byte nonce prefix = HKDF-SHA256(key, salt, "Portal.Crypto/stream/v1" || AD);
/// chunk i nonce = prefix || i (u64 big-endian); chunk AD = header || final flag. This detects truncation
/// (missing final chunk), reordering, duplication, splicing from another file under the same key (other
/// salt), appended data, a modified header, and a file moved to another record (other AD).
/// </summary>
public static class StreamCipher
{
    /// <summary>Plaintext bytes per chunk.</summary>
    public const int ChunkSize = StreamChunkCipher.ChunkSize;

    /// <summary>Header bytes at the start of every ciphertext.</summary>
    public const int HeaderSize = StreamChunkCipher.HeaderSize;

    /// <summary>Version byte of the current format.</summary>
    public const byte Version1 = StreamChunkCipher.Version1;

    /// <summary>Write-only encrypting stream over <paramref name="destination"/>; call <see cref="EncryptingStream.Complete"/> at the end.</summary>
    /// <exception cref="ArgumentException">Destination not writable or empty AD.</exception>
    public static EncryptingStream CreateEncryptor(Stream destination, SecretKey key, ReadOnlySpan<byte> associatedData,
        bool leaveOpen = false)
    {
        ArgumentNullException.ThrowIfNull(destination);
        ArgumentNullException.ThrowIfNull(key);
        Guard.AssociatedData(associatedData, nameof(associatedData));
        if (!destination.CanWrite)
        {
            throw new ArgumentException("Destination stream is not writable.", nameof(destination));
        }

        return new EncryptingStream(destination, key, associatedData, leaveOpen);
    }

    /// <summary>Read-only decrypting stream over <paramref name="source"/>; throws <see cref="CryptographicException"/> on tampering.</summary>
    /// <exception cref="ArgumentException">Source not readable or empty AD.</exception>
    public static DecryptingStream CreateDecryptor(Stream source, SecretKey key, ReadOnlySpan<byte> associatedData,
        bool leaveOpen = false)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(key);
        Guard.AssociatedData(associatedData, nameof(associatedData));
        if (!source.CanRead)
        {
            throw new ArgumentException("Source stream is not readable.", nameof(source));
        }

        return new DecryptingStream(source, key, associatedData, leaveOpen);
    }

    /// <summary>Encrypts all of <paramref name="source"/> into <paramref name="destination"/> (both left open).</summary>
    public static void Encrypt(Stream source, Stream destination, SecretKey key, ReadOnlySpan<byte> associatedData)
    {
        ArgumentNullException.ThrowIfNull(source);
        using var encryptor = CreateEncryptor(destination, key, associatedData, leaveOpen: true);
        source.CopyTo(encryptor, ChunkSize);
        encryptor.Complete();
    }

    /// <summary>Asynchronously encrypts all of <paramref name="source"/> into <paramref name="destination"/> (both left open).</summary>
    public static Task EncryptAsync(Stream source, Stream destination, SecretKey key, ReadOnlySpan<byte> associatedData,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        var encryptor = CreateEncryptor(destination, key, associatedData, leaveOpen: true);
        return EncryptCoreAsync(source, encryptor, cancellationToken);
    }

    /// <summary>
    /// Decrypts all of <paramref name="source"/> into <paramref name="destination"/> (both left open). False if
    /// the ciphertext fails any check; whatever was written to <paramref name="destination"/> must then be discarded.
    /// </summary>
    public static bool TryDecrypt(Stream source, Stream destination, SecretKey key, ReadOnlySpan<byte> associatedData)
    {
        ArgumentNullException.ThrowIfNull(destination);
        using var decryptor = CreateDecryptor(source, key, associatedData, leaveOpen: true);
        try
        {
            decryptor.CopyTo(destination, ChunkSize);
            return true;
        }
        catch (CryptographicException)
        {
            return false;
        }
    }

    /// <summary>Asynchronous <see cref="TryDecrypt"/>.</summary>
    public static Task<bool> TryDecryptAsync(Stream source, Stream destination, SecretKey key,
        ReadOnlySpan<byte> associatedData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(destination);
        var decryptor = CreateDecryptor(source, key, associatedData, leaveOpen: true);
        return TryDecryptCoreAsync(decryptor, destination, cancellationToken);
    }

    /// <summary>Exact ciphertext length for a plaintext length (for quotas and sanity checks).</summary>
    public static long GetCiphertextLength(long plaintextLength)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(plaintextLength);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(plaintextLength, long.MaxValue / 2);
        var fullChunks = plaintextLength / ChunkSize;
        var rest = plaintextLength % ChunkSize;
        return HeaderSize + (fullChunks * StreamChunkCipher.EncryptedChunkSize) + rest + Primitives.TagSize;
    }

    /// <summary>
    /// Plaintext length of a well-formed ciphertext of the given length (e.g. for Content-Length of a
    /// download); false if no ciphertext can have that length.
    /// </summary>
    public static bool TryGetPlaintextLength(long ciphertextLength, out long plaintextLength)
    {
        plaintextLength = 0;
        if (ciphertextLength < HeaderSize + Primitives.TagSize)
        {
            return false;
        }

        var body = ciphertextLength - HeaderSize;
        var rest = body % StreamChunkCipher.EncryptedChunkSize;
        if (rest < Primitives.TagSize)
        {
            return false;
        }

        plaintextLength = (body / StreamChunkCipher.EncryptedChunkSize * ChunkSize) + rest - Primitives.TagSize;
        return true;
    }

    private static async Task EncryptCoreAsync(Stream source, EncryptingStream encryptor, CancellationToken cancellationToken)
    {
        await using (encryptor.ConfigureAwait(false))
        {
            await source.CopyToAsync(encryptor, ChunkSize, cancellationToken).ConfigureAwait(false);
            await encryptor.CompleteAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task<bool> TryDecryptCoreAsync(DecryptingStream decryptor, Stream destination,
        CancellationToken cancellationToken)
    {
        await using (decryptor.ConfigureAwait(false))
        {
            try
            {
                await decryptor.CopyToAsync(destination, ChunkSize, cancellationToken).ConfigureAwait(false);
                return true;
            }
            catch (CryptographicException)
            {
                return false;
            }
        }
    }
}
