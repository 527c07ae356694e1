using Microsoft.EntityFrameworkCore;
using Portal.Web.Features.Accounts;
using Portal.Web.Features.Deadlines.Clocks;
using Portal.Web.Features.Deadlines.Rules;
using Portal.Web.Features.Intake;

namespace Portal.Web.Features.Cases;

/// <summary>What each action checks and changes beyond the stage: clocks, assignments, recommended actions, protection.</summary>
public sealed class CaseSteps(CaseGate gate)
{
    public const int MaxReason = 4000;
    public const int MaxShort = 300;

    private static readonly CaseAction[] NeedReason =
    [
        CaseAction.Classify, CaseAction.Forward, CaseAction.Merge, CaseAction.Accept, CaseAction.Reject, CaseAction.Suspend, CaseAction.Resume,
        CaseAction.Terminate, CaseAction.ReturnConclusion, CaseAction.Close, CaseAction.DecideProtection, CaseAction.ReviewProtection, CaseAction.RecommendReward,
        CaseAction.RequestExtension,
    ];

    private static readonly CaseAction[] NeedGround =
        [CaseAction.Classify, CaseAction.Forward, CaseAction.Accept, CaseAction.Reject, CaseAction.Suspend, CaseAction.Terminate];

    /// <summary>A resource key describing the first problem with the input, or null when it is complete.</summary>
    public string? Validate(Report report, CaseCommand c)
    {
        if (NeedReason.Contains(c.Action) && string.IsNullOrWhiteSpace(c.Reason))
        {
            return "Cases.Error.ReasonRequired";
        }

        if (NeedGround.Contains(c.Action) && string.IsNullOrWhiteSpace(c.LegalGround))
        {
            return "Cases.Error.GroundRequired";
        }

        if (c.Reason?.Length > MaxReason || c.Findings?.Length > MaxReason || c.LegalGround?.Length > 200 || c.ForwardTo?.Length > MaxShort ||
            c.Actions.Count > 20 || c.Actions.Any(a => a.Description.Length > MaxReason) || c.Assignees.Count > 20)
        {
            return "Cases.Error.TooLong";
        }

        return c.Action switch
        {
            CaseAction.Classify when c.Track is not { } t || !Enum.IsDefined(t) => "Cases.Error.TrackRequired",
            CaseAction.Classify when c.Track == ReportTrack.IdentifiedDenunciation && report.Identity is null => "Cases.Error.NoIdentity",
            CaseAction.Forward when string.IsNullOrWhiteSpace(c.ForwardTo) => "Cases.Error.ForwardToRequired",
            CaseAction.Merge or CaseAction.Link when string.IsNullOrWhiteSpace(c.OtherCaseCode) => "Cases.Error.OtherCaseRequired",
            CaseAction.ProposeConclusion when c.Outcome is not { } o || !Enum.IsDefined(o) => "Cases.Error.OutcomeRequired",
            CaseAction.ProposeConclusion when string.IsNullOrWhiteSpace(c.Findings) => "Cases.Error.FindingsRequired",
            CaseAction.ProposeConclusion when c.Actions.Any(a => string.IsNullOrWhiteSpace(a.Description) || !Enum.IsDefined(a.Kind)) => "Cases.Error.ActionIncomplete",
            CaseAction.Assign when c.Assignees.Count == 0 => "Cases.Error.AssigneeRequired",
            CaseAction.CompleteStep or CaseAction.CompleteAction or CaseAction.RequestExtension or CaseAction.DecideExtension when c.ItemId is null => "Cases.Error.Invalid",
            CaseAction.RequestExtension when c.Grade is not { } g || !Enum.IsDefined(g) => "Cases.Error.GradeRequired",
            CaseAction.DecideExtension when c.Granted is null => "Cases.Error.Invalid",
            CaseAction.DecideProtection when c.Granted is null => "Cases.Error.Invalid",
            CaseAction.DecideProtection or CaseAction.ReviewProtection when report.Protection == ProtectionState.None && !report.ProtectionRequested => "Cases.Error.NoProtectionRequest",
            CaseAction.RecommendReward when report.Outcome is not (ConclusionOutcome.Substantiated or ConclusionOutcome.PartlySubstantiated) => "Cases.Error.RewardNeedsSubstantiated",
            _ => null,
        };
    }

    /// <summary>Applies the action's effects; a non-null result refuses the step (nothing is saved).</summary>
    public async Task<CaseResult?> ApplyAsync(CaseStep s, CancellationToken ct)
    {
        var (db, report, c) = (s.Db, s.Report, s.Command);
        switch (c.Action)
        {
            case CaseAction.Classify:
                if (report.Track != c.Track!.Value || report.Stage == CaseStage.New)
                {
                    // A new track brings its own clock; one started on receipt keeps counting from that day.
                    var start = report.Track == c.Track ? report.ReceivedOn : s.Today;
                    await ClockBook.StopAsync(db, report.Id, s.Today, k => k.RuleCode != IntakeClock(c.Track.Value), ct);
                    report.Track = c.Track.Value;
                    await ClockBook.StartAsync(db, report, IntakeClock(report.Track), start, ct);
                }

                return null;
            case CaseAction.Forward:
                s.Detail = s.Detail with { ForwardedTo = c.ForwardTo!.Trim() };
                return null;
            case CaseAction.Merge or CaseAction.Link:
                return await LinkAsync(s, ct);
            case CaseAction.Accept:
                await ClockBook.StopAsync(db, report.Id, s.Today, _ => true, ct);
                foreach (var code in AcceptedClocks(report.Track))
                {
                    await ClockBook.StartAsync(db, report, code, s.Today, ct);
                }

                return null;
            case CaseAction.Reject:
                return null;
            case CaseAction.Suspend:
                await ClockBook.PauseAsync(db, report.Id, s.Today, ct);
                await StartIfDenunciation(s, RuleCodes.DenunciationSendSuspension, ct);
                return null;
            case CaseAction.Resume:
                await ClockBook.ResumeAsync(db, report.Id, s.Today, ct);
                return null;
            case CaseAction.Terminate:
                return null;
            case CaseAction.ProposeConclusion:
                s.Detail = s.Detail with { Outcome = c.Outcome!.Value.ToString(), Findings = c.Findings!.Trim(), Actions = c.Actions };
                return null;
            case CaseAction.ApproveConclusion or CaseAction.ReturnConclusion:
                return await DecideConclusionAsync(s, ct);
            case CaseAction.Close:
                return await db.RecommendedActions.AnyAsync(a => a.ReportId == report.Id && a.DoneOn == null, ct)
                    ? CaseResult.Invalid("Cases.Error.ActionsOpen") : null;
            case CaseAction.Assign:
                return await AssignAsync(s, ct);
            case CaseAction.CompleteStep:
                var clockRow = await db.CaseClocks.FirstOrDefaultAsync(k => k.Id == c.ItemId && k.ReportId == report.Id && k.StoppedOn == null, ct);
                if (clockRow is null)
                {
                    return CaseResult.Invalid("Cases.Error.Invalid");
                }

                clockRow.StoppedOn = s.Today;
                s.Detail = s.Detail with { Names = [clockRow.RuleCode] };
                return null;
            case CaseAction.CompleteAction:
                var action = await db.RecommendedActions.FirstOrDefaultAsync(a => a.Id == c.ItemId && a.ReportId == report.Id && a.DoneOn == null, ct);
                if (action is null)
                {
                    return CaseResult.Invalid("Cases.Error.Invalid");
                }

                action.DoneOn = s.Today;
                if (!await db.RecommendedActions.AnyAsync(a => a.ReportId == report.Id && a.DoneOn == null && a.Id != action.Id, ct))
                {
                    await ClockBook.StopAsync(db, report.Id, s.Today, k => k.RuleCode == RuleCodes.DenunciationAct, ct);
                }

                return null;
            case CaseAction.DecideProtection:
                report.Protection = c.Granted!.Value ? ProtectionState.Granted : ProtectionState.Refused;
                report.ProtectionReviewOn = c.Granted.Value ? c.ReviewOn : null;
                return null;
            case CaseAction.RequestExtension:
                return await ClockExtensions.RequestAsync(s, ct);
            case CaseAction.DecideExtension:
                return await ClockExtensions.DecideAsync(s, ct);
            case CaseAction.ReviewProtection:
                if (report.Protection != ProtectionState.Granted)
                {
                    return CaseResult.Invalid("Cases.Error.NoProtectionRequest");
                }

                report.ProtectionReviewOn = c.ReviewOn;
                report.Protection = c.ReviewOn is null ? ProtectionState.Ended : ProtectionState.Granted;
                return null;
            default:
                return null;
        }
    }

    /// <summary>Who may be assigned to a case: enabled handlers and leaders who have a key pair to seal the case key to.</summary>
    public static IQueryable<PersonView> Assignable(Data.PortalDbContext db, IReadOnlyCollection<Guid>? among = null)
    {
        var roles = new[] { Roles.Handler, Roles.Leader };
        var users = among is null ? db.Users : db.Users.Where(u => among.Contains(u.Id));
        return (from u in users
                join ur in db.UserRoles on u.Id equals ur.UserId
                join r in db.Roles on ur.RoleId equals r.Id
                where !u.IsDisabled && roles.Contains(r.Name!) && db.StaffKeys.Any(k => k.UserId == u.Id)
                select new PersonView(u.Id, u.DisplayName)).Distinct();
    }

    /// <summary>Decisions on a proposal or a request are a leader's, and never the proposer's own.</summary>
    internal static CaseResult? RefuseUnlessOtherLeader(CaseActor actor, Guid? proposer) =>
        !actor.IsLeader ? new CaseResult(CaseOutcome.NotPermitted, Problem: "Cases.Error.LeaderOnly")
        : proposer == actor.UserId ? new CaseResult(CaseOutcome.NotPermitted, Problem: "Cases.Error.SelfApproval")
        : null;

    public static string IntakeClock(ReportTrack track) => track switch
    {
        ReportTrack.IdentifiedDenunciation => RuleCodes.DenunciationAccept,
        ReportTrack.Petition => RuleCodes.PetitionIntakeOutcome,
        ReportTrack.Complaint => RuleCodes.ComplaintAccept,
        _ => RuleCodes.AnonymousTriage,
    };

    private static string[] AcceptedClocks(ReportTrack track) => track switch
    {
        ReportTrack.IdentifiedDenunciation => [RuleCodes.DenunciationNotifyAccepted, RuleCodes.DenunciationSettle],
        ReportTrack.Complaint => [RuleCodes.ComplaintSettle],
        ReportTrack.Petition => [],
        _ => [RuleCodes.AnonymousCheck],
    };

    private static async Task StartIfDenunciation(CaseStep s, string code, CancellationToken ct)
    {
        if (s.Report.Track == ReportTrack.IdentifiedDenunciation)
        {
            await ClockBook.StartAsync(s.Db, s.Report, code, s.Today, ct);
        }
    }

    private async Task<CaseResult?> LinkAsync(CaseStep s, CancellationToken ct)
    {
        var code = s.Command.OtherCaseCode!.Trim().ToUpperInvariant();
        var other = await s.Db.Reports.FirstOrDefaultAsync(r => r.CaseCode == code, ct);
        if (other is null || other.Id == s.Report.Id || other.ReceivingUnitId != s.Report.ReceivingUnitId ||
            await gate.IsRecusedAsync(s.Db, other.Id, s.Actor.UserId, ct))
        {
            return CaseResult.Invalid("Cases.Error.OtherCaseNotFound");
        }

        if (s.Command.Action == CaseAction.Merge)
        {
            if (!CaseTransitions.IsOpen(other.Stage))
            {
                return CaseResult.Invalid("Cases.Error.OtherCaseClosed");
            }

            s.Report.MergedIntoId = other.Id;
        }

        var (first, second) = s.Report.Id.CompareTo(other.Id) < 0 ? (s.Report.Id, other.Id) : (other.Id, s.Report.Id);
        if (!await s.Db.CaseLinks.AnyAsync(l => l.FirstId == first && l.SecondId == second, ct))
        {
            s.Db.CaseLinks.Add(new CaseLink { FirstId = first, SecondId = second, LinkedAt = s.Now });
        }

        s.Detail = s.Detail with { Names = [other.CaseCode] };
        return null;
    }

    private static async Task<CaseResult?> DecideConclusionAsync(CaseStep s, CancellationToken ct)
    {
        var (db, report) = (s.Db, s.Report);
        var proposal = await db.CaseEvents.Where(e => e.ReportId == report.Id && e.Action == CaseAction.ProposeConclusion)
            .OrderByDescending(e => e.At).FirstAsync(ct);
        if (RefuseUnlessOtherLeader(s.Actor, proposal.ActorUserId) is { } refused)
        {
            return refused;
        }

        if (s.Command.Action == CaseAction.ReturnConclusion)
        {
            return null;
        }

        var proposed = CaseEvents.Read(proposal, s.Key);
        if (!Enum.TryParse<ConclusionOutcome>(proposed.Outcome, out var outcome))
        {
            return CaseResult.Invalid("Cases.Error.Invalid");
        }

        report.Outcome = outcome;
        s.Detail = proposed with { Reason = s.Detail.Reason };
        await ClockBook.StopAsync(db, report.Id, s.Today, _ => true, ct);
        await StartIfDenunciation(s, RuleCodes.DenunciationSendConclusion, ct);
        await StartIfDenunciation(s, RuleCodes.DenunciationPublish, ct);
        if (proposed.Actions.Count > 0)
        {
            await StartIfDenunciation(s, RuleCodes.DenunciationAct, ct);
        }

        foreach (var a in proposed.Actions)
        {
            var row = new RecommendedAction
            {
                ReportId = report.Id, Kind = a.Kind, Immediate = a.Immediate || a.Kind == ActionKind.PoliceReferral, Description = [],
                // A sign of a crime goes to the investigating body at once (Law on Denunciations Art 36).
                DueOn = a.Immediate || a.Kind == ActionKind.PoliceReferral ? s.Today : null,
            };
            row.Description = ReportCipher.EncryptJson(s.Key, a.Description.Trim(), ReportCipher.Ad(report.Id, "action", row.Id));
            db.RecommendedActions.Add(row);
        }

        return null;
    }

    private async Task<CaseResult?> AssignAsync(CaseStep s, CancellationToken ct)
    {
        var (db, report) = (s.Db, s.Report);
        var wanted = s.Command.Assignees.Distinct().ToList();
        var eligible = await Assignable(db, wanted).ToListAsync(ct);
        foreach (var id in wanted)
        {
            if (!eligible.Any(e => e.Id == id))
            {
                return CaseResult.Invalid("Cases.Error.AssigneeNotEligible");
            }

            if (await gate.IsRecusedAsync(db, report.Id, id, ct))
            {
                return CaseResult.Invalid("Cases.Error.AssigneeRecused");
            }
        }

        var current = await db.CaseAssignments.Where(a => a.ReportId == report.Id).ToListAsync(ct);
        db.CaseAssignments.RemoveRange(current.Where(a => !wanted.Contains(a.UserId)));
        // Someone taken off the case loses the key they were given for it (the inbox key, if any, is theirs by membership).
        var members = await db.InboxGrants.Where(g => g.InboxId == report.ReceivingUnitId).Select(g => g.UserId).ToListAsync(ct);
        var removed = current.Where(a => !wanted.Contains(a.UserId) && !members.Contains(a.UserId)).Select(a => a.UserId).ToList();
        db.CaseKeys.RemoveRange(await db.CaseKeys.Where(k => k.ReportId == report.Id && removed.Contains(k.UserId)).ToListAsync(ct));
        foreach (var id in wanted.Where(id => current.All(a => a.UserId != id)))
        {
            db.CaseAssignments.Add(new CaseAssignment { ReportId = report.Id, UserId = id, AssignedByUserId = s.Actor.UserId, AssignedAt = s.Now });
        }

        await gate.GrantAsync(db, report, s.Key, wanted, s.Actor.UserId, s.Now, ct);
        s.Detail = s.Detail with { Names = eligible.Select(e => e.Name).ToList() };
        return null;
    }
}
