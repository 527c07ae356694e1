namespace Portal.Crypto;

/// <summary>
/// Crockford-style base32 for codes people read aloud and type on phones: digits and upper-case ASCII
/// letters without I, L, O and U (no diacritics, no look-alikes). Input is forgiving: lower case is
/// accepted, O reads as 0, I and L read as 1, and spaces / hyphens / dashes are ignored.
/// </summary>
internal static class CodeAlphabet
{
    public const string Symbols = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    public const int Radix = 32;
    public const int GroupSize = 4;

    /// <summary>Value 0..31 of a typed character, or -1 if it is not in the (forgiving) alphabet.</summary>
    public static int ValueOf(char c)
    {
        var upper = c is >= 'a' and <= 'z' ? (char)(c - 'a' + 'A') : c;
        upper = upper switch
        {
            'O' => '0',
            'I' or 'L' => '1',
            _ => upper,
        };
        return upper is 'U' ? -1 : Symbols.IndexOf(upper, StringComparison.Ordinal);
    }

    /// <summary>Characters skipped while normalising: whitespace, hyphen-minus, Unicode dashes and minus.</summary>
    public static bool IsSeparator(char c) =>
        char.IsWhiteSpace(c) || c is '-' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212';

    /// <summary>Canonical characters split into hyphen-separated groups of four.</summary>
    public static string Group(string canonical)
    {
        var groups = (canonical.Length + GroupSize - 1) / GroupSize;
        return string.Create(canonical.Length + groups - 1, canonical, static (span, source) =>
        {
            var j = 0;
            for (var i = 0; i < source.Length; i++)
            {
                if (i > 0 && i % GroupSize == 0)
                {
                    span[j++] = '-';
                }

                span[j++] = source[i];
            }
        });
    }
}
