using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace Portal.Crypto;

/// <summary>
/// A staff member's printable recovery code: 26 random characters (130 bits) from the receipt alphabet plus
/// 2 check characters, as seven groups of four. It unlocks a second wrap of the private key
/// (<see cref="KeyWrap.WrapWithRecoveryCode"/>) when the password is forgotten. Redacted in
/// <see cref="ToString"/>; print it with <see cref="FormatForDisplay"/>.
/// </summary>
public sealed class RecoveryCode
{
    /// <summary>Random characters.</summary>
    public const int DataLength = 26;

    /// <summary>Characters including the two check characters (without separators).</summary>
    public const int Length = DataLength + 2;

    /// <summary>Entropy before excluding non-representable check values (26 x 5 bits).</summary>
    public const int RawEntropyBits = DataLength * 5;

    private readonly string _canonical;

    private RecoveryCode(string canonical) => _canonical = canonical;

    /// <summary>A new random recovery code.</summary>
    public static RecoveryCode Generate() => new(CodeChecksum.Generate(DataLength));

    /// <summary>Parses a typed code with the same forgiving rules as <see cref="Receipt.TryNormalise"/>.</summary>
    public static bool TryParse(string? input, [NotNullWhen(true)] out RecoveryCode? code, out CodeError error)
    {
        code = CodeChecksum.TryNormalise(input, Length, out var canonical, out error) ? new RecoveryCode(canonical) : null;
        return code is not null;
    }

    /// <summary>The code in groups of four, for printing.</summary>
    public string FormatForDisplay() => CodeAlphabet.Group(_canonical);

    /// <summary>Redacted.</summary>
    public override string ToString() => "RecoveryCode(redacted)";

    internal byte[] CanonicalBytes() => Encoding.ASCII.GetBytes(_canonical);
}
