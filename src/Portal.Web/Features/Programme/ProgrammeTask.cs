using Portal.Web.Data;

namespace Portal.Web.Features.Programme;

/// <summary>
/// One task (or sub-task) of the steering committee's annual anti-corruption programme. The due date is stored
/// as a plain date so a later generic deadline sweep can alert on it beside the case clocks.
/// </summary>
public sealed class ProgrammeTask : IVersioned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public int Year { get; set; }
    /// <summary>"1", "1.2": the numbering of the programme text, unique within a year.</summary>
    public required string Code { get; set; }
    public Guid? ParentId { get; set; }
    public required string Title { get; set; }
    public string? Description { get; set; }
    public Guid OwnerUnitId { get; set; }
    public Guid? OwnerStaffId { get; set; }
    public DateOnly? StartOn { get; set; }
    public DateOnly DueOn { get; set; }
    public ProgrammeTaskStatus Status { get; set; }
    public DateOnly? CompletedOn { get; set; }
    public long Version { get; set; }

    /// <summary>Overdue: past its due day in the Department's time zone and neither done nor cancelled.</summary>
    public static bool IsOverdue(DateOnly dueOn, ProgrammeTaskStatus status, DateOnly today) =>
        dueOn < today && status is ProgrammeTaskStatus.NotStarted or ProgrammeTaskStatus.InProgress;
}

public enum ProgrammeTaskStatus
{
    NotStarted = 0,
    InProgress = 1,
    Done = 2,
    Cancelled = 3,
}

/// <summary>A dated progress entry on a task. Append-only: a correction is a new entry, so the record of what was said stays.</summary>
public sealed class ProgressReport
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid TaskId { get; set; }
    public DateOnly ReportedOn { get; set; }
    public required string Text { get; set; }
    public Guid AuthorUserId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public List<ProgressEvidence> Evidence { get; } = [];
}

/// <summary>
/// Evidence for a progress report: a link (document system, published decision) or a file kept under the data
/// folder. Programme evidence is ordinary official paperwork, not whistleblower content, so it is stored plainly.
/// </summary>
public sealed class ProgressEvidence
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid ReportId { get; set; }
    public required string Label { get; set; }
    public string? Url { get; set; }
    /// <summary>Name of the stored file under the data folder's programme-evidence directory (the id; never the uploaded name).</summary>
    public string? StoredName { get; set; }
    public string? ContentType { get; set; }
    public long? SizeBytes { get; set; }
}
