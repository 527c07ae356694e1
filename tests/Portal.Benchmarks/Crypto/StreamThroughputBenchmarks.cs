using System.Buffers.Binary;
using System.Security.Cryptography;
using BenchmarkDotNet.Attributes;
using NSec.Cryptography;
using Portal.Crypto;

namespace Portal.Benchmarks.Crypto;

/// <summary>
/// Attachment encryption: the portal's chunked stream format against the bare AEAD it is built on, over the
/// same 16 MiB, in the same run. The gap is the price of the format (copying into the chunk buffer,
/// per-chunk nonce and AD, the header, the final chunk); the target is at least 70 % of raw speed.
/// </summary>
[Config(typeof(ThroughputConfig))]
public class StreamThroughputBenchmarks
{
    public const int DataSize = 16 * 1024 * 1024;
    private const int Chunk = StreamCipher.ChunkSize;

    private readonly byte[] plaintext = new byte[DataSize];
    private readonly byte[] ciphertext = new byte[Chunk + 16];
    private readonly byte[] nonce = new byte[24];
    private readonly byte[] chunkAd = new byte[34];
    private byte[] associatedData = [];
    private Portal.Crypto.SecretKey portalKey = null!;
    private Key rawKey = null!;

    [GlobalSetup]
    public void Setup()
    {
        RandomNumberGenerator.Fill(plaintext);
        RandomNumberGenerator.Fill(nonce);
        RandomNumberGenerator.Fill(chunkAd);
        associatedData = AssociatedData.For("report", Guid.NewGuid(), "file", Guid.NewGuid());
        portalKey = Portal.Crypto.SecretKey.Generate();
        rawKey = Key.Create(AeadAlgorithm.XChaCha20Poly1305);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        portalKey.Dispose();
        rawKey.Dispose();
    }

    /// <summary>
    /// The bare AEAD with the key imported once, a counter nonce and an AD as long as the format's (34 bytes):
    /// the upper bound for any chunked XChaCha20-Poly1305 format.
    /// </summary>
    [Benchmark(Baseline = true, Description = "Raw XChaCha20-Poly1305 (NSec), 64 KiB chunks")]
    public void RawAead()
    {
        var aead = AeadAlgorithm.XChaCha20Poly1305;
        for (var offset = 0; offset < DataSize; offset += Chunk)
        {
            BinaryPrimitives.WriteUInt64BigEndian(nonce.AsSpan(16), (ulong)offset);
            aead.Encrypt(rawKey, nonce, chunkAd, plaintext.AsSpan(offset, Chunk), ciphertext);
        }
    }

    /// <summary>One 16 MiB write: the stream cuts it into chunks itself.</summary>
    [Benchmark(Description = "EncryptingStream.Write(16 MiB) + Complete")]
    public void EncryptingStreamWrite()
    {
        using var encryptor = StreamCipher.CreateEncryptor(Stream.Null, portalKey, associatedData);
        encryptor.Write(plaintext);
        encryptor.Complete();
    }

    /// <summary>What the upload endpoint does (AttachmentWriter): 64 KiB asynchronous writes.</summary>
    [Benchmark(Description = "EncryptingStream.WriteAsync(64 KiB x 256) + CompleteAsync")]
    public async Task EncryptingStreamWriteAsync()
    {
        var encryptor = StreamCipher.CreateEncryptor(Stream.Null, portalKey, associatedData);
        await using (encryptor.ConfigureAwait(false))
        {
            for (var offset = 0; offset < DataSize; offset += Chunk)
            {
                await encryptor.WriteAsync(plaintext.AsMemory(offset, Chunk)).ConfigureAwait(false);
            }

            await encryptor.CompleteAsync().ConfigureAwait(false);
        }
    }

    [Benchmark(Description = "StreamCipher.Encrypt(MemoryStream -> Stream.Null)")]
    public void StreamCipherEncrypt()
    {
        using var source = new MemoryStream(plaintext, writable: false);
        StreamCipher.Encrypt(source, Stream.Null, portalKey, associatedData);
    }
}
