namespace Portal.Web.Features.Integrity.Thresholds;

/// <summary>
/// An amount the law sets, as data with its legal basis and effective dates (like <see cref="Deadlines.Rules.DeadlineRule"/>):
/// the version in force on a declaration's date applies, so a declaration of June 2026 and one of July 2026 are
/// judged by different amounts.
/// </summary>
public sealed class IntegrityThreshold
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public long AmountVnd { get; set; }
    public required string LegalBasis { get; set; }
    public DateOnly EffectiveFrom { get; set; }
    public DateOnly? EffectiveTo { get; set; }

    public bool IsInForceOn(DateOnly day) => EffectiveFrom <= day && (EffectiveTo is null || day <= EffectiveTo);
}

public static class ThresholdCodes
{
    /// <summary>Precious metals, money, securities and other movable assets are declared from this value (each kind).</summary>
    public const string MovableAsset = "declaration.movable-asset";

    /// <summary>An increase of assets and income from this amount over the previous declaration needs its source explained.</summary>
    public const string Increase = "declaration.increase";
}

internal static class ThresholdSeed
{
    private static readonly DateOnly LawInForce = new(2019, 7, 1);
    private static readonly DateOnly Amendment = new(2026, 7, 1);

    public static IReadOnlyList<IntegrityThreshold> Rows { get; } =
    [
        new() { Id = 1, Code = ThresholdCodes.MovableAsset, AmountVnd = 50_000_000, LegalBasis = "Luật Phòng, chống tham nhũng 36/2018/QH14, Điều 35 khoản 1",
                EffectiveFrom = LawInForce, EffectiveTo = Amendment.AddDays(-1) },
        new() { Id = 2, Code = ThresholdCodes.MovableAsset, AmountVnd = 150_000_000, LegalBasis = "Luật Phòng, chống tham nhũng 36/2018/QH14, Điều 35 (sửa đổi bởi Luật 132/2025/QH15)",
                EffectiveFrom = Amendment },
        new() { Id = 3, Code = ThresholdCodes.Increase, AmountVnd = 300_000_000, LegalBasis = "Luật Phòng, chống tham nhũng 36/2018/QH14, Điều 36 khoản 2",
                EffectiveFrom = LawInForce, EffectiveTo = Amendment.AddDays(-1) },
        new() { Id = 4, Code = ThresholdCodes.Increase, AmountVnd = 1_000_000_000, LegalBasis = "Luật Phòng, chống tham nhũng 36/2018/QH14, Điều 36 (sửa đổi bởi Luật 132/2025/QH15)",
                EffectiveFrom = Amendment },
    ];
}
