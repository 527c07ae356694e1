namespace Portal.Crypto.Tests;

public class ContentCipherTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(1000)]
    [InlineData(100_000)]
    public void TryDecrypt_ReturnsPlaintext_WhenRoundTripped(int length)
    {
        using var key = SecretKey.Generate();
        var plaintext = TestData.Random(length);

        var ciphertext = ContentCipher.Encrypt(key, plaintext, TestData.Ad());
        var ok = ContentCipher.TryDecrypt(key, ciphertext, TestData.Ad(), out var decrypted);

        Assert.True(ok);
        Assert.Equal(plaintext, decrypted);
        Assert.Equal(ContentCipher.GetCiphertextLength(length), ciphertext.Length);
        Assert.Equal(ContentCipher.Version1, ciphertext[0]);
    }

    [Fact]
    public void TryDecryptString_ReturnsText_WhenVietnameseRoundTripped()
    {
        using var key = SecretKey.Generate();
        const string text = "Cán bộ phòng Kế hoạch – Tài chính nhận phong bì 20 triệu đồng.";

        var ciphertext = ContentCipher.EncryptString(key, text, TestData.Ad());

        Assert.True(ContentCipher.TryDecryptString(key, ciphertext, TestData.Ad(), out var decrypted));
        Assert.Equal(text, decrypted);
    }

    [Fact]
    public void Encrypt_UsesFreshNonce_WhenSamePlaintextEncryptedTwice()
    {
        using var key = SecretKey.Generate();

        var a = ContentCipher.Encrypt(key, "same"u8, TestData.Ad());
        var b = ContentCipher.Encrypt(key, "same"u8, TestData.Ad());

        Assert.NotEqual(a, b);
    }

    [Fact]
    public void TryDecrypt_ReturnsFalse_WhenAnyByteIsFlipped()
    {
        using var key = SecretKey.Generate();
        var ciphertext = ContentCipher.Encrypt(key, TestData.Random(10), TestData.Ad());

        // Covers the version byte, every nonce byte, every ciphertext byte and every tag byte.
        foreach (var (index, mutated) in TestData.EveryByteFlipped(ciphertext))
        {
            Assert.False(ContentCipher.TryDecrypt(key, mutated, TestData.Ad(), out var plaintext), $"byte {index}");
            Assert.Null(plaintext);
        }
    }

    [Fact]
    public void TryDecrypt_ReturnsFalse_WhenTruncatedOrExtended()
    {
        using var key = SecretKey.Generate();
        var ciphertext = ContentCipher.Encrypt(key, TestData.Random(10), TestData.Ad());

        for (var length = 0; length < ciphertext.Length; length++)
        {
            Assert.False(ContentCipher.TryDecrypt(key, ciphertext.AsSpan(0, length), TestData.Ad(), out _));
        }

        Assert.False(ContentCipher.TryDecrypt(key, [.. ciphertext, 0], TestData.Ad(), out _));
    }

    [Fact]
    public void TryDecrypt_ReturnsFalse_WhenKeyIsWrong()
    {
        using var key = SecretKey.Generate();
        using var other = SecretKey.Generate();
        var ciphertext = ContentCipher.Encrypt(key, "secret"u8, TestData.Ad());

        Assert.False(ContentCipher.TryDecrypt(other, ciphertext, TestData.Ad(), out _));
    }

    [Fact]
    public void TryDecrypt_ReturnsFalse_WhenAssociatedDataDiffers()
    {
        using var key = SecretKey.Generate();
        var ciphertext = ContentCipher.Encrypt(key, "secret"u8, TestData.Ad("title"));

        Assert.False(ContentCipher.TryDecrypt(key, ciphertext, TestData.Ad("description"), out _));
        Assert.False(ContentCipher.TryDecrypt(key, ciphertext, AssociatedData.For("report", TestData.OtherReportId, "title"), out _));
    }

    [Fact]
    public void TryDecryptString_ReturnsFalse_WhenPlaintextIsNotUtf8()
    {
        using var key = SecretKey.Generate();
        var ciphertext = ContentCipher.Encrypt(key, [0xC3, 0x28], TestData.Ad());

        Assert.False(ContentCipher.TryDecryptString(key, ciphertext, TestData.Ad(), out var text));
        Assert.Null(text);
    }

    [Fact]
    public void Encrypt_Throws_WhenAssociatedDataIsEmpty()
    {
        using var key = SecretKey.Generate();

        Assert.Throws<ArgumentException>(() => ContentCipher.Encrypt(key, "x"u8, []));
        Assert.Throws<ArgumentException>(() => ContentCipher.TryDecrypt(key, new byte[60], [], out _));
    }

    [Fact]
    public void EncryptString_Throws_WhenTextIsNullOrInvalid()
    {
        using var key = SecretKey.Generate();

        Assert.Throws<ArgumentNullException>(() => ContentCipher.EncryptString(key, null!, TestData.Ad()));
        Assert.Throws<ArgumentException>(() => ContentCipher.EncryptString(key, "\ud800", TestData.Ad()));
        Assert.Throws<ArgumentNullException>(() => ContentCipher.Encrypt(null!, "x"u8, TestData.Ad()));
    }
}
