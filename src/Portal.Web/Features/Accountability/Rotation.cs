using Portal.Web.Data;

namespace Portal.Web.Features.Accountability;

/// <summary>A position on the Ministry of Health's list of posts that rotate periodically, with its period (2 to 5 years).</summary>
public sealed class RotationPosition : IVersioned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid PositionId { get; set; }
    public int PeriodYears { get; set; }
    /// <summary>Where the listing comes from (the Ministry's list, the Department's decision).</summary>
    public required string LegalBasis { get; set; }
    public bool IsActive { get; set; } = true;
    public long Version { get; set; }
}

/// <summary>Someone holding a listed position since a date; ends when they are rotated (or leave the post).</summary>
public sealed class RotationAssignment : IVersioned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    /// <summary>"CD-2026-04": the duty's label.</summary>
    public required string Code { get; set; }
    public Guid StaffMemberId { get; set; }
    public Guid RotationPositionId { get; set; }
    public Guid UnitId { get; set; }
    public DateOnly HeldSince { get; set; }
    public DateOnly? EndedOn { get; set; }
    public long Version { get; set; }
}

/// <summary>Cases in which rotation is not carried out or postponed (Decree 59/2019/NĐ-CP Art 37).</summary>
public enum ExemptionReason
{
    /// <summary>Under discipline consideration, investigation, prosecution or trial.</summary>
    UnderInvestigation = 1,
    /// <summary>Treated for a serious illness, or on long sick leave.</summary>
    SeriousIllness = 2,
    /// <summary>Pregnant, or raising a child under 36 months.</summary>
    PregnancyOrYoungChild = 3,
    /// <summary>On training or secondment of 12 months or more.</summary>
    LongTraining = 4,
    /// <summary>Less than 18 months to retirement.</summary>
    NearRetirement = 5,
    /// <summary>The only person with the required expertise in the unit.</summary>
    OnlySpecialist = 6,
}

public sealed class RotationExemption : IVersioned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid AssignmentId { get; set; }
    public ExemptionReason Reason { get; set; }
    public string? Note { get; set; }
    public DateOnly From { get; set; }
    public DateOnly Until { get; set; }
    public Guid RecordedByUserId { get; set; }
    public long Version { get; set; }
}
