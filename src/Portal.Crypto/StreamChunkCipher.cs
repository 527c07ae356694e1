using System.Buffers.Binary;
using System.Security.Cryptography;
using NSec.Cryptography;

namespace Portal.Crypto;

/// <summary>
/// Per-file state of the chunked stream format (see <see cref="StreamCipher"/>): derives the file key and
/// nonce prefix from the caller's key, the header salt and the caller's AD, and encrypts or decrypts chunks
/// strictly in order. Chunk i uses nonce <c>prefix(16) || i (u64 big-endian)</c> and AEAD AD
/// <c>header(33) || final flag (0x00 or 0x01)</c>.
/// </summary>
internal sealed class StreamChunkCipher : IDisposable
{
    public const byte Version1 = 1;
    public const int SaltSize = 32;
    public const int HeaderSize = 1 + SaltSize;
    public const int ChunkSize = 64 * 1024;
    public const int EncryptedChunkSize = ChunkSize + Primitives.TagSize;

    private const int NoncePrefixSize = Primitives.NonceSize - sizeof(ulong);

    private readonly Key _key;
    private readonly byte[] _nonce = new byte[Primitives.NonceSize];
    private readonly byte[] _chunkAd = new byte[HeaderSize + 1];
    private ulong _counter;

    public StreamChunkCipher(ReadOnlySpan<byte> key, ReadOnlySpan<byte> header, ReadOnlySpan<byte> associatedData)
    {
        Span<byte> okm = stackalloc byte[Primitives.KeySize + NoncePrefixSize];
        try
        {
            Primitives.HkdfSha256(key, header[1..HeaderSize], Guard.Concat(Label, associatedData), okm);
            _key = Primitives.ImportAeadKey(okm[..Primitives.KeySize]);
            okm[Primitives.KeySize..].CopyTo(_nonce);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(okm);
        }

        header[..HeaderSize].CopyTo(_chunkAd);
    }

    private static ReadOnlySpan<byte> Label => "Portal.Crypto/stream/v1"u8;

    /// <summary>Writes a fresh header: version byte and 32 random salt bytes.</summary>
    public static void CreateHeader(Span<byte> header)
    {
        header[0] = Version1;
        Primitives.Fill(header[1..HeaderSize]);
    }

    /// <summary>Encrypts the next chunk; <paramref name="ciphertext"/> is plaintext length + 16.</summary>
    public void EncryptChunk(ReadOnlySpan<byte> plaintext, bool final, Span<byte> ciphertext)
    {
        Prepare(final);
        Primitives.Encrypt(_key, _nonce, _chunkAd, plaintext, ciphertext);
        _counter++;
    }

    /// <summary>Decrypts the next chunk; false if it is not exactly the expected chunk of this file.</summary>
    public bool TryDecryptChunk(ReadOnlySpan<byte> ciphertext, bool final, Span<byte> plaintext)
    {
        Prepare(final);
        if (!Primitives.Decrypt(_key, _nonce, _chunkAd, ciphertext, plaintext))
        {
            return false;
        }

        _counter++;
        return true;
    }

    public void Dispose()
    {
        _key.Dispose();
        CryptographicOperations.ZeroMemory(_nonce);
    }

    private void Prepare(bool final)
    {
        if (_counter == ulong.MaxValue)
        {
            throw new InvalidOperationException("Chunk counter exhausted.");
        }

        BinaryPrimitives.WriteUInt64BigEndian(_nonce.AsSpan(NoncePrefixSize), _counter);
        _chunkAd[^1] = final ? (byte)1 : (byte)0;
    }
}
