using Portal.Web.Data;

namespace Portal.Web.Features.Accountability;

public enum FlagDecision
{
    Open = 0,
    /// <summary>The leader starts the dismissal or resignation procedure (outside the portal).</summary>
    ProcedureStarted = 1,
    /// <summary>The leader considered it and keeps the person in post; the reason is required.</summary>
    NoAction = 2,
}

/// <summary>
/// A ground for dismissal or resignation that the records meet, raised for a leader to decide. The portal never
/// decides; it says which rule and which records, and keeps the decision and who made it.
/// </summary>
public sealed class ReviewFlag : IVersioned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid StaffMemberId { get; set; }
    public Guid UnitId { get; set; }
    public required string RuleCode { get; set; }
    /// <summary>Codes of the records that met the rule ("KL-2025-02,KL-2026-01"): the evidence, without content.</summary>
    public required string Evidence { get; set; }
    public DateOnly RaisedOn { get; set; }
    public FlagDecision Decision { get; set; }
    public string? DecisionNote { get; set; }
    public DateOnly? DecidedOn { get; set; }
    public Guid? DecidedByUserId { get; set; }
    public long Version { get; set; }
}

/// <summary>One step in the life of an accountability record: the full history, shown with the record.</summary>
public sealed class AccountabilityEvent
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid SubjectId { get; set; }
    public required string Action { get; set; }
    public Guid ActorUserId { get; set; }
    public DateTimeOffset At { get; set; }
    /// <summary>Codes and dates only ("outcome=Disciplined;late").</summary>
    public string? Detail { get; set; }
}
