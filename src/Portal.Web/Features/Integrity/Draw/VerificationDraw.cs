namespace Portal.Web.Features.Integrity.Draw;

/// <summary>A year's verification draw: the published seed and eligible list, and what they selected. One per year, never re-run.</summary>
public sealed class VerificationDraw
{
    public int Year { get; set; }
    public required string Seed { get; set; }
    /// <summary>The canonical eligible list (<see cref="DrawAlgorithm.Canonical"/>): ids and a leader mark only.</summary>
    public required string EligibleList { get; set; }
    public required string EligibleSha256 { get; set; }
    public DateTimeOffset DrawnAt { get; set; }
    public Guid DrawnBy { get; set; }
    /// <summary>The plan is due by 31 January of the year (Decree 130/2020 Art 14).</summary>
    public DateOnly PlanDueOn { get; set; }
    public int UnitCount { get; set; }
    /// <summary>Who was left out and why, as counts only ("long-leave=2;retiring=1"), published with the draw.</summary>
    public string ExcludedByGround { get; set; } = "";
    /// <summary>How many declarants were left out because they were verified in the previous four years.</summary>
    public int RecentlyVerified { get; set; }
}

public sealed class VerificationSelection
{
    public int Year { get; set; }
    public Guid StaffMemberId { get; set; }
    public Guid UnitId { get; set; }
}

/// <summary>A person kept out of a year's draw on a ground of <see cref="DrawExclusionGround"/>, recorded before the draw; the note is internal.</summary>
public sealed class DrawExclusion
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public int Year { get; set; }
    public Guid StaffMemberId { get; set; }
    public required string GroundCode { get; set; }
    public string? Note { get; set; }
    public Guid RecordedBy { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
}
