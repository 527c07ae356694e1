using Portal.Web.Data;

namespace Portal.Web.Features.Assessment;

/// <summary>
/// One node of a year's PACI/PACA criteria tree: a section (A-D, no parent) or a criterion under it with its
/// maximum points. Each year has its own copy of the tree, so changing this year's criteria never rewrites
/// the scores of a year already assessed.
/// </summary>
public sealed class Criterion : IVersioned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public int Year { get; set; }
    /// <summary>"A", "A.1", "B.2": unique within a year.</summary>
    public required string Code { get; set; }
    public Guid? ParentId { get; set; }
    public required string Title { get; set; }
    public string? TitleEn { get; set; }
    /// <summary>Points for a criterion; a section's maximum is the sum of its criteria and this stays zero.</summary>
    public decimal MaxPoints { get; set; }
    public int SortOrder { get; set; }
    public long Version { get; set; }
}

/// <summary>The Department's self-assessment of one criterion: score, why, and the evidence behind it.</summary>
public sealed class CriterionScore : IVersioned
{
    public Guid CriterionId { get; set; }
    public decimal Score { get; set; }
    public string? Explanation { get; set; }
    public string? Evidence { get; set; }
    public Guid UpdatedBy { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public long Version { get; set; }
}

/// <summary>
/// A year's assessment as a whole. Once closed (submitted to the province) neither its criteria nor its scores
/// change: they are what later years are compared with.
/// </summary>
public sealed class AssessmentYear : IVersioned
{
    public int Year { get; set; }
    public DateOnly? ClosedOn { get; set; }
    public Guid? ClosedBy { get; set; }
    public long Version { get; set; }
}
