using Portal.Web.Data;

namespace Portal.Web.Features.Checks;

/// <summary>
/// A recommendation (kiến nghị) of a check's conclusion: who must act, by when, and the follow-up until it is done.
/// While open it is a duty (<see cref="Deadlines.Duties.DutyKinds.CheckRecommendation"/>), so overdue ones escalate
/// like case deadlines.
/// </summary>
public sealed class CheckRecommendation : IVersioned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CheckId { get; set; }
    /// <summary>1, 2, ... within the check: "KN2" in labels.</summary>
    public int Number { get; set; }
    public Guid OwnerUnitId { get; set; }
    public Guid? OwnerStaffId { get; set; }
    public required string Text { get; set; }
    public RecommendationKind Kind { get; set; }
    /// <summary>Money to recover, in đồng; only for <see cref="RecommendationKind.RecoverMoney"/>.</summary>
    public long? AmountVnd { get; set; }
    public DateOnly DueOn { get; set; }
    public RecommendationStatus Status { get; set; }
    public DateOnly? ClosedOn { get; set; }
    public string? ClosingEvidence { get; set; }
    public Guid? ClosedByUserId { get; set; }
    /// <summary>The loopholes-register entry this recommendation opened, when it asks for a loophole to be fixed.</summary>
    public Guid? LoopholeId { get; set; }
    public long Version { get; set; }

    public static string Label(string checkCode, int number) => $"{checkCode}/KN{number}";

    public static bool IsOverdue(DateOnly dueOn, RecommendationStatus status, DateOnly today) => status == RecommendationStatus.Open && dueOn < today;
}

public enum RecommendationKind
{
    FixLoophole = 0,
    Discipline = 1,
    RecoverMoney = 2,
    Other = 3,
}

public enum RecommendationStatus
{
    Open = 0,
    Done = 1,
}

/// <summary>A dated progress report on a recommendation, usually by the owner unit's head. Append-only.</summary>
public sealed class RecommendationProgress
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid RecommendationId { get; set; }
    public DateOnly ReportedOn { get; set; }
    public required string Text { get; set; }
    public Guid AuthorUserId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
