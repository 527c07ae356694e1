namespace Portal.Crypto.Tests;

public class X25519KeyPairTests
{
    [Fact]
    public void Import_RestoresSamePublicKey_WhenPrivateKeyExportedIntoCallerMemory()
    {
        using var original = X25519KeyPair.Generate();
        var privateKey = new byte[X25519KeyPair.PrivateKeySize];

        original.ExportPrivateKey(privateKey);
        using var restored = X25519KeyPair.Import(privateKey);

        Assert.Equal(original.ExportPublicKey(), restored.ExportPublicKey());
        Assert.Equal(32, original.ExportPublicKey().Length);
    }

    [Fact]
    public void Generate_ReturnsDistinctKeys_WhenCalledTwice()
    {
        using var a = X25519KeyPair.Generate();
        using var b = X25519KeyPair.Generate();

        Assert.NotEqual(a.ExportPublicKey(), b.ExportPublicKey());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(31)]
    [InlineData(64)]
    public void Import_Throws_WhenSizeIsWrong(int size)
    {
        Assert.Throws<ArgumentException>(() => X25519KeyPair.Import(new byte[size]));
    }

    [Fact]
    public void ExportPrivateKey_Throws_WhenDestinationSizeIsWrong()
    {
        using var pair = X25519KeyPair.Generate();

        Assert.Throws<ArgumentException>(() => pair.ExportPrivateKey(new byte[31]));
        Assert.Throws<ArgumentException>(() => pair.ExportPrivateKey(new byte[33]));
    }

    [Fact]
    public void ToString_ShowsOnlyPublicKey_Always()
    {
        using var pair = X25519KeyPair.Generate();
        var privateKey = new byte[32];
        pair.ExportPrivateKey(privateKey);

        var text = pair.ToString();

        Assert.Contains(Convert.ToHexString(pair.ExportPublicKey()), text, StringComparison.Ordinal);
        Assert.DoesNotContain(Convert.ToHexString(privateKey), text, StringComparison.Ordinal);
    }

    [Fact]
    public void IsValidPublicKey_ReturnsTrue_WhenKeyIsGenerated()
    {
        using var pair = X25519KeyPair.Generate();

        Assert.True(X25519KeyPair.IsValidPublicKey(pair.ExportPublicKey()));
    }

    [Theory]
    [InlineData("0000000000000000000000000000000000000000000000000000000000000000")]
    [InlineData("0100000000000000000000000000000000000000000000000000000000000000")]
    [InlineData("e0eb7a7c3b41b8ae1656e3faf19fc46ada098deb9c32b1fd866205165f49b800")] // order 8
    [InlineData("ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f")] // p - 1
    public void IsValidPublicKey_ReturnsFalse_WhenPointHasLowOrder(string hex)
    {
        Assert.False(X25519KeyPair.IsValidPublicKey(TestData.Hex(hex)));
    }

    [Fact]
    public void IsValidPublicKey_ReturnsFalse_WhenTopBitIsSetOrSizeIsWrong()
    {
        using var pair = X25519KeyPair.Generate();
        var key = pair.ExportPublicKey();
        key[31] |= 0x80;

        Assert.False(X25519KeyPair.IsValidPublicKey(key));
        Assert.False(X25519KeyPair.IsValidPublicKey(new byte[31]));
    }

    [Fact]
    public void ExportPrivateKey_ThrowsObjectDisposed_WhenDisposed()
    {
        var pair = X25519KeyPair.Generate();
        pair.Dispose();

        Assert.Throws<ObjectDisposedException>(() => pair.ExportPrivateKey(new byte[32]));
        Assert.Equal("X25519KeyPair(disposed)", pair.ToString());
    }
}
