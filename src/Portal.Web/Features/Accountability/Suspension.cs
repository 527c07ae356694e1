using Portal.Web.Data;

namespace Portal.Web.Features.Accountability;

public enum SuspensionKind
{
    /// <summary>Tạm đình chỉ công tác.</summary>
    Suspend = 1,
    /// <summary>Tạm thời chuyển vị trí công tác khác.</summary>
    Transfer = 2,
}

public enum SuspensionStatus
{
    Requested = 0,
    InForce = 1,
    Refused = 2,
    Ended = 3,
}

/// <summary>
/// A temporary suspension or transfer of someone suspected of corruption: decided within 5 working days of the
/// request (rule <c>suspension.decide</c>), lasting at most the rule <c>suspension.term</c> (90 days), extended at most
/// as that rule's extension plan allows, then ended (Decree 59/2019/NĐ-CP Arts 46–47).
/// </summary>
public sealed class Suspension : IVersioned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    /// <summary>"DC-2026-01".</summary>
    public required string Code { get; set; }
    public Guid StaffMemberId { get; set; }
    public Guid UnitId { get; set; }
    public SuspensionKind Kind { get; set; }
    /// <summary>Why, in a line (the case or check reference, never the allegation's detail).</summary>
    public required string Ground { get; set; }
    public DateOnly RequestedOn { get; set; }
    public DateOnly DecisionDueOn { get; set; }
    public SuspensionStatus Status { get; set; }
    public DateOnly? DecidedOn { get; set; }
    public bool DecidedLate { get; set; }
    public string? DecisionNumber { get; set; }
    public DateOnly? StartsOn { get; set; }
    public DateOnly? EndsOn { get; set; }
    public int Extensions { get; set; }
    public DateOnly? EndedOn { get; set; }
    public Guid RecordedByUserId { get; set; }
    public long Version { get; set; }
}
