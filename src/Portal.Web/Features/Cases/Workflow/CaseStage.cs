namespace Portal.Web.Features.Cases;

/// <summary>
/// The statutory steps of a case (Law on Denunciations 25/2018 Arts 24-40; Art 25 for anonymous information):
/// receive, classify, accept or reject or forward, verify, conclude, act, close.
/// </summary>
public enum CaseStage
{
    New = 0,
    /// <summary>Classified (track and legal grounds recorded); the acceptance decision is pending.</summary>
    Triaged = 1,
    /// <summary>Accepted (or, for anonymous information, a check started): verification under way.</summary>
    Verifying = 2,
    Suspended = 3,
    /// <summary>A handler proposed a conclusion; a leader approves it or sends it back.</summary>
    ConclusionProposed = 4,
    /// <summary>Concluded: recommended actions and publication are followed up.</summary>
    Concluded = 5,
    Closed = 6,
    Rejected = 7,
    Forwarded = 8,
    Terminated = 9,
    Merged = 10,
}

public enum CaseAction
{
    Classify = 0,
    Forward = 1,
    Merge = 2,
    Accept = 3,
    Reject = 4,
    Suspend = 5,
    Resume = 6,
    Terminate = 7,
    ProposeConclusion = 8,
    ApproveConclusion = 9,
    ReturnConclusion = 10,
    Close = 11,
    Assign = 12,
    CompleteStep = 13,
    CompleteAction = 14,
    DecideProtection = 15,
    ReviewProtection = 16,
    RecommendReward = 17,
    Link = 18,
    Received = 19,
    /// <summary>A handler asks to extend a running clock (complex or especially complex case).</summary>
    RequestExtension = 20,
    /// <summary>A leader other than the requester approves or refuses the extension.</summary>
    DecideExtension = 21,
}

/// <summary>Which level settles the case: a report concerning a unit head goes to the Director's level; one concerning the Director or a Deputy goes to the province.</summary>
public enum CaseLevel
{
    Unit = 0,
    Director = 1,
    ProvincialCommittee = 2,
}

/// <summary>The one table of which action may be taken at which stage, and where it leads. The server checks every post against it.</summary>
public static class CaseTransitions
{
    private static readonly CaseStage[] Open = [CaseStage.New, CaseStage.Triaged, CaseStage.Verifying, CaseStage.Suspended, CaseStage.ConclusionProposed, CaseStage.Concluded];

    private static readonly Dictionary<CaseAction, (CaseStage[] From, CaseStage? To)> Table = new()
    {
        [CaseAction.Classify] = ([CaseStage.New, CaseStage.Triaged], CaseStage.Triaged),
        [CaseAction.Forward] = ([CaseStage.New, CaseStage.Triaged], CaseStage.Forwarded),
        [CaseAction.Merge] = ([CaseStage.New, CaseStage.Triaged], CaseStage.Merged),
        [CaseAction.Link] = (Open, null),
        [CaseAction.Accept] = ([CaseStage.Triaged], CaseStage.Verifying),
        [CaseAction.Reject] = ([CaseStage.Triaged], CaseStage.Rejected),
        [CaseAction.Suspend] = ([CaseStage.Verifying], CaseStage.Suspended),
        [CaseAction.Resume] = ([CaseStage.Suspended], CaseStage.Verifying),
        [CaseAction.Terminate] = ([CaseStage.Triaged, CaseStage.Verifying, CaseStage.Suspended], CaseStage.Terminated),
        [CaseAction.ProposeConclusion] = ([CaseStage.Verifying], CaseStage.ConclusionProposed),
        [CaseAction.ApproveConclusion] = ([CaseStage.ConclusionProposed], CaseStage.Concluded),
        [CaseAction.ReturnConclusion] = ([CaseStage.ConclusionProposed], CaseStage.Verifying),
        [CaseAction.Close] = ([CaseStage.Concluded], CaseStage.Closed),
        [CaseAction.Assign] = (Open, null),
        [CaseAction.CompleteStep] = (Enum.GetValues<CaseStage>(), null),
        [CaseAction.CompleteAction] = ([CaseStage.Concluded], null),
        [CaseAction.DecideProtection] = (Enum.GetValues<CaseStage>().Where(s => s != CaseStage.Merged).ToArray(), null),
        [CaseAction.ReviewProtection] = (Enum.GetValues<CaseStage>().Where(s => s != CaseStage.Merged).ToArray(), null),
        [CaseAction.RecommendReward] = ([CaseStage.Concluded, CaseStage.Closed], null),
        [CaseAction.RequestExtension] = ([CaseStage.New, CaseStage.Triaged, CaseStage.Verifying, CaseStage.ConclusionProposed], null),
        [CaseAction.DecideExtension] = ([CaseStage.New, CaseStage.Triaged, CaseStage.Verifying, CaseStage.ConclusionProposed], null),
    };

    public static bool IsOpen(CaseStage stage) => Open.Contains(stage);

    /// <summary>The stage the action leads to, or null when the action is not allowed at this stage.</summary>
    public static CaseStage? Next(CaseStage from, CaseAction action) =>
        Table.TryGetValue(action, out var t) && t.From.Contains(from) ? t.To ?? from : null;

    public static IEnumerable<CaseAction> Allowed(CaseStage from) =>
        Table.Where(t => t.Value.From.Contains(from)).Select(t => t.Key);
}

/// <summary>What the reporter reads in the mailbox: plain words, never the internal detail.</summary>
public static class PublicStatus
{
    public static string KeyOf(CaseStage stage, bool withdrawn) => withdrawn && IsOpenForReporter(stage) ? "Intake.Status.Withdrawn" : $"Intake.Status.{stage switch
    {
        CaseStage.New or CaseStage.Triaged => "Received",
        CaseStage.Verifying or CaseStage.ConclusionProposed => "InProgress",
        CaseStage.Merged => "InProgress",
        _ => stage.ToString(),
    }}";

    /// <summary>A reporter may withdraw until the case is settled (Law on Denunciations Art 33); a concluded case stays concluded.</summary>
    public static bool CanWithdraw(CaseStage stage) => IsOpenForReporter(stage) && stage != CaseStage.Concluded;

    private static bool IsOpenForReporter(CaseStage stage) => CaseTransitions.IsOpen(stage);
}
