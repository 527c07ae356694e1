namespace Portal.Web.Features.Audit;

/// <summary>
/// One line of the append-only audit log. Each entry's hash covers its fields and the previous entry's
/// hash, so a changed, removed or inserted row breaks the chain from that point on. Entries never hold
/// report content: an action, who, what it concerned (ids), and a short non-content detail.
/// </summary>
public sealed class AuditEntry
{
    public long Id { get; set; }
    public DateTimeOffset At { get; set; }
    public Guid? ActorUserId { get; set; }
    public required string Action { get; set; }
    public string? Subject { get; set; }
    public string? Detail { get; set; }
    public required byte[] PreviousHash { get; set; }
    public required byte[] Hash { get; set; }
}

/// <summary>Audited actions, named once so the log can be searched reliably.</summary>
public static class AuditActions
{
    public const string SignIn = "account.sign-in";

    /// <summary>
    /// A refused sign-in. The actor is the account when it exists; the detail says which step failed and why.
    /// Neither the password nor the user name typed for an unknown account is ever kept.
    /// </summary>
    public const string SignInFailed = "account.sign-in-failed";

    /// <summary>A signed-in person signed out (by the button or after being idle).</summary>
    public const string SignOut = "account.sign-out";

    public const string InboxCreated = "inbox.created";
    public const string InboxGranted = "inbox.granted";
    public const string InboxRevoked = "inbox.revoked";
    public const string ReportOpened = "report.opened";
    public const string ReportRefused = "report.refused";
    public const string FileOpened = "report.file-opened";
    public const string ReplySent = "report.reply-sent";

    /// <summary>An administrator added a working-calendar override; the subject is its date, the detail its kind, name and basis.</summary>
    public const string CalendarOverrideAdded = "calendar.override-added";

    public const string CalendarOverrideRemoved = "calendar.override-removed";

    /// <summary>A deadline rule got a new version; the subject is the rule code, the detail what changed and from when.</summary>
    public const string DeadlineRuleRevised = "deadline-rule.revised";

    /// <summary>A programme task was created or edited; the subject is year/code, the detail its status and due day.</summary>
    public const string ProgrammeTaskSaved = "programme.task-saved";

    public const string ProgrammeProgressAdded = "programme.progress-added";

    /// <summary>A loophole was recorded or edited; the subject is its id (never case content).</summary>
    public const string LoopholeSaved = "loophole.saved";

    public const string LoopholeStatusChanged = "loophole.status-changed";
    public const string AssessmentCriterionSaved = "assessment.criterion-saved";
    public const string AssessmentYearCopied = "assessment.year-copied";

    /// <summary>A criterion was scored; the detail is the old and new score over the maximum.</summary>
    public const string AssessmentScoreSaved = "assessment.score-saved";

    public const string AssessmentYearClosed = "assessment.year-closed";

    /// <summary>Every action above, in the order the audit page offers them as filters.</summary>
    public static IReadOnlyList<string> All { get; } =
        [
            SignIn, SignInFailed, SignOut, InboxCreated, InboxGranted, InboxRevoked, ReportOpened, ReportRefused, FileOpened, ReplySent,
            CalendarOverrideAdded, CalendarOverrideRemoved, DeadlineRuleRevised,
            ProgrammeTaskSaved, ProgrammeProgressAdded, LoopholeSaved, LoopholeStatusChanged,
            AssessmentCriterionSaved, AssessmentYearCopied, AssessmentScoreSaved, AssessmentYearClosed,
        ];
}
