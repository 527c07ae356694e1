using Portal.Web.Data;

namespace Portal.Web.Features.Checks;

/// <summary>
/// One check of the Department's annual plan (or an inspection by the provincial inspectorate, recorded so its
/// recommendations are followed up the same way). Findings are the team's internal working record, not
/// whistleblower content: stored plainly, shown only to the team, check officers and the Department's leaders.
/// </summary>
public sealed class Check : IVersioned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public int Year { get; set; }
    /// <summary>"KT-2026-01": prefix by kind (<see cref="ChecksOptions"/>), plan year, number in the year.</summary>
    public required string Code { get; set; }
    public int Number { get; set; }
    public CheckKind Kind { get; set; }
    public Guid CheckedUnitId { get; set; }
    /// <summary>Subject and scope, e.g. "thực hiện quy định về công khai, minh bạch trong mua sắm".</summary>
    public required string Subject { get; set; }
    public DateOnly PlannedFrom { get; set; }
    public DateOnly PlannedTo { get; set; }
    /// <summary>The decision that orders the check and its legal basis ("Quyết định số 12/QĐ-SYT").</summary>
    public string? LegalBasis { get; set; }
    public CheckStatus Status { get; set; }
    public DateOnly? StartedOn { get; set; }
    public string? Findings { get; set; }
    public DateOnly? ConclusionOn { get; set; }
    public string? ConclusionNumber { get; set; }
    /// <summary>What the conclusion says, as sent to the checked unit (its head reads it; the findings stay with the team).</summary>
    public string? ConclusionSummary { get; set; }
    public DateOnly? ClosedOn { get; set; }
    public string? CancelReason { get; set; }
    public long Version { get; set; }

    public List<CheckTeamMember> Team { get; } = [];

    public static int Quarter(DateOnly day) => (day.Month - 1) / 3 + 1;
}

public enum CheckKind
{
    /// <summary>Kiểm tra: run by the Department itself.</summary>
    Check = 0,
    /// <summary>Thanh tra: run by the provincial inspectorate; the Department records it to follow up its recommendations.</summary>
    Inspection = 1,
}

public enum CheckStatus
{
    Planned = 0,
    InProgress = 1,
    Concluded = 2,
    FollowUp = 3,
    Closed = 4,
    Cancelled = 5,
}

/// <summary>
/// A member of the check team (Đoàn kiểm tra). Nobody works on a check before saying they have no conflict of
/// interest with the checked unit: the member confirms it themselves, or an officer records their signed statement.
/// </summary>
public sealed class CheckTeamMember
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CheckId { get; set; }
    public Guid StaffMemberId { get; set; }
    public bool IsLeader { get; set; }
    public DateOnly? NoConflictConfirmedOn { get; set; }
    public Guid? ConfirmedByUserId { get; set; }
}

/// <summary>A year's plan of checks as a whole: the Director approves it (by a decision) before any check starts.</summary>
public sealed class CheckPlan : IVersioned
{
    public int Year { get; set; }
    public string? DecisionNumber { get; set; }
    public DateOnly? ApprovedOn { get; set; }
    public Guid? ApprovedByUserId { get; set; }
    public long Version { get; set; }
}
