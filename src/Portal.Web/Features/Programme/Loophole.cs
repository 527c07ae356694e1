using Portal.Web.Data;

namespace Portal.Web.Features.Programme;

/// <summary>
/// A shortcoming or loophole in a rule or process that could be exploited for corruption (task 3 of the
/// programme). When found through a case it keeps only the case code and the staff's own description: case
/// content is encrypted and never copied here.
/// </summary>
public sealed class Loophole : IVersioned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public LoopholeSource Source { get; set; }
    /// <summary>The case code, the check's reference or the proposal's number.</summary>
    public string? SourceReference { get; set; }
    public required string Description { get; set; }
    public required string RuleOrProcess { get; set; }
    public required string Proposal { get; set; }
    public Guid OwnerUnitId { get; set; }
    public Guid? OwnerStaffId { get; set; }
    public DateOnly FoundOn { get; set; }
    public LoopholeStatus Status { get; set; }
    public DateOnly? DecidedOn { get; set; }
    public DateOnly? FixedOn { get; set; }
    public long Version { get; set; }

    /// <summary>Proposed → accepted → fixed, or rejected from proposed or accepted; fixed and rejected are final.</summary>
    public static bool CanMove(LoopholeStatus from, LoopholeStatus to) => (from, to) switch
    {
        (LoopholeStatus.Proposed, LoopholeStatus.Accepted) => true,
        (LoopholeStatus.Proposed, LoopholeStatus.Rejected) => true,
        (LoopholeStatus.Accepted, LoopholeStatus.Fixed) => true,
        (LoopholeStatus.Accepted, LoopholeStatus.Rejected) => true,
        _ => false,
    };
}

public enum LoopholeSource
{
    Case = 0,
    Check = 1,
    Proposal = 2,
}

public enum LoopholeStatus
{
    Proposed = 0,
    Accepted = 1,
    Fixed = 2,
    Rejected = 3,
}

/// <summary>One line of a loophole's history: recorded, edited or moved to a new status, by whom and when.</summary>
public sealed class LoopholeEvent
{
    public long Id { get; set; }
    public Guid LoopholeId { get; set; }
    public DateTimeOffset At { get; set; }
    public Guid ActorUserId { get; set; }
    public LoopholeStatus? Status { get; set; }
    public string? Note { get; set; }
}
