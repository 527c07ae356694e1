namespace Portal.Web.Features.Accountability;

public enum AccountabilityRuleKind
{
    /// <summary>How many months a discipline counts (no raise, no appointment) from its effective date.</summary>
    DisciplineInForce = 0,
    /// <summary>Shortest period in a listed position before rotation, in years.</summary>
    RotationPeriodMin = 1,
    /// <summary>Longest period in a listed position before rotation, in years.</summary>
    RotationPeriodMax = 2,
    /// <summary>A ground for a personnel review: met, it raises a flag for a leader; it never decides.</summary>
    ReviewFlag = 3,
}

/// <summary>What a personnel review flag asks a leader to consider.</summary>
public enum ReviewGround
{
    None = 0,
    /// <summary>Miễn nhiệm: relieve of a leadership post.</summary>
    Dismissal = 1,
    /// <summary>Từ chức: consider resignation from a leadership post.</summary>
    Resignation = 2,
}

/// <summary>
/// A number the law gives this module (how long a discipline counts, the rotation period bounds, the grounds for a
/// personnel review), as data with its legal basis and effective dates like deadline rules. The version in force on
/// the day of the event applies; an amended text is a new row, never an edit of the old one.
/// </summary>
public sealed class AccountabilityRule
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public AccountabilityRuleKind Kind { get; set; }
    /// <summary>Months (in force), years (rotation bounds) or how many records (review flags).</summary>
    public int Value { get; set; }
    /// <summary>For <see cref="AccountabilityRuleKind.DisciplineInForce"/>: the form; for review flags: the forms counted (comma list). Empty: head's-responsibility records are counted instead.</summary>
    public string Forms { get; set; } = "";
    /// <summary>Review flags: the window the records must fall in, in months (an appointment term is 5 years).</summary>
    public int? WindowMonths { get; set; }
    /// <summary>Review flags on head's-responsibility records: the lowest severity that counts.</summary>
    public ResponsibilitySeverity? MinSeverity { get; set; }
    /// <summary>Review flags that concern leadership posts only (dismissal from a post someone does not hold means nothing).</summary>
    public bool LeadershipOnly { get; set; }
    public ReviewGround Ground { get; set; }
    public required string NameVi { get; set; }
    public required string NameEn { get; set; }
    public required string LegalBasis { get; set; }
    public DateOnly EffectiveFrom { get; set; }
    public DateOnly? EffectiveTo { get; set; }

    public bool IsInForceOn(DateOnly day) => EffectiveFrom <= day && (EffectiveTo is null || day <= EffectiveTo);

    public IReadOnlyList<DisciplineForm> CountedForms() =>
        Forms.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(f => Enum.Parse<DisciplineForm>(f)).ToList();
}

/// <summary>
/// The rules as shipped. Checked against the texts as far as the team could; have them checked against the official
/// consolidated texts before a release (Decree 172/2025/NĐ-CP replaces Decree 112/2020 for cadres and civil servants
/// from 1 July 2025 and has no salary downgrade or demotion for civil servants: administrators add its rows with that
/// date rather than editing these).
/// </summary>
internal static class AccountabilityRuleSeed
{
    private static readonly DateOnly InForce = new(2020, 9, 25);

    // Decree 172/2025 replaced Decree 112/2020 (and 71/2023) from 1 July 2025 (press reports of July 2025); the periods
    // below were read from the 2019 laws and are kept until someone checks the 2025 law in the gazette.
    private const string DisciplineBasis = "Luật Cán bộ, công chức (sửa đổi 2019), Điều 82; Luật Viên chức (sửa đổi 2019), Điều 56; Nghị định 112/2020/NĐ-CP. "
        + "Với cán bộ, công chức: Nghị định 172/2025/NĐ-CP thay thế từ 01/7/2025; thời hạn cần đối chiếu công báo";
    private const string RotationBasis = "Luật Phòng, chống tham nhũng 36/2018/QH14, Điều 25; Nghị định 59/2019/NĐ-CP, Điều 36–37 (số điều cần đối chiếu công báo)";
    // 41-QĐ/TW is dated and in force from 3 November 2021. Decree 138/2020 was the civil-service decree cited for the same
    // grounds; whether it is still the text in force was not confirmed.
    private const string ReviewBasis = "Quy định 41-QĐ/TW ngày 03/11/2021 của Bộ Chính trị về miễn nhiệm, từ chức; Nghị định 138/2020/NĐ-CP (cần đối chiếu văn bản đang có hiệu lực trên công báo)";
    private static readonly DateOnly ReviewFrom = new(2021, 11, 3);

    public static IReadOnlyList<AccountabilityRule> Rows { get; } =
    [
        InForceRule(1, DisciplineForm.Reprimand, 12, "Khiển trách: 12 tháng", "Reprimand: 12 months"),
        InForceRule(2, DisciplineForm.Warning, 12, "Cảnh cáo: 12 tháng", "Warning: 12 months"),
        InForceRule(3, DisciplineForm.SalaryDowngrade, 18, "Hạ bậc lương: 18 tháng", "Salary downgrade: 18 months"),
        InForceRule(4, DisciplineForm.Demotion, 18, "Giáng chức: 18 tháng", "Demotion: 18 months"),
        InForceRule(5, DisciplineForm.Dismissal, 18, "Cách chức: 18 tháng", "Removal from office: 18 months"),
        new() { Id = 10, Code = "rotation.period.min", Kind = AccountabilityRuleKind.RotationPeriodMin, Value = 2, NameVi = "Thời hạn định kỳ chuyển đổi vị trí công tác: tối thiểu", NameEn = "Job rotation period: shortest", LegalBasis = RotationBasis, EffectiveFrom = new(2019, 8, 15) },
        new() { Id = 11, Code = "rotation.period.max", Kind = AccountabilityRuleKind.RotationPeriodMax, Value = 5, NameVi = "Thời hạn định kỳ chuyển đổi vị trí công tác: tối đa", NameEn = "Job rotation period: longest", LegalBasis = RotationBasis, EffectiveFrom = new(2019, 8, 15) },
        new()
        {
            Id = 20, Code = "review.two-reprimands", Kind = AccountabilityRuleKind.ReviewFlag, Value = 2, Forms = "Reprimand,Warning", WindowMonths = 60, LeadershipOnly = true, Ground = ReviewGround.Dismissal,
            NameVi = "Bị kỷ luật khiển trách hoặc cảnh cáo hai lần trong cùng một nhiệm kỳ, thời hạn bổ nhiệm", NameEn = "Reprimanded or warned twice within one term of appointment",
            LegalBasis = ReviewBasis, EffectiveFrom = ReviewFrom,
        },
        new()
        {
            Id = 21, Code = "review.warning-replace", Kind = AccountabilityRuleKind.ReviewFlag, Value = 1, Forms = "Warning", WindowMonths = 12, LeadershipOnly = true, Ground = ReviewGround.Dismissal,
            NameVi = "Bị kỷ luật cảnh cáo: xem xét yêu cầu nhiệm vụ có cần thay thế không", NameEn = "Warned: consider whether the post needs someone else",
            LegalBasis = ReviewBasis, EffectiveFrom = ReviewFrom,
        },
        new()
        {
            Id = 22, Code = "review.serious-in-unit", Kind = AccountabilityRuleKind.ReviewFlag, Value = 1, MinSeverity = ResponsibilitySeverity.Serious, WindowMonths = 60, LeadershipOnly = true, Ground = ReviewGround.Resignation,
            NameVi = "Để đơn vị do mình trực tiếp phụ trách xảy ra tham nhũng, tiêu cực từ mức nghiêm trọng", NameEn = "Serious or worse corruption in the unit under one's direct charge",
            LegalBasis = ReviewBasis + "; Nghị định 59/2019/NĐ-CP, Điều 79", EffectiveFrom = ReviewFrom,
        },
    ];

    private static AccountabilityRule InForceRule(int id, DisciplineForm form, int months, string vi, string en) => new()
    {
        Id = id, Code = $"discipline.in-force.{form}", Kind = AccountabilityRuleKind.DisciplineInForce, Value = months, Forms = form.ToString(),
        NameVi = vi, NameEn = en, LegalBasis = DisciplineBasis, EffectiveFrom = InForce,
    };
}
