using Portal.Web.Data;

namespace Portal.Web.Features.Integrity.Conflicts;

public enum ConflictDecision
{
    None = 0,
    /// <summary>Keep the task under supervision.</summary>
    Supervise = 1,
    /// <summary>Take the task away from the person.</summary>
    SuspendTask = 2,
    /// <summary>Move the person to another post for a time.</summary>
    TransferTemporarily = 3,
}

/// <summary>
/// A conflict of interest a staff member reports about themselves (5 working days after learning of it); their
/// head decides within 5 working days (supervise, suspend the task, transfer temporarily) and the decision is
/// notified within 5 more (Decree 59/2019 Arts 30-31).
/// </summary>
public sealed class ConflictReport : IVersioned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid ReporterStaffId { get; set; }
    public Guid ReporterUserId { get; set; }
    public Guid UnitId { get; set; }
    public DateOnly AwareOn { get; set; }
    public required string Task { get; set; }
    public required string Description { get; set; }
    public DateOnly ReportDueOn { get; set; }
    public DateOnly ReportedOn { get; set; }
    public bool ReportedLate { get; set; }
    /// <summary>Who decides: the first person in the reporter's chain of command.</summary>
    public Guid? HeadStaffId { get; set; }
    public DateOnly DecisionDueOn { get; set; }
    public ConflictDecision Decision { get; set; }
    public string? DecisionNote { get; set; }
    public DateOnly? DecidedOn { get; set; }
    public Guid? DecidedByUserId { get; set; }
    public DateOnly? NotifyDueOn { get; set; }
    public DateOnly? NotifiedOn { get; set; }
    public long Version { get; set; }
}
