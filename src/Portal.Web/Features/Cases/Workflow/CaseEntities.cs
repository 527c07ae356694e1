using Portal.Web.Data;

namespace Portal.Web.Features.Cases;

/// <summary>
/// One step of a case's history: who did what, when, on which legal ground. The reasons and details are
/// staff writing about report content, so they are ciphertext under the report's content key.
/// </summary>
public sealed class CaseEvent
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid ReportId { get; set; }
    public CaseAction Action { get; set; }
    public CaseStage FromStage { get; set; }
    public CaseStage ToStage { get; set; }
    public Guid? ActorUserId { get; set; }
    public DateTimeOffset At { get; set; }
    public string? LegalGround { get; set; }
    /// <summary>JSON <see cref="EventDetail"/> under the content key.</summary>
    public byte[]? Detail { get; set; }
}

/// <summary>What an event says beyond its action: the reason, and for some steps a body, an outcome or a list.</summary>
public sealed record EventDetail
{
    public string? Reason { get; init; }
    public string? ForwardedTo { get; init; }
    public string? Outcome { get; init; }
    public string? Findings { get; init; }
    public IReadOnlyList<string> Names { get; init; } = [];
    public IReadOnlyList<ProposedAction> Actions { get; init; } = [];
}

/// <summary>The content key sealed to one person: how assignees outside the inbox, and everyone when the inbox is bypassed, open a case.</summary>
public sealed class CaseKey
{
    public Guid ReportId { get; set; }
    public Guid UserId { get; set; }
    public required byte[] SealedKey { get; set; }
    public Guid? GrantedByUserId { get; set; }
    public DateTimeOffset GrantedAt { get; set; }
}

public sealed class CaseAssignment
{
    public Guid ReportId { get; set; }
    public Guid UserId { get; set; }
    public Guid AssignedByUserId { get; set; }
    public DateTimeOffset AssignedAt { get; set; }
}

public enum RecusalReason
{
    NamedInReport = 0,
    LineManager = 1,
    Declared = 2,
}

/// <summary>
/// A person kept away from a case. The person is a keyed tag (<see cref="StaffTags"/>), not their id: a copy
/// of the database alone must not say who a report is about.
/// </summary>
public sealed class CaseRecusal
{
    public Guid ReportId { get; set; }
    public required byte[] UserTag { get; set; }
    public RecusalReason Reason { get; set; }
    public DateOnly Since { get; set; }
}

/// <summary>A handler confirmed, on first opening the case, that they have no conflict of interest.</summary>
public sealed class ConflictConfirmation
{
    public Guid ReportId { get; set; }
    public Guid UserId { get; set; }
    public DateTimeOffset ConfirmedAt { get; set; }
}

public enum NoteKind
{
    Note = 0,
    VerificationPlan = 1,
    Task = 2,
    Meeting = 3,
    ProtectionReview = 4,
}

/// <summary>The handlers' working papers: plan, notes, tasks, meeting records. Text under the content key.</summary>
public sealed class CaseNote : IVersioned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid ReportId { get; set; }
    public NoteKind Kind { get; set; }
    public Guid AuthorUserId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public required byte[] Body { get; set; }
    public DateOnly? DueOn { get; set; }
    public DateOnly? DoneOn { get; set; }
    public long Version { get; set; }
}

public enum ActionKind
{
    Discipline = 0,
    RestoreRights = 1,
    PoliceReferral = 2,
    RecoverAssets = 3,
    Other = 9,
}

/// <summary>An action the conclusion recommends, followed up until done. A referral to the police is "immediately" (Art 36).</summary>
public sealed class RecommendedAction : IVersioned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid ReportId { get; set; }
    public ActionKind Kind { get; set; }
    public bool Immediate { get; set; }
    public required byte[] Description { get; set; }
    public DateOnly? DueOn { get; set; }
    public DateOnly? DoneOn { get; set; }
    public long Version { get; set; }
}

public enum RequestState
{
    Pending = 0,
    Approved = 1,
    Refused = 2,
}

/// <summary>A handler's request to learn who the reporter is; a custodian decides. The reason is written for the custodian, not about the report.</summary>
public sealed class IdentityRequest : IVersioned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid ReportId { get; set; }
    public Guid RequesterUserId { get; set; }
    public required string Reason { get; set; }
    public DateTimeOffset RequestedAt { get; set; }
    public RequestState State { get; set; }
    public Guid? DecidedByUserId { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }
    public string? DecisionNote { get; set; }
    public long Version { get; set; }
}

/// <summary>A duplicate or related report, linked both ways by storing the pair once (smaller id first).</summary>
public sealed class CaseLink
{
    public Guid FirstId { get; set; }
    public Guid SecondId { get; set; }
    public DateTimeOffset LinkedAt { get; set; }
}

public enum ProtectionState
{
    None = 0,
    Requested = 1,
    Granted = 2,
    Refused = 3,
    Ended = 4,
}
