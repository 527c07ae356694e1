namespace Portal.Crypto.Tests;

public class SealingTests
{
    [Fact]
    public void TryOpen_ReturnsSecret_WhenOpenedByRecipient()
    {
        using var recipient = X25519KeyPair.Generate();
        var secret = TestData.Random(32);

        var sealedSecret = Sealing.Seal(secret, recipient.ExportPublicKey(), TestData.Ad("content-key"));

        Assert.Equal(Sealing.SealedSize, sealedSecret.Length);
        Assert.Equal(Sealing.Version1, sealedSecret[0]);
        Assert.True(Sealing.TryOpen(sealedSecret, recipient, TestData.Ad("content-key"), out var opened));
        Assert.Equal(secret, opened);
    }

    [Fact]
    public void TryOpenKey_ReturnsUsableKey_WhenSealedWithSealKey()
    {
        using var recipient = X25519KeyPair.Generate();
        using var key = SecretKey.Generate();
        var ciphertext = ContentCipher.Encrypt(key, "nội dung"u8, TestData.Ad());

        var sealedKey = Sealing.SealKey(key, recipient.ExportPublicKey(), TestData.Ad("content-key"));

        Assert.True(Sealing.TryOpenKey(sealedKey, recipient, TestData.Ad("content-key"), out var opened));
        using (opened)
        {
            Assert.True(ContentCipher.TryDecrypt(opened, ciphertext, TestData.Ad(), out _));
        }
    }

    [Fact]
    public void Seal_ProducesDifferentBlobs_WhenSealingSameSecretTwice()
    {
        using var recipient = X25519KeyPair.Generate();
        var secret = TestData.Random(32);

        var a = Sealing.Seal(secret, recipient.ExportPublicKey(), TestData.Ad());
        var b = Sealing.Seal(secret, recipient.ExportPublicKey(), TestData.Ad());

        Assert.NotEqual(a, b);
    }

    [Fact]
    public void TryOpen_ReturnsFalse_WhenAnyByteIsFlipped()
    {
        using var recipient = X25519KeyPair.Generate();
        var sealedSecret = Sealing.Seal(TestData.Random(32), recipient.ExportPublicKey(), TestData.Ad());

        // Version, ephemeral public key, ciphertext and tag.
        foreach (var (index, mutated) in TestData.EveryByteFlipped(sealedSecret))
        {
            Assert.False(Sealing.TryOpen(mutated, recipient, TestData.Ad(), out var secret), $"byte {index}");
            Assert.Null(secret);
        }
    }

    [Fact]
    public void TryOpen_ReturnsFalse_WhenTruncatedOrExtended()
    {
        using var recipient = X25519KeyPair.Generate();
        var sealedSecret = Sealing.Seal(TestData.Random(32), recipient.ExportPublicKey(), TestData.Ad());

        Assert.False(Sealing.TryOpen(sealedSecret.AsSpan(0, Sealing.SealedSize - 1), recipient, TestData.Ad(), out _));
        Assert.False(Sealing.TryOpen([.. sealedSecret, 0], recipient, TestData.Ad(), out _));
        Assert.False(Sealing.TryOpen([], recipient, TestData.Ad(), out _));
    }

    [Fact]
    public void TryOpen_ReturnsFalse_WhenRecipientIsWrong()
    {
        using var recipient = X25519KeyPair.Generate();
        using var other = X25519KeyPair.Generate();
        var sealedSecret = Sealing.Seal(TestData.Random(32), recipient.ExportPublicKey(), TestData.Ad());

        Assert.False(Sealing.TryOpen(sealedSecret, other, TestData.Ad(), out _));
    }

    [Fact]
    public void TryOpen_ReturnsFalse_WhenAssociatedDataDiffers()
    {
        using var recipient = X25519KeyPair.Generate();
        var sealedSecret = Sealing.Seal(TestData.Random(32), recipient.ExportPublicKey(), TestData.Ad("content-key"));

        Assert.False(Sealing.TryOpen(sealedSecret, recipient, TestData.Ad("identity-key"), out _));
        Assert.False(Sealing.TryOpen(sealedSecret, recipient,
            AssociatedData.For("report", TestData.OtherReportId, "content-key"), out _));
    }

    [Fact]
    public void TryOpen_ReturnsFalse_WhenEphemeralKeyReplacedByLowOrderPoint()
    {
        using var recipient = X25519KeyPair.Generate();
        var sealedSecret = Sealing.Seal(TestData.Random(32), recipient.ExportPublicKey(), TestData.Ad());
        Array.Clear(sealedSecret, 1, 32);

        Assert.False(Sealing.TryOpen(sealedSecret, recipient, TestData.Ad(), out _));
    }

    [Fact]
    public void Seal_Throws_WhenInputsAreInvalid()
    {
        using var recipient = X25519KeyPair.Generate();
        var publicKey = recipient.ExportPublicKey();

        Assert.Throws<ArgumentException>(() => Sealing.Seal(new byte[31], publicKey, TestData.Ad()));
        Assert.Throws<ArgumentException>(() => Sealing.Seal(new byte[33], publicKey, TestData.Ad()));
        Assert.Throws<ArgumentException>(() => Sealing.Seal(new byte[32], new byte[31], TestData.Ad()));
        Assert.Throws<ArgumentException>(() => Sealing.Seal(new byte[32], new byte[32], TestData.Ad()));
        Assert.Throws<ArgumentException>(() => Sealing.Seal(new byte[32], publicKey, []));
        Assert.Throws<ArgumentException>(() => Sealing.TryOpen(new byte[81], recipient, [], out _));
        Assert.Throws<ArgumentNullException>(() => Sealing.TryOpen(new byte[81], null!, TestData.Ad(), out _));
    }
}
