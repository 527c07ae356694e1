namespace Portal.Crypto.Tests;

public class Argon2ParametersTests
{
    [Fact]
    public void Default_Is64MiBThreePassesOneLane_Always()
    {
        Assert.Equal(65536, Argon2Parameters.Default.MemorySizeKiB);
        Assert.Equal(3, Argon2Parameters.Default.Iterations);
        Assert.Equal(1, Argon2Parameters.Default.Parallelism);
        Assert.True(Argon2Parameters.ForTests.IsWeakerThan(Argon2Parameters.Default));
    }

    [Fact]
    public void TryRead_RoundTripsToBytes_WhenParametersAreValid()
    {
        var parameters = new Argon2Parameters(262_144, 4);

        var bytes = parameters.ToBytes();

        Assert.Equal(TestData.Hex("01 00040000 0004 01"), bytes);
        Assert.True(Argon2Parameters.TryRead(bytes, out var read));
        Assert.Equal(parameters, read);
    }

    [Theory]
    [InlineData("")]
    [InlineData("01 00010000 0003")]
    [InlineData("01 00010000 0003 01 00")]
    [InlineData("02 00010000 0003 01")] // unknown algorithm id
    [InlineData("01 00000007 0003 01")] // memory below 8 KiB
    [InlineData("01 00100001 0003 01")] // memory above 1 GiB
    [InlineData("01 FFFFFFFF 0003 01")]
    [InlineData("01 00010000 0000 01")] // zero passes
    [InlineData("01 00010000 0041 01")] // 65 passes
    [InlineData("01 00010000 0003 02")] // parallelism 2
    public void TryRead_ReturnsFalse_WhenBytesAreMalformedOrOutOfRange(string hex)
    {
        Assert.False(Argon2Parameters.TryRead(TestData.Hex(hex), out var parameters));
        Assert.Null(parameters);
    }

    [Theory]
    [InlineData(7, 1, 1)]
    [InlineData(1024 * 1024 + 1, 1, 1)]
    [InlineData(8, 0, 1)]
    [InlineData(8, 65, 1)]
    [InlineData(8, 1, 2)]
    [InlineData(8, 1, 0)]
    public void Constructor_Throws_WhenOutOfRange(int memory, int iterations, int parallelism)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Argon2Parameters(memory, iterations, parallelism));
    }

    [Fact]
    public void IsWeakerThan_ComparesMemoryAndPasses_Independently()
    {
        var current = new Argon2Parameters(65536, 3);

        Assert.True(new Argon2Parameters(32768, 3).IsWeakerThan(current));
        Assert.True(new Argon2Parameters(65536, 2).IsWeakerThan(current));
        Assert.True(new Argon2Parameters(131072, 2).IsWeakerThan(current));
        Assert.False(new Argon2Parameters(65536, 3).IsWeakerThan(current));
        Assert.False(new Argon2Parameters(131072, 4).IsWeakerThan(current));
    }

    [Fact]
    public void WriteTo_Throws_WhenDestinationSizeIsWrong()
    {
        Assert.Throws<ArgumentException>(() => Argon2Parameters.Default.WriteTo(new byte[7]));
    }
}
