using System.ComponentModel.DataAnnotations;

namespace Portal.Web.Features.Checks;

/// <summary>
/// Names and limits of the checks module (section "ChecksOptions"). Since 2025 inspection proper (thanh tra) belongs
/// to the provincial inspectorate and the Department runs checks (kiểm tra); what each is called, and what the team
/// is called, changes with reorganisations, so the words are configuration, not code.
/// </summary>
public sealed class ChecksOptions
{
    [Required, StringLength(60)]
    public string CheckNameVi { get; set; } = "Kiểm tra";

    [Required, StringLength(60)]
    public string CheckNameEn { get; set; } = "Check";

    [Required, StringLength(60)]
    public string InspectionNameVi { get; set; } = "Thanh tra";

    [Required, StringLength(60)]
    public string InspectionNameEn { get; set; } = "Inspection";

    [Required, StringLength(60)]
    public string TeamNameVi { get; set; } = "Đoàn kiểm tra";

    [Required, StringLength(60)]
    public string TeamNameEn { get; set; } = "Check team";

    /// <summary>Code prefixes: "KT-2026-01" for a check, "TT-2026-01" for an inspection.</summary>
    [Required, RegularExpression("^[A-Z]{1,6}$")]
    public string CheckCodePrefix { get; set; } = "KT";

    [Required, RegularExpression("^[A-Z]{1,6}$")]
    public string InspectionCodePrefix { get; set; } = "TT";

    /// <summary>
    /// The largest recovery a recommendation may ask for, in đồng: a guard against a slipped digit (10 nghìn tỷ by
    /// default, far above what a Department-level check recovers).
    /// </summary>
    [Range(1_000_000L, 1_000_000_000_000_000L)]
    public long MaxRecoveryVnd { get; set; } = 10_000_000_000_000L;

    public string KindName(CheckKind kind) => kind == CheckKind.Inspection
        ? UiLanguage.Pick(InspectionNameVi, InspectionNameEn)
        : UiLanguage.Pick(CheckNameVi, CheckNameEn);

    public string TeamName => UiLanguage.Pick(TeamNameVi, TeamNameEn);

    public string Prefix(CheckKind kind) => kind == CheckKind.Inspection ? InspectionCodePrefix : CheckCodePrefix;
}
