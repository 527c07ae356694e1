namespace Portal.Crypto.Tests;

public class SecretKeyTests
{
    [Fact]
    public void Generate_ReturnsDistinctKeys_WhenCalledTwice()
    {
        using var a = SecretKey.Generate();
        using var b = SecretKey.Generate();
        var bytesA = new byte[SecretKey.Size];
        var bytesB = new byte[SecretKey.Size];

        a.Export(bytesA);
        b.Export(bytesB);

        Assert.NotEqual(bytesA, bytesB);
    }

    [Fact]
    public void Import_RoundTripsThroughExport_WhenGiven32Bytes()
    {
        var raw = TestData.Random(32);
        using var key = SecretKey.Import(raw);
        var exported = new byte[32];

        key.Export(exported);

        Assert.Equal(raw, exported);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(31)]
    [InlineData(33)]
    public void Import_Throws_WhenSizeIsWrong(int size)
    {
        Assert.Throws<ArgumentException>(() => SecretKey.Import(new byte[size]));
    }

    [Fact]
    public void Export_Throws_WhenDestinationSizeIsWrong()
    {
        using var key = SecretKey.Generate();

        Assert.Throws<ArgumentException>(() => key.Export(new byte[31]));
    }

    [Fact]
    public void ToString_HidesKey_Always()
    {
        using var key = SecretKey.Import(new byte[32]);

        Assert.Equal("SecretKey(redacted)", key.ToString());
    }

    [Fact]
    public void Export_ThrowsObjectDisposed_WhenDisposed()
    {
        var key = SecretKey.Generate();
        key.Dispose();

        Assert.Throws<ObjectDisposedException>(() => key.Export(new byte[32]));
    }
}
