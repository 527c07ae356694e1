using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Portal.Web.Features.Integrity.Draw;

/// <summary>
/// A ground on which a declarant is kept out of a year's verification draw, with its basis. Data, not code, like
/// deadline rules and thresholds: an administrator retires a ground (<see cref="IsActive"/>) rather than deleting
/// it, so past exclusions keep their meaning. The seeded list is the Department's reading of Decree 130/2020 and
/// the Anti-Corruption Law and is marked as such; it must be checked against the consolidated texts before release.
/// </summary>
public sealed class DrawExclusionGround
{
    public required string Code { get; set; }
    public required string NameVi { get; set; }
    public required string NameEn { get; set; }
    public required string LegalBasis { get; set; }
    public bool IsActive { get; set; } = true;
    public int SortOrder { get; set; }
}

internal sealed class DrawExclusionGroundConfiguration : IEntityTypeConfiguration<DrawExclusionGround>
{
    public void Configure(EntityTypeBuilder<DrawExclusionGround> b)
    {
        b.HasKey(g => g.Code);
        b.Property(g => g.Code).HasMaxLength(40);
        b.Property(g => g.NameVi).HasMaxLength(200);
        b.Property(g => g.NameEn).HasMaxLength(200);
        b.Property(g => g.LegalBasis).HasMaxLength(300);
        b.HasData(DrawExclusionGrounds.Seed);
    }
}

public static class DrawExclusionGrounds
{
    public const string LongLeave = "long-leave";
    public const string Suspended = "suspended";
    public const string Retiring = "retiring";
    public const string Leaving = "leaving";
    public const string VerifiedForCause = "verified-for-cause";

    /// <summary>Exclusions recorded as free text before grounds existed; retired, so no new exclusion can use it.</summary>
    public const string Unspecified = "unspecified";

    private const string Internal = "Quy định nội bộ của Sở Y tế khi lập kế hoạch xác minh (Nghị định 130/2020/NĐ-CP, Điều 14-15); cần đối chiếu văn bản hợp nhất";

    public static IReadOnlyList<DrawExclusionGround> Seed { get; } =
    [
        new() { Code = LongLeave, SortOrder = 1, NameVi = "Nghỉ ốm dài ngày, nghỉ thai sản trong năm xác minh", NameEn = "Long sick or maternity leave in the verification year", LegalBasis = Internal },
        new() { Code = Suspended, SortOrder = 2, NameVi = "Đang bị tạm đình chỉ công tác hoặc đang bị xem xét kỷ luật", NameEn = "Suspended from duty or under disciplinary review", LegalBasis = Internal },
        new() { Code = Retiring, SortOrder = 3, NameVi = "Nghỉ hưu trong năm xác minh", NameEn = "Retiring in the verification year", LegalBasis = Internal },
        new() { Code = Leaving, SortOrder = 4, NameVi = "Thôi việc hoặc chuyển công tác ra ngoài Sở trong năm xác minh", NameEn = "Leaving or moving out of the Department in the verification year", LegalBasis = Internal },
        new()
        {
            Code = VerifiedForCause, SortOrder = 5, NameVi = "Đang được xác minh tài sản, thu nhập vì có căn cứ khác", NameEn = "Already being verified for cause",
            LegalBasis = "Luật Phòng, chống tham nhũng 36/2018/QH14, Điều 41 (xác minh khi có căn cứ); Nghị định 130/2020/NĐ-CP",
        },
        new()
        {
            Code = Unspecified, SortOrder = 99, IsActive = false, NameVi = "Ghi nhận trước khi có danh mục căn cứ (lý do ở phần ghi chú)",
            NameEn = "Recorded before the list of grounds existed (reason in the note)", LegalBasis = Internal,
        },
    ];
}
