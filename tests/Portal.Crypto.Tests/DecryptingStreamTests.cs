using System.Security.Cryptography;

namespace Portal.Crypto.Tests;

public class DecryptingStreamTests
{
    private const int Chunk = StreamCipher.ChunkSize;
    private static readonly byte[] FileAd = TestData.Ad("attachment");

    [Fact]
    public void Read_ReturnsPlaintext_WhenReadOneByteAtATimeFromTricklingSource()
    {
        using var key = SecretKey.Generate();
        var plaintext = TestData.Random(Chunk + 300);
        var ciphertext = TestStreams.Encrypt(key, plaintext, FileAd);
        using var decryptor = StreamCipher.CreateDecryptor(new AwkwardStream(new MemoryStream(ciphertext), maxRead: 5), key, FileAd);

        var result = new List<byte>();
        int value;
        while ((value = decryptor.ReadByte()) >= 0)
        {
            result.Add((byte)value);
        }

        Assert.Equal(plaintext, result);
        Assert.Equal(0, decryptor.Read(new byte[10]));
    }

    [Fact]
    public async Task ReadAsync_ReturnsPlaintext_WhenSourceIsAsyncOnly()
    {
        using var key = SecretKey.Generate();
        var plaintext = TestData.Random((2 * Chunk) + 1);
        var ciphertext = TestStreams.Encrypt(key, plaintext, FileAd);
        await using var decryptor = StreamCipher.CreateDecryptor(new AwkwardStream(new MemoryStream(ciphertext), asyncOnly: true), key, FileAd);
        using var output = new MemoryStream();

        await decryptor.CopyToAsync(output);

        Assert.Equal(plaintext, output.ToArray());
    }

    [Fact]
    public void Read_ThrowsCryptographicExceptionAndStaysFailed_WhenTampered()
    {
        using var key = SecretKey.Generate();
        var ciphertext = TestStreams.Encrypt(key, TestData.Random((2 * Chunk) + 5), FileAd);
        ciphertext[StreamCipher.HeaderSize + Chunk + 16 + 3] ^= 1; // inside chunk 1
        using var decryptor = StreamCipher.CreateDecryptor(new MemoryStream(ciphertext), key, FileAd);
        var buffer = new byte[Chunk];

        Assert.Equal(Chunk, decryptor.ReadAtLeast(buffer, Chunk)); // chunk 0 is authentic
        var first = Assert.Throws<CryptographicException>(() => decryptor.Read(buffer));
        var second = Assert.Throws<CryptographicException>(() => decryptor.Read(buffer));
        Assert.Equal(first.Message, second.Message);
    }

    [Fact]
    public void Read_ThrowsSameMessage_ForEveryKindOfFailure()
    {
        using var key = SecretKey.Generate();
        using var otherKey = SecretKey.Generate();
        var ciphertext = TestStreams.Encrypt(key, TestData.Random(Chunk + 10), FileAd);
        var flipped = (byte[])ciphertext.Clone();
        flipped[^1] ^= 1;
        var versionChanged = (byte[])ciphertext.Clone();
        versionChanged[0] = 2;

        var messages = new[]
        {
            ReadFailure(key, ciphertext[..(StreamCipher.HeaderSize + Chunk + 16)], FileAd), // truncated
            ReadFailure(key, [.. ciphertext, 0], FileAd),                               // appended
            ReadFailure(key, flipped, FileAd),                                          // tag
            ReadFailure(key, versionChanged, FileAd),                                   // version
            ReadFailure(key, [], FileAd),                                               // empty
            ReadFailure(otherKey, ciphertext, FileAd),                                  // key
            ReadFailure(key, ciphertext, TestData.Ad("other")),                         // AD
        };

        Assert.Single(messages.Distinct());
    }

    [Fact]
    public void Stream_IsReadOnlyAndNotSeekable_Always()
    {
        using var key = SecretKey.Generate();
        using var decryptor = StreamCipher.CreateDecryptor(new MemoryStream(), key, FileAd);

        Assert.True(decryptor.CanRead);
        Assert.False(decryptor.CanWrite);
        Assert.False(decryptor.CanSeek);
        Assert.Throws<NotSupportedException>(() => decryptor.Write(new byte[1], 0, 1));
        Assert.Throws<NotSupportedException>(() => decryptor.Position);
    }

    [Fact]
    public void Read_ThrowsObjectDisposed_WhenDisposed()
    {
        using var key = SecretKey.Generate();
        var decryptor = StreamCipher.CreateDecryptor(new MemoryStream(), key, FileAd);
        decryptor.Dispose();

        Assert.Throws<ObjectDisposedException>(() => decryptor.Read(new byte[1]));
        Assert.False(decryptor.CanRead);
    }

    private static string ReadFailure(SecretKey key, byte[] ciphertext, byte[] ad)
    {
        using var decryptor = StreamCipher.CreateDecryptor(new MemoryStream(ciphertext), key, ad);
        return Assert.Throws<CryptographicException>(() => decryptor.CopyTo(Stream.Null)).Message;
    }
}
