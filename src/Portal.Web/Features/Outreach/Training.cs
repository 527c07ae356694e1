using Portal.Web.Data;

namespace Portal.Web.Features.Outreach;

public enum OutreachKind
{
    Training = 0,
    /// <summary>An awareness campaign (conference, media drive): sessions and attendance, usually no quiz.</summary>
    Campaign = 1,
}

/// <summary>
/// A training or campaign on anti-corruption law and integrity (programme task 8). Its audience is units and
/// positions; the people in it at the time of saving become <see cref="TrainingParticipant"/> rows, and when the
/// training is mandatory each gets a duty to attend by <see cref="DueOn"/>.
/// </summary>
public sealed class Training : IVersioned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public required string Code { get; set; }
    public required string Title { get; set; }
    public string? Description { get; set; }
    public OutreachKind Kind { get; set; }
    public int Year { get; set; }
    public bool Mandatory { get; set; }
    public DateOnly? DueOn { get; set; }
    /// <summary>Share of correct answers needed to pass the quiz, in percent.</summary>
    public int PassMarkPercent { get; set; } = 80;
    public Guid CreatedBy { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public long Version { get; set; }
}

/// <summary>One audience line: a unit (with the units under it) and/or a position. No lines means everyone.</summary>
public sealed class TrainingAudience
{
    public long Id { get; set; }
    public Guid TrainingId { get; set; }
    public Guid? UnitId { get; set; }
    public Guid? PositionId { get; set; }
}

public sealed class TrainingSession
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid TrainingId { get; set; }
    public DateOnly HeldOn { get; set; }
    public required string Place { get; set; }
}

/// <summary>A link to the slides, the legal text or the video; files stay on the Department's document system.</summary>
public sealed class TrainingMaterial
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid TrainingId { get; set; }
    public required string Label { get; set; }
    public required string Url { get; set; }
}

/// <summary>
/// A staff member expected at (or who came to) a training. <see cref="UnitId"/> is their unit when they were
/// added, so coverage per unit does not move when someone changes unit later.
/// </summary>
public sealed class TrainingParticipant
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid TrainingId { get; set; }
    public Guid StaffMemberId { get; set; }
    public Guid UnitId { get; set; }
    /// <summary>False for someone who attended without being in the audience: counted as attending, not in coverage.</summary>
    public bool InAudience { get; set; }
    public DateOnly? AttendedOn { get; set; }
    public DateOnly? PassedOn { get; set; }
    public int? BestScorePercent { get; set; }
}

public sealed class TrainingAttendance
{
    public Guid SessionId { get; set; }
    public Guid StaffMemberId { get; set; }
    public Guid TrainingId { get; set; }
    public Guid RecordedBy { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
}

public sealed class QuizQuestion
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid TrainingId { get; set; }
    public int Number { get; set; }
    public required string Text { get; set; }
    /// <summary>The choices, one per line.</summary>
    public required string Options { get; set; }
    /// <summary>Index (from 0) of the right choice in <see cref="Options"/>.</summary>
    public int Correct { get; set; }

    public IReadOnlyList<string> Choices => Options.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

public sealed class QuizAttempt
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid TrainingId { get; set; }
    public Guid StaffMemberId { get; set; }
    public DateTimeOffset At { get; set; }
    public int ScorePercent { get; set; }
    public bool Passed { get; set; }
}
