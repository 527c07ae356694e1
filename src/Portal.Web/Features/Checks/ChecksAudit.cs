namespace Portal.Web.Features.Checks;

/// <summary>Audited check actions. Subjects are check codes and recommendation labels; details name statuses and dates, never findings.</summary>
public static class ChecksAudit
{
    public const string PlanApproved = "check.plan-approved";
    public const string Saved = "check.saved";
    public const string TeamChanged = "check.team-changed";
    public const string NoConflictConfirmed = "check.no-conflict-confirmed";
    public const string Started = "check.started";
    public const string Cancelled = "check.cancelled";
    public const string FindingsSaved = "check.findings-saved";
    public const string Concluded = "check.concluded";
    public const string Closed = "check.closed";
    public const string RecommendationAdded = "check.recommendation-added";
    public const string ProgressReported = "check.recommendation-progress";
    public const string RecommendationClosed = "check.recommendation-closed";

    public static IReadOnlyList<string> All { get; } =
    [
        PlanApproved, Saved, TeamChanged, NoConflictConfirmed, Started, Cancelled, FindingsSaved, Concluded, Closed,
        RecommendationAdded, ProgressReported, RecommendationClosed,
    ];
}
