namespace Portal.Crypto.Tests;

public class EncryptingStreamTests
{
    private const int Chunk = StreamCipher.ChunkSize;
    private static readonly byte[] FileAd = TestData.Ad("attachment");

    [Fact]
    public void Dispose_LeavesUndecryptableCiphertext_WhenCompleteWasNotCalled()
    {
        using var key = SecretKey.Generate();
        foreach (var size in new[] { 0, 10, Chunk, (2 * Chunk) + 5 })
        {
            using var output = new MemoryStream();
            using (var encryptor = StreamCipher.CreateEncryptor(output, key, FileAd, leaveOpen: true))
            {
                encryptor.Write(TestData.Random(size)); // e.g. the upload was aborted here
            }

            Assert.False(TestStreams.TryDecrypt(key, output.ToArray(), FileAd, out _), $"size {size}");
        }
    }

    [Fact]
    public void Write_EmitsCiphertextProgressively_WhenFedMegabytes()
    {
        using var key = SecretKey.Generate();
        var sink = new CountingSink();
        using var encryptor = StreamCipher.CreateEncryptor(sink, key, FileAd);
        var block = new byte[10_000];

        for (var written = 0L; written < 4 * 1024 * 1024; written += block.Length)
        {
            encryptor.Write(block);
            var emittedPlaintext = sink.Count == 0 ? 0 : (sink.Count - StreamCipher.HeaderSize) / (Chunk + 16) * Chunk;
            Assert.InRange(encryptor.PlaintextLength - emittedPlaintext, 0, Chunk); // at most one chunk held back
        }

        encryptor.Complete();
        Assert.Equal(StreamCipher.GetCiphertextLength(encryptor.PlaintextLength), sink.Count);
    }

    [Fact]
    public void Write_AllocatesAlmostNothing_WhenEncrypting64MiB()
    {
        using var key = SecretKey.Generate();
        var block = new byte[81_920];
        var sink = new CountingSink();
        using (var warmup = StreamCipher.CreateEncryptor(new CountingSink(), key, FileAd))
        {
            warmup.Write(block);
            warmup.Complete();
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        using (var encryptor = StreamCipher.CreateEncryptor(sink, key, FileAd))
        {
            for (var i = 0; i < 64 * 1024 * 1024 / block.Length; i++)
            {
                encryptor.Write(block);
            }

            encryptor.Complete();
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(allocated < 512 * 1024, $"{allocated} bytes allocated");
        Assert.True(sink.Count > 64 * 1024 * 1024);
    }

    [Fact]
    public async Task CompleteAsync_NeverUsesSynchronousIo_WhenDestinationIsAsyncOnly()
    {
        using var key = SecretKey.Generate();
        using var stored = new MemoryStream();
        var plaintext = TestData.Random((2 * Chunk) + 3);

        await using (var encryptor = StreamCipher.CreateEncryptor(new AwkwardStream(stored, asyncOnly: true), key, FileAd))
        {
            await encryptor.WriteAsync(plaintext);
            await encryptor.CompleteAsync();
        }

        Assert.True(TestStreams.TryDecrypt(key, stored.ToArray(), FileAd, out var decrypted));
        Assert.Equal(plaintext, decrypted);
    }

    [Fact]
    public void Write_AcceptsAnyWriteSizes_WhenMixingByteArrayAndByteWrites()
    {
        using var key = SecretKey.Generate();
        var plaintext = TestData.Random((3 * Chunk) + 11);
        using var stored = new MemoryStream();
        using (var encryptor = StreamCipher.CreateEncryptor(stored, key, FileAd, leaveOpen: true))
        {
            var offset = 0;
            var step = 1;
            while (offset < plaintext.Length)
            {
                var count = Math.Min(step, plaintext.Length - offset);
                if (count == 1)
                {
                    encryptor.WriteByte(plaintext[offset]);
                }
                else
                {
                    encryptor.Write(plaintext, offset, count);
                }

                offset += count;
                step = (step * 7 % 70_001) + 1;
            }

            encryptor.Complete();
        }

        Assert.True(TestStreams.TryDecrypt(key, stored.ToArray(), FileAd, out var decrypted));
        Assert.Equal(plaintext, decrypted);
    }

    [Fact]
    public void Write_Throws_WhenCompletedOrDisposed()
    {
        using var key = SecretKey.Generate();
        var encryptor = StreamCipher.CreateEncryptor(new MemoryStream(), key, FileAd);
        encryptor.Complete();

        Assert.True(encryptor.IsCompleted);
        Assert.False(encryptor.CanWrite);
        Assert.Throws<InvalidOperationException>(() => encryptor.Write([1]));
        Assert.Throws<InvalidOperationException>(encryptor.Complete);
        encryptor.Dispose();
        Assert.Throws<ObjectDisposedException>(() => encryptor.Write([1]));
    }

    [Fact]
    public void Stream_IsWriteOnlyAndNotSeekable_Always()
    {
        using var key = SecretKey.Generate();
        using var encryptor = StreamCipher.CreateEncryptor(new MemoryStream(), key, FileAd);

        Assert.False(encryptor.CanRead);
        Assert.False(encryptor.CanSeek);
        Assert.True(encryptor.CanWrite);
        Assert.Throws<NotSupportedException>(() => encryptor.Read(new byte[1], 0, 1));
        Assert.Throws<NotSupportedException>(() => encryptor.Length);
        Assert.Throws<NotSupportedException>(() => encryptor.Seek(0, SeekOrigin.Begin));
    }

    [Fact]
    public void Dispose_ClosesDestination_UnlessLeaveOpen()
    {
        using var key = SecretKey.Generate();
        var closed = new MemoryStream();
        var open = new MemoryStream();

        StreamCipher.CreateEncryptor(closed, key, FileAd).Dispose();
        StreamCipher.CreateEncryptor(open, key, FileAd, leaveOpen: true).Dispose();

        Assert.False(closed.CanWrite);
        Assert.True(open.CanWrite);
    }
}
