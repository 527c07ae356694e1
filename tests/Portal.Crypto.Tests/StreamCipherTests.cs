using System.Security.Cryptography;

namespace Portal.Crypto.Tests;

public class StreamCipherTests
{
    private const int Chunk = StreamCipher.ChunkSize;

    public static TheoryData<int> Sizes => [0, 1, 100, Chunk - 1, Chunk, Chunk + 1, 2 * Chunk, 3 * Chunk + 17, 5 * 1024 * 1024 + 123];

    private static readonly byte[] FileAd = AssociatedData.For("report", TestData.ReportId, "attachment", Guid.Parse("11111111-2222-4333-8444-555555555555"));

    [Theory]
    [MemberData(nameof(Sizes))]
    public void TryDecrypt_ReturnsPlaintext_WhenRoundTripped(int size)
    {
        using var key = SecretKey.Generate();
        var plaintext = TestData.Random(size);

        var ciphertext = TestStreams.Encrypt(key, plaintext, FileAd);

        Assert.Equal(StreamCipher.GetCiphertextLength(size), ciphertext.Length);
        Assert.Equal(StreamCipher.Version1, ciphertext[0]);
        Assert.True(TestStreams.TryDecrypt(key, ciphertext, FileAd, out var decrypted));
        Assert.Equal(plaintext, decrypted);
    }

    [Theory]
    [MemberData(nameof(Sizes))]
    public async Task TryDecryptAsync_ReturnsPlaintext_WhenEncryptedAsyncThroughAwkwardStreams(int size)
    {
        using var key = SecretKey.Generate();
        var plaintext = TestData.Random(size);
        using var stored = new MemoryStream();

        await StreamCipher.EncryptAsync(new AwkwardStream(new MemoryStream(plaintext), maxRead: 1000, asyncOnly: true),
            new AwkwardStream(stored, asyncOnly: true), key, FileAd);
        stored.Position = 0;
        using var decrypted = new MemoryStream();
        var ok = await StreamCipher.TryDecryptAsync(new AwkwardStream(stored, maxRead: 777, asyncOnly: true),
            new AwkwardStream(decrypted, asyncOnly: true), key, FileAd);

        Assert.True(ok);
        Assert.Equal(plaintext, decrypted.ToArray());
    }

    [Fact]
    public void Encrypt_ProducesDifferentCiphertexts_WhenSameFileEncryptedTwice()
    {
        using var key = SecretKey.Generate();
        var plaintext = TestData.Random(1000);

        var a = TestStreams.Encrypt(key, plaintext, FileAd);
        var b = TestStreams.Encrypt(key, plaintext, FileAd);

        Assert.NotEqual(a[1..StreamCipher.HeaderSize], b[1..StreamCipher.HeaderSize]);
        Assert.NotEqual(a[StreamCipher.HeaderSize..], b[StreamCipher.HeaderSize..]);
    }

    [Fact]
    public void TryDecrypt_ReturnsFalse_WhenKeyIsWrong()
    {
        using var key = SecretKey.Generate();
        using var other = SecretKey.Generate();
        var ciphertext = TestStreams.Encrypt(key, TestData.Random(1000), FileAd);

        Assert.False(TestStreams.TryDecrypt(other, ciphertext, FileAd, out _));
    }

    [Fact]
    public void TryDecrypt_ReturnsFalse_WhenFileIsMovedToAnotherRecord()
    {
        using var key = SecretKey.Generate();
        var ciphertext = TestStreams.Encrypt(key, TestData.Random(1000), FileAd);

        Assert.False(TestStreams.TryDecrypt(key, ciphertext, AssociatedData.For("report", TestData.ReportId, "attachment", Guid.Empty), out _));
        Assert.False(TestStreams.TryDecrypt(key, ciphertext, AssociatedData.For("report", TestData.OtherReportId, "attachment",
            Guid.Parse("11111111-2222-4333-8444-555555555555")), out _));
    }

    [Theory]
    [MemberData(nameof(Sizes))]
    public void TryGetPlaintextLength_InvertsGetCiphertextLength_ForEverySize(int size)
    {
        var ciphertextLength = StreamCipher.GetCiphertextLength(size);

        Assert.True(StreamCipher.TryGetPlaintextLength(ciphertextLength, out var plaintextLength));
        Assert.Equal(size, plaintextLength);
    }

    [Fact]
    public void TryGetPlaintextLength_ReturnsFalse_WhenNoCiphertextCanHaveThatLength()
    {
        Assert.False(StreamCipher.TryGetPlaintextLength(0, out _));
        Assert.False(StreamCipher.TryGetPlaintextLength(StreamCipher.HeaderSize + 15, out _));
        Assert.False(StreamCipher.TryGetPlaintextLength(StreamCipher.HeaderSize + TestStreams.EncryptedChunk, out _));
        Assert.False(StreamCipher.TryGetPlaintextLength(StreamCipher.HeaderSize + TestStreams.EncryptedChunk + 15, out _));
        Assert.True(StreamCipher.TryGetPlaintextLength(StreamCipher.HeaderSize + 16, out var empty));
        Assert.Equal(0, empty);
    }

    [Fact]
    public void GetCiphertextLength_IsLinearWithSmallOverhead_ForLargeFiles()
    {
        const long gibibyte = 1L << 30;

        var length = StreamCipher.GetCiphertextLength(gibibyte);

        Assert.Equal(gibibyte + StreamCipher.HeaderSize + (16 * (gibibyte / Chunk)) + 16, length);
        Assert.Throws<ArgumentOutOfRangeException>(() => StreamCipher.GetCiphertextLength(-1));
    }

    [Fact]
    public void CreateEncryptor_Throws_WhenArgumentsAreInvalid()
    {
        using var key = SecretKey.Generate();
        using var readOnly = new MemoryStream([], writable: false);

        Assert.Throws<ArgumentException>(() => StreamCipher.CreateEncryptor(new MemoryStream(), key, []));
        Assert.Throws<ArgumentException>(() => StreamCipher.CreateEncryptor(readOnly, key, FileAd));
        Assert.Throws<ArgumentNullException>(() => StreamCipher.CreateEncryptor(null!, key, FileAd));
        Assert.Throws<ArgumentNullException>(() => StreamCipher.CreateEncryptor(new MemoryStream(), null!, FileAd));
    }

    [Fact]
    public void CreateDecryptor_Throws_WhenArgumentsAreInvalid()
    {
        using var key = SecretKey.Generate();

        Assert.Throws<ArgumentException>(() => StreamCipher.CreateDecryptor(new MemoryStream(), key, []));
        Assert.Throws<ArgumentException>(() => StreamCipher.CreateDecryptor(new CountingSink(), key, FileAd));
        Assert.Throws<ArgumentNullException>(() => StreamCipher.CreateDecryptor(null!, key, FileAd));
        Assert.Throws<ArgumentNullException>(() => StreamCipher.TryDecrypt(new MemoryStream(), null!, key, FileAd));
    }

    [Fact]
    public void TryDecrypt_PropagatesIoErrors_WhenSourceFails()
    {
        using var key = SecretKey.Generate();

        // An I/O failure is not tampering: it must surface as an exception, not as "false".
        Assert.Throws<IOException>(() => StreamCipher.TryDecrypt(new FailingStream(), new MemoryStream(), key, FileAd));
    }

    [Fact]
    public void CreateEncryptor_KeepsWorking_WhenCallerDisposesKeyAfterCreation()
    {
        var key = SecretKey.Generate();
        var copy = new byte[32];
        key.Export(copy);
        using var output = new MemoryStream();
        var encryptor = StreamCipher.CreateEncryptor(output, key, FileAd, leaveOpen: true);
        key.Dispose();

        encryptor.Write(new byte[70_000]);
        encryptor.Complete();
        encryptor.Dispose();

        using var again = SecretKey.Import(copy);
        Assert.True(TestStreams.TryDecrypt(again, output.ToArray(), FileAd, out var plaintext));
        Assert.Equal(70_000, plaintext.Length);
        CryptographicOperations.ZeroMemory(copy);
    }
}
