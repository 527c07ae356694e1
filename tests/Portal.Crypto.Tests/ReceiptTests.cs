using System.Text.RegularExpressions;

namespace Portal.Crypto.Tests;

public partial class ReceiptTests
{
    private const int SampleSize = 200;

    [GeneratedRegex("^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){4}$")]
    private static partial Regex DisplayFormat();

    [Fact]
    public void Entropy_IsAtLeast80Bits_WhenComputedExactlyFromLengthAlphabetAndChecksum()
    {
        var bits = CodeChecksumTests.EntropyBits(Receipt.DataLength);

        Assert.Equal(90, Receipt.RawEntropyBits);
        Assert.True(bits >= 80, $"{bits} bits");
        Assert.InRange(bits, 89.5, 89.7); // 90 + 2 log2(32/37)
    }

    [Fact]
    public void Generate_ReturnsFiveGroupsOfFour_Always()
    {
        for (var i = 0; i < SampleSize; i++)
        {
            Assert.Matches(DisplayFormat(), Receipt.Generate().FormatForDisplay());
        }
    }

    [Fact]
    public void Generate_ReturnsDistinctReceipts_WhenCalledManyTimes()
    {
        var seen = Enumerable.Range(0, 10_000).Select(_ => Receipt.Generate().FormatForDisplay()).ToHashSet();

        Assert.Equal(10_000, seen.Count);
    }

    [Fact]
    public void TryNormalise_AcceptsForgivingInput_WhenTypedOnAPhone()
    {
        var display = GenerateContaining('0', '1').FormatForDisplay();
        var variants = new[]
        {
            display,
            display.ToLowerInvariant(),
            display.Replace("-", "", StringComparison.Ordinal),
            display.Replace('-', ' '),
            "  " + display.Replace("-", " - ", StringComparison.Ordinal) + "\t",
            display.Replace('-', '\u2013'), // en dash from "smart punctuation"
            display.Replace('-', '\u00A0'), // no-break space
            display.Replace('0', 'O'),
            display.Replace('0', 'o').Replace('1', 'I'),
            display.Replace('1', 'L'),
            display.Replace('1', 'l').ToLowerInvariant(),
        };

        foreach (var input in variants)
        {
            Assert.True(Receipt.TryNormalise(input, out var receipt, out var error), input);
            Assert.Equal(CodeError.None, error);
            Assert.Equal(display, receipt.FormatForDisplay());
        }
    }

    [Fact]
    public void TryNormalise_AcceptsDocumentedExample_WhenTypedAsShown()
    {
        Assert.True(Receipt.TryNormalise("K7PQ-3M9X-ABCD-EFGH-JK7C", out var receipt, out _));
        Assert.Equal("K7PQ-3M9X-ABCD-EFGH-JK7C", receipt.FormatForDisplay());
        Assert.False(Receipt.TryNormalise("K7PQ-3M9X-ABCD-EFGH-JK7D", out _, out var error));
        Assert.Equal(CodeError.ChecksumMismatch, error);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("K7PQ-3M9X")]
    [InlineData("0000-0000-0000-0000-000")]
    [InlineData("0000-0000-0000-0000-00000")]
    public void TryNormalise_ReturnsWrongLength_WhenLengthIsWrong(string? input)
    {
        Assert.False(Receipt.TryNormalise(input, out var receipt, out var error));
        Assert.Null(receipt);
        Assert.Equal(CodeError.WrongLength, error);
    }

    [Fact]
    public void TryNormalise_ReturnsWrongLength_WhenInputIsHuge()
    {
        Assert.False(Receipt.TryNormalise(new string('0', 10_000), out _, out var error));
        Assert.Equal(CodeError.WrongLength, error);
    }

    [Theory]
    [InlineData('U')]
    [InlineData('u')]
    [InlineData('Đ')]
    [InlineData('ă')]
    [InlineData('!')]
    [InlineData('_')]
    [InlineData('Ａ')] // full-width A
    public void TryNormalise_ReturnsInvalidCharacter_WhenCharacterIsOutsideAlphabet(char bad)
    {
        var display = Receipt.Generate().FormatForDisplay();
        var input = bad + display[1..];

        Assert.False(Receipt.TryNormalise(input, out _, out var error));
        Assert.Equal(CodeError.InvalidCharacter, error);
    }

    [Fact]
    public void TryNormalise_DetectsEverySingleSubstitution_ForSampleOfGeneratedReceipts()
    {
        for (var sample = 0; sample < SampleSize; sample++)
        {
            var canonical = Canonical(Receipt.Generate());
            for (var position = 0; position < canonical.Length; position++)
            {
                foreach (var symbol in CodeAlphabet.Symbols)
                {
                    if (symbol == canonical[position])
                    {
                        continue;
                    }

                    var typo = canonical.ToCharArray();
                    typo[position] = symbol;
                    Assert.False(Receipt.TryNormalise(new string(typo), out _, out var error));
                    Assert.Equal(CodeError.ChecksumMismatch, error);
                }
            }
        }
    }

    [Fact]
    public void TryNormalise_DetectsEveryTransposition_ForSampleOfGeneratedReceipts()
    {
        var adjacent = 0;
        for (var sample = 0; sample < SampleSize; sample++)
        {
            var canonical = Canonical(Receipt.Generate());
            for (var p = 0; p < canonical.Length; p++)
            {
                for (var q = p + 1; q < canonical.Length; q++)
                {
                    if (canonical[p] == canonical[q])
                    {
                        continue;
                    }

                    var swapped = canonical.ToCharArray();
                    (swapped[p], swapped[q]) = (swapped[q], swapped[p]);
                    Assert.False(Receipt.TryNormalise(new string(swapped), out _, out var error));
                    Assert.Equal(CodeError.ChecksumMismatch, error);
                    adjacent += q == p + 1 ? 1 : 0;
                }
            }
        }

        Assert.True(adjacent > SampleSize * 15);
    }

    [Fact]
    public void ToString_IsRedacted_Always()
    {
        var receipt = Receipt.Generate();

        Assert.Equal("Receipt(redacted)", receipt.ToString());
    }

    private static string Canonical(Receipt receipt) => receipt.FormatForDisplay().Replace("-", "", StringComparison.Ordinal);

    private static Receipt GenerateContaining(char a, char b)
    {
        while (true)
        {
            var receipt = Receipt.Generate();
            var display = receipt.FormatForDisplay();
            if (display.Contains(a, StringComparison.Ordinal) && display.Contains(b, StringComparison.Ordinal))
            {
                return receipt;
            }
        }
    }
}
