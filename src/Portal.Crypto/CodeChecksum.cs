using System.Security.Cryptography;

namespace Portal.Crypto;

/// <summary>
/// Two check characters over values v_1..v_n (n &lt;= 36, each 0..31), chosen so that
/// <c>S1 = sum v_p = 0 (mod 37)</c> and <c>S2 = sum p * v_p = 0 (mod 37)</c>.
/// Because 37 is prime and larger than both the alphabet and the code length:
/// a single substitution changes S1 by d with 0 &lt; |d| &lt;= 31, never 0 mod 37; a transposition of any two
/// different characters at positions p &lt; q leaves S1 alone and changes S2 by (q - p)(a - b), a product of
/// two non-zero residues, never 0 mod 37. So every single substitution and every transposition
/// (adjacent or not) is detected, in data and check characters alike.
/// Data strings whose check values would be 32..36 (not representable) are never issued: generation
/// draws again, which costs about 0.42 bits of entropy.
/// </summary>
internal static class CodeChecksum
{
    public const int Modulus = 37;

    /// <summary>(S1, S2) of a full code; valid codes give (0, 0).</summary>
    public static (int S1, int S2) Sums(ReadOnlySpan<int> values)
    {
        int s1 = 0, s2 = 0;
        for (var i = 0; i < values.Length; i++)
        {
            s1 = (s1 + values[i]) % Modulus;
            s2 = (s2 + ((i + 1) * values[i])) % Modulus;
        }

        return (s1, s2);
    }

    public static bool IsValid(ReadOnlySpan<int> values) => Sums(values) == (0, 0);

    /// <summary>
    /// Check values for <paramref name="data"/> (they go at positions n-1 and n, n = data length + 2);
    /// false if either would be 32..36.
    /// </summary>
    public static bool TryComputeCheck(ReadOnlySpan<int> data, out int check1, out int check2)
    {
        var (d1, d2) = Sums(data);
        var n = data.Length + 2;
        // c1 + c2 = -d1 and (n-1) c1 + n c2 = -d2  =>  c2 = (n-1) d1 - d2, c1 = -d1 - c2.
        check2 = Mod(((n - 1) * d1) - d2);
        check1 = Mod(-d1 - check2);
        return check1 < CodeAlphabet.Radix && check2 < CodeAlphabet.Radix;
    }

    /// <summary>A uniformly random valid code of <paramref name="dataLength"/> + 2 characters.</summary>
    public static string Generate(int dataLength)
    {
        Span<int> values = stackalloc int[dataLength + 2];
        while (true)
        {
            for (var i = 0; i < dataLength; i++)
            {
                values[i] = RandomNumberGenerator.GetInt32(CodeAlphabet.Radix);
            }

            if (TryComputeCheck(values[..dataLength], out var c1, out var c2))
            {
                values[dataLength] = c1;
                values[dataLength + 1] = c2;
                var chars = new char[values.Length];
                for (var i = 0; i < values.Length; i++)
                {
                    chars[i] = CodeAlphabet.Symbols[values[i]];
                }

                values.Clear();
                return new string(chars);
            }
        }
    }

    /// <summary>Normalises user input to the canonical code, reporting why it fails.</summary>
    public static bool TryNormalise(string? input, int length, out string canonical, out CodeError error)
    {
        canonical = string.Empty;
        if (string.IsNullOrEmpty(input) || input.Length > 4 * length)
        {
            error = CodeError.WrongLength;
            return false;
        }

        Span<int> values = stackalloc int[length];
        var count = 0;
        var tooLong = false;
        foreach (var c in input)
        {
            if (CodeAlphabet.IsSeparator(c))
            {
                continue;
            }

            var value = CodeAlphabet.ValueOf(c);
            if (value < 0)
            {
                error = CodeError.InvalidCharacter;
                return false;
            }

            if (count == length)
            {
                tooLong = true;
                continue;
            }

            values[count++] = value;
        }

        if (tooLong || count != length)
        {
            error = CodeError.WrongLength;
            return false;
        }

        if (!IsValid(values))
        {
            error = CodeError.ChecksumMismatch;
            return false;
        }

        var chars = new char[length];
        for (var i = 0; i < length; i++)
        {
            chars[i] = CodeAlphabet.Symbols[values[i]];
        }

        canonical = new string(chars);
        error = CodeError.None;
        return true;
    }

    private static int Mod(int value) => ((value % Modulus) + Modulus) % Modulus;
}
