namespace Portal.Web.Features.Integrity;

/// <summary>Audited integrity actions. Details name ids, kinds and outcomes, never amounts or declared content.</summary>
public static class IntegrityAudit
{
    public const string Refused = "integrity.refused";
    public const string DeclarationDrafted = "declaration.drafted";
    public const string DeclarationSaved = "declaration.saved";
    public const string DeclarationSubmitted = "declaration.submitted";
    public const string DeclarationOpened = "declaration.opened";
    public const string CorrectionRequested = "declaration.correction-requested";
    public const string DeclarationAccepted = "declaration.accepted";
    public const string DeclarationHandedOver = "declaration.handed-over";
    public const string DeclarationPublished = "declaration.published";
    public const string DuePlanned = "declaration.due-planned";
    public const string ReminderRecorded = "declaration.reminder";
    public const string FlaggedToHead = "declaration.flagged-to-head";
    public const string DrawMade = "draw.made";
    public const string DrawExcluded = "draw.excluded";
    public const string PositionDeclares = "declarant.position-marked";
    public const string SensitivePostSet = "declarant.post-marked";
    public const string GiftReported = "gift.reported";
    public const string GiftHandled = "gift.handled";
    public const string ConflictReported = "conflict.reported";
    public const string ConflictDecided = "conflict.decided";
    public const string ConflictNotified = "conflict.notified";
    public const string PolicyPublished = "policy.published";
    public const string PolicyAcknowledged = "policy.acknowledged";

    public static IReadOnlyList<string> All { get; } =
    [
        Refused, DeclarationDrafted, DeclarationSaved, DeclarationSubmitted, DeclarationOpened, CorrectionRequested, DeclarationAccepted,
        DeclarationHandedOver, DeclarationPublished, DuePlanned, ReminderRecorded, FlaggedToHead, DrawMade, DrawExcluded, PositionDeclares, SensitivePostSet, GiftReported, GiftHandled,
        ConflictReported, ConflictDecided, ConflictNotified, PolicyPublished, PolicyAcknowledged,
    ];
}
