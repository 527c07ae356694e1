namespace Portal.Crypto.Tests;

/// <summary>Stream doubles: non-seekable, trickling, async-only, counting, generated content.</summary>
internal static class TestStreams
{
    public const int EncryptedChunk = StreamCipher.ChunkSize + 16;

    public static byte[] Encrypt(SecretKey key, byte[] plaintext, byte[] ad)
    {
        using var output = new MemoryStream();
        StreamCipher.Encrypt(new MemoryStream(plaintext), output, key, ad);
        return output.ToArray();
    }

    public static bool TryDecrypt(SecretKey key, byte[] ciphertext, byte[] ad, out byte[] plaintext)
    {
        using var output = new MemoryStream();
        var ok = StreamCipher.TryDecrypt(new MemoryStream(ciphertext), output, key, ad);
        plaintext = output.ToArray();
        return ok;
    }

    /// <summary>Header and chunks of a ciphertext, split at the format's chunk boundaries.</summary>
    public static (byte[] Header, List<byte[]> Chunks) Split(byte[] ciphertext)
    {
        var header = ciphertext[..StreamCipher.HeaderSize];
        var chunks = ciphertext[StreamCipher.HeaderSize..].Chunk(EncryptedChunk).ToList();
        return (header, chunks);
    }

    public static byte[] Join(byte[] header, IEnumerable<byte[]> chunks) => [.. header, .. chunks.SelectMany(c => c)];
}

/// <summary>Wraps a stream: not seekable, returns at most <c>maxRead</c> bytes per read, optionally forbids sync I/O.</summary>
internal sealed class AwkwardStream(Stream inner, int maxRead = int.MaxValue, bool asyncOnly = false) : Stream
{
    public override bool CanRead => inner.CanRead;
    public override bool CanSeek => false;
    public override bool CanWrite => inner.CanWrite;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Flush()
    {
        ThrowIfAsyncOnly();
        inner.Flush();
    }

    public override Task FlushAsync(CancellationToken cancellationToken) => inner.FlushAsync(cancellationToken);

    public override int Read(byte[] buffer, int offset, int count)
    {
        ThrowIfAsyncOnly();
        return inner.Read(buffer, offset, Math.Min(count, maxRead));
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        inner.ReadAsync(buffer[..Math.Min(buffer.Length, maxRead)], cancellationToken);

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Write(byte[] buffer, int offset, int count)
    {
        ThrowIfAsyncOnly();
        inner.Write(buffer, offset, count);
    }

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default) =>
        inner.WriteAsync(buffer, cancellationToken);

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        inner.WriteAsync(buffer, offset, count, cancellationToken);

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    private void ThrowIfAsyncOnly()
    {
        if (asyncOnly)
        {
            throw new InvalidOperationException("Synchronous operations are disallowed (like Kestrel request bodies).");
        }
    }
}

/// <summary>Write-only sink that only counts bytes.</summary>
internal sealed class CountingSink : Stream
{
    public long Count { get; private set; }

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => Count;
    public override long Position { get => Count; set => throw new NotSupportedException(); }

    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => Count += count;

    public override void Write(ReadOnlySpan<byte> buffer) => Count += buffer.Length;
}

/// <summary>Readable stream whose reads fail like a broken disk or network.</summary>
internal sealed class FailingStream : Stream
{
    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new IOException("disk error");

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
