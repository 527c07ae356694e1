using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace Portal.Crypto;

/// <summary>
/// The anonymous whistleblower's receipt: 18 random characters (90 bits) from a 32-symbol alphabet
/// (<c>0-9 A-Z</c> without I, L, O, U) plus 2 check characters, shown as five groups of four, e.g.
/// <c>K7PQ-3M9X-ABCD-EFGH-JK7C</c>. The check characters detect every single mistyped character and every
/// swap of two characters. The receipt is a secret: <see cref="ToString"/> is redacted; show it with
/// <see cref="FormatForDisplay"/> once, and derive everything else with <see cref="ReceiptSecrets"/>.
/// </summary>
public sealed class Receipt
{
    /// <summary>Random characters.</summary>
    public const int DataLength = 18;

    /// <summary>Characters including the two check characters (without separators).</summary>
    public const int Length = DataLength + 2;

    /// <summary>Entropy before excluding non-representable check values (18 x 5 bits).</summary>
    public const int RawEntropyBits = DataLength * 5;

    private readonly string _canonical;

    private Receipt(string canonical) => _canonical = canonical;

    /// <summary>A new random receipt (uniform over all valid receipts, from <c>RandomNumberGenerator</c>).</summary>
    public static Receipt Generate() => new(CodeChecksum.Generate(DataLength));

    /// <summary>
    /// Parses what a person typed: case-insensitive, spaces and hyphens ignored, O read as 0, I and L as 1.
    /// Null or empty input is <see cref="CodeError.WrongLength"/>.
    /// </summary>
    public static bool TryNormalise(string? input, [NotNullWhen(true)] out Receipt? receipt, out CodeError error)
    {
        receipt = CodeChecksum.TryNormalise(input, Length, out var canonical, out error) ? new Receipt(canonical) : null;
        return receipt is not null;
    }

    /// <summary>The receipt in groups of four, for showing to the whistleblower (once).</summary>
    public string FormatForDisplay() => CodeAlphabet.Group(_canonical);

    /// <summary>Redacted, so a receipt never ends up in a log by accident.</summary>
    public override string ToString() => "Receipt(redacted)";

    /// <summary>Canonical ASCII bytes (20 characters, no separators): the Argon2id password.</summary>
    internal byte[] CanonicalBytes() => Encoding.ASCII.GetBytes(_canonical);
}
