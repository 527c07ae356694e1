using System.Numerics;

namespace Portal.Crypto.Tests;

/// <summary>
/// Exhaustive proof of the check-character guarantee. The validity test is linear over Z/37, so whether an
/// error is caught depends only on (position, old value, new value), never on the other characters. These
/// tests therefore enumerate every such triple for the longest code in use (28 characters) and assert the
/// checksum sums change, which means a valid code can never turn into another valid code by that error.
/// </summary>
public class CodeChecksumTests
{
    private const int LongestCode = RecoveryCode.Length;

    [Fact]
    public void Sums_Change_ForEverySingleSubstitutionAtEveryPosition()
    {
        var cases = 0;
        for (var position = 0; position < LongestCode; position++)
        {
            for (var from = 0; from < CodeAlphabet.Radix; from++)
            {
                for (var to = 0; to < CodeAlphabet.Radix; to++)
                {
                    if (from == to)
                    {
                        continue;
                    }

                    var before = new int[LongestCode];
                    var after = new int[LongestCode];
                    before[position] = from;
                    after[position] = to;
                    Assert.NotEqual(CodeChecksum.Sums(before), CodeChecksum.Sums(after));
                    cases++;
                }
            }
        }

        Assert.Equal(LongestCode * 32 * 31, cases);
    }

    [Fact]
    public void Sums_Change_ForEveryTranspositionOfTwoDifferentCharactersAtAnyDistance()
    {
        for (var p = 0; p < LongestCode; p++)
        {
            for (var q = p + 1; q < LongestCode; q++)
            {
                for (var a = 0; a < CodeAlphabet.Radix; a++)
                {
                    for (var b = 0; b < CodeAlphabet.Radix; b++)
                    {
                        if (a == b)
                        {
                            continue;
                        }

                        var before = new int[LongestCode];
                        var after = new int[LongestCode];
                        (before[p], before[q]) = (a, b);
                        (after[p], after[q]) = (b, a);
                        Assert.NotEqual(CodeChecksum.Sums(before), CodeChecksum.Sums(after));
                    }
                }
            }
        }
    }

    [Fact]
    public void TryComputeCheck_ProducesValidCode_WheneverRepresentable()
    {
        var data = new int[Receipt.DataLength];
        var representable = 0;
        for (var x = 0; x < 32; x++)
        {
            for (var y = 0; y < 32; y++)
            {
                for (var z = 0; z < 32; z++)
                {
                    (data[0], data[5], data[17]) = (x, y, z);
                    if (!CodeChecksum.TryComputeCheck(data, out var c1, out var c2))
                    {
                        continue;
                    }

                    representable++;
                    Assert.True(CodeChecksum.IsValid([.. data, c1, c2]));
                }
            }
        }

        Assert.InRange(representable, 20_000, 28_000); // about (32/37)^2 of 32768
    }

    [Fact]
    public void Alphabet_Has32UnambiguousAsciiSymbols_Always()
    {
        Assert.Equal(32, CodeAlphabet.Symbols.Length);
        Assert.Equal(32, CodeAlphabet.Symbols.Distinct().Count());
        Assert.DoesNotContain('I', CodeAlphabet.Symbols);
        Assert.DoesNotContain('L', CodeAlphabet.Symbols);
        Assert.DoesNotContain('O', CodeAlphabet.Symbols);
        Assert.DoesNotContain('U', CodeAlphabet.Symbols);
        Assert.All(CodeAlphabet.Symbols, c => Assert.True(char.IsAsciiDigit(c) || char.IsAsciiLetterUpper(c)));
    }

    /// <summary>Exact number of valid codes with <paramref name="dataLength"/> random characters, as log2.</summary>
    internal static double EntropyBits(int dataLength)
    {
        const int m = CodeChecksum.Modulus;
        var counts = new BigInteger[m, m];
        counts[0, 0] = 1;
        for (var position = 1; position <= dataLength; position++)
        {
            var next = new BigInteger[m, m];
            for (var s1 = 0; s1 < m; s1++)
            {
                for (var s2 = 0; s2 < m; s2++)
                {
                    if (counts[s1, s2].IsZero)
                    {
                        continue;
                    }

                    for (var v = 0; v < CodeAlphabet.Radix; v++)
                    {
                        next[(s1 + v) % m, (s2 + (position * v)) % m] += counts[s1, s2];
                    }
                }
            }

            counts = next;
        }

        var valid = BigInteger.Zero;
        var n = dataLength + 2;
        for (var d1 = 0; d1 < m; d1++)
        {
            for (var d2 = 0; d2 < m; d2++)
            {
                var c2 = ((((n - 1) * d1) - d2) % m + m) % m;
                var c1 = ((-d1 - c2) % m + m) % m;
                if (c1 < 32 && c2 < 32)
                {
                    valid += counts[d1, d2];
                }
            }
        }

        return BigInteger.Log(valid, 2);
    }
}
