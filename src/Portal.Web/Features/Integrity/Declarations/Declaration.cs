using Portal.Web.Data;

namespace Portal.Web.Features.Integrity.Declarations;

public enum DeclarationKind
{
    /// <summary>Within 10 days of placement in a post that must declare (Law 36/2018 Art 36.1).</summary>
    First = 0,
    /// <summary>Every year, before 31 December (Art 36.3).</summary>
    Annual = 1,
    /// <summary>When assets or income changed by the threshold in force within the year, before 31 December (Art 36.2).</summary>
    Supplementary = 2,
    /// <summary>At least 10 days before an expected appointment (Art 36.4).</summary>
    Appointment = 3,
}

public enum DeclarationStatus
{
    Draft = 0,
    Submitted = 1,
    CorrectionRequested = 2,
    Accepted = 3,
    HandedOver = 4,
}

/// <summary>What change detection found at submission; the amounts it compared are never stored.</summary>
public enum ChangeOutcome
{
    /// <summary>No earlier declaration of this person to compare with.</summary>
    NotCompared = 0,
    BelowThreshold = 1,
    /// <summary>Assets rose by the threshold in force or more: the declarant explained the source, and the reviewer should look at it. A flag, never an accusation.</summary>
    ExplanationRequired = 2,
}

public enum PublicationMethod
{
    None = 0,
    /// <summary>Posted at the workplace for at least 15 consecutive days.</summary>
    Posting = 1,
    /// <summary>Read out at a meeting with at least two thirds of those summoned present.</summary>
    Meeting = 2,
}

/// <summary>
/// One declaration of assets and income. Workflow metadata is plaintext; everything declared is ciphertext
/// under a per-declaration content key K, sealed to the declarant and (from submission) to the personnel
/// reviewers' and the control body's inboxes. Nothing here says how much anyone owns.
/// </summary>
public sealed class Declaration : IVersioned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid DeclarantStaffId { get; set; }
    public Guid DeclarantUserId { get; set; }
    public Guid UnitId { get; set; }
    public DeclarationKind Kind { get; set; }
    public int Year { get; set; }
    /// <summary>The period this declaration answers ("annual-2026", "first-2026-03-02"): one declaration per person and period.</summary>
    public required string PeriodKey { get; set; }
    /// <summary>Placement day (first) or expected appointment day (appointment).</summary>
    public DateOnly? EventDate { get; set; }
    public DateOnly DueOn { get; set; }
    public DeclarationStatus Status { get; set; }

    public required byte[] Content { get; set; }
    public required byte[] ContentKeyForDeclarant { get; set; }
    public byte[]? ContentKeyForReviewers { get; set; }
    public byte[]? ContentKeyForControlBody { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public DateOnly? SubmittedOn { get; set; }
    /// <summary>How many times it was submitted (1, then one more per correction).</summary>
    public int Revision { get; set; }
    public DateOnly? CorrectionDueOn { get; set; }
    public DateOnly? AcceptedOn { get; set; }
    public DateOnly? HandOverDueOn { get; set; }
    public DateOnly? HandedOverOn { get; set; }
    public DateOnly? PublishDueOn { get; set; }

    public PublicationMethod PublicationMethod { get; set; }
    public DateOnly? PublishedFrom { get; set; }
    public DateOnly? PublishedTo { get; set; }
    public int? MeetingPresent { get; set; }
    public int? MeetingSummoned { get; set; }

    public ChangeOutcome Change { get; set; }
    public Guid? ComparedWithId { get; set; }
    /// <summary>The effective date of the increase threshold applied (the law's amount, not the declarant's).</summary>
    public DateOnly? ThresholdFrom { get; set; }

    public long Version { get; set; }
}

/// <summary>Each submission's content, kept unchanged: corrections add a revision, they never overwrite one.</summary>
public sealed class DeclarationRevision
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid DeclarationId { get; set; }
    public int Number { get; set; }
    public DateTimeOffset SubmittedAt { get; set; }
    public required byte[] Content { get; set; }
}

/// <summary>The declaration's history as its readers see it; a reviewer's note is ciphertext under K.</summary>
public sealed class DeclarationEvent
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid DeclarationId { get; set; }
    public DateTimeOffset At { get; set; }
    public Guid ActorUserId { get; set; }
    public required string Action { get; set; }
    public byte[]? Note { get; set; }
}
