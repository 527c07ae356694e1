using System.Text.RegularExpressions;

namespace Portal.Crypto.Tests;

public partial class RecoveryCodeTests
{
    [GeneratedRegex("^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){6}$")]
    private static partial Regex DisplayFormat();

    [Fact]
    public void Entropy_IsAtLeast128Bits_WhenComputedExactlyFromLengthAlphabetAndChecksum()
    {
        var bits = CodeChecksumTests.EntropyBits(RecoveryCode.DataLength);

        Assert.Equal(130, RecoveryCode.RawEntropyBits);
        Assert.True(bits >= 128, $"{bits} bits");
    }

    [Fact]
    public void Generate_ReturnsSevenGroupsOfFour_Always()
    {
        for (var i = 0; i < 100; i++)
        {
            Assert.Matches(DisplayFormat(), RecoveryCode.Generate().FormatForDisplay());
        }
    }

    [Fact]
    public void TryParse_RoundTrips_WhenTypedInLowerCaseWithSpaces()
    {
        var code = RecoveryCode.Generate();
        var typed = code.FormatForDisplay().ToLowerInvariant().Replace('-', ' ');

        Assert.True(RecoveryCode.TryParse(typed, out var parsed, out var error));
        Assert.Equal(CodeError.None, error);
        Assert.Equal(code.FormatForDisplay(), parsed.FormatForDisplay());
    }

    [Fact]
    public void TryParse_ReturnsChecksumMismatch_WhenAnyCharacterIsMistyped()
    {
        var canonical = RecoveryCode.Generate().FormatForDisplay().Replace("-", "", StringComparison.Ordinal);
        for (var position = 0; position < canonical.Length; position++)
        {
            foreach (var symbol in CodeAlphabet.Symbols.Where(s => s != canonical[position]))
            {
                var typo = canonical.ToCharArray();
                typo[position] = symbol;
                Assert.False(RecoveryCode.TryParse(new string(typo), out _, out var error));
                Assert.Equal(CodeError.ChecksumMismatch, error);
            }
        }
    }

    [Theory]
    [InlineData(null, CodeError.WrongLength)]
    [InlineData("ABCD", CodeError.WrongLength)]
    [InlineData("UUUU", CodeError.InvalidCharacter)]
    public void TryParse_ReportsReason_WhenInputIsBad(string? input, CodeError expected)
    {
        Assert.False(RecoveryCode.TryParse(input, out var code, out var error));
        Assert.Null(code);
        Assert.Equal(expected, error);
    }

    [Fact]
    public void TryParse_ReturnsWrongLength_WhenGivenAReceipt()
    {
        var receipt = Receipt.Generate().FormatForDisplay();

        Assert.False(RecoveryCode.TryParse(receipt, out _, out var error));
        Assert.Equal(CodeError.WrongLength, error);
    }

    [Fact]
    public void ToString_IsRedacted_Always()
    {
        Assert.Equal("RecoveryCode(redacted)", RecoveryCode.Generate().ToString());
    }
}
