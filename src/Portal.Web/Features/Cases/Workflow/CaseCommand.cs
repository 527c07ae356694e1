using Portal.Web.Features.Intake;

namespace Portal.Web.Features.Cases;

public enum ConclusionOutcome
{
    Substantiated = 0,
    PartlySubstantiated = 1,
    NotSubstantiated = 2,
}

public sealed record ProposedAction(ActionKind Kind, string Description, bool Immediate);

/// <summary>
/// One step a handler or leader asks for. <see cref="Version"/> is the case version their page showed: a
/// case changed meanwhile by someone else is refused with a conflict, never overwritten.
/// </summary>
public sealed record CaseCommand
{
    public required Guid ReportId { get; init; }
    public required long Version { get; init; }
    public required CaseAction Action { get; init; }
    public string? Reason { get; init; }
    public string? LegalGround { get; init; }
    public ReportTrack? Track { get; init; }
    public string? ForwardTo { get; init; }
    public string? OtherCaseCode { get; init; }
    public ConclusionOutcome? Outcome { get; init; }
    public string? Findings { get; init; }
    public IReadOnlyList<ProposedAction> Actions { get; init; } = [];
    public IReadOnlyList<Guid> Assignees { get; init; } = [];
    public Guid? ItemId { get; init; }
    public bool? Granted { get; init; }
    public DateOnly? ReviewOn { get; init; }
    public Deadlines.Rules.ExtensionGrade? Grade { get; init; }
}

/// <summary>Who acts: their account, their key session, and whether they hold the Leader role.</summary>
public sealed record CaseActor(Guid UserId, string? Session, bool IsLeader);

public enum CaseOutcome
{
    Done,
    NotFound,
    /// <summary>No access (not a member, recused, key locked, conflict not confirmed): see <see cref="CaseResult.Access"/>.</summary>
    Refused,
    /// <summary>The action is not allowed at the case's stage (e.g. conclude before accept).</summary>
    OutOfOrder,
    /// <summary>Someone changed the case since the page was shown.</summary>
    Conflict,
    Invalid,
    /// <summary>Approval by the person who asked for it, or by someone without the leader role.</summary>
    NotPermitted,
}

/// <summary>The result of a command; <see cref="Problem"/> is a resource key for the message shown to the user.</summary>
public sealed record CaseResult(CaseOutcome Outcome, CaseAccess Access = CaseAccess.Opened, string? Problem = null)
{
    public static readonly CaseResult Done = new(CaseOutcome.Done);

    public static CaseResult Invalid(string problem) => new(CaseOutcome.Invalid, Problem: problem);
}
