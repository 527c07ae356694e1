using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Portal.Web.Data;
using Portal.Web.Features.Audit;
using Portal.Web.Features.Deadlines.Calendar;
using Portal.Web.Features.Deadlines.Duties;
using Portal.Web.Features.Deadlines.Rules;
using Portal.Web.Features.Programme;
using Portal.Web.Infrastructure;

namespace Portal.Web.Features.Checks;

public sealed class RecommendationForm
{
    public Guid? OwnerUnitId { get; set; }
    public Guid? OwnerStaffId { get; set; }
    public string Text { get; set; } = "";
    public RecommendationKind Kind { get; set; } = RecommendationKind.Other;
    public long? AmountVnd { get; set; }
    /// <summary>Empty: the follow-up period of the <see cref="CheckRecommendations.RuleCode"/> rule from the conclusion date.</summary>
    public DateTime? DueOn { get; set; }
    /// <summary>For a loophole to fix: also record it in the loopholes register, naming the rule or process.</summary>
    public bool CreateLoophole { get; set; }
    public string? RuleOrProcess { get; set; }
}

/// <summary>
/// Recommendations of a conclusion and their follow-up: each open one is a duty owned by its unit (and person),
/// progress is reported by the owner unit's head, and an officer closes it with evidence.
/// </summary>
public sealed class CheckRecommendations(
    IDbContextFactory<PortalDbContext> contexts, AuditLog audit, TimeProvider clock, IOptions<ChecksOptions> options, IStringLocalizer<SharedResource> l)
{
    /// <summary>The deadline rule for carrying out a recommendation; its period applies when the conclusion sets no date.</summary>
    public const string RuleCode = "check.recommendation";

    public async Task<CommandResult> AddAsync(CheckActor actor, Guid checkId, long checkVersion, RecommendationForm form, CancellationToken cancellationToken = default)
    {
        if (!actor.IsOfficer)
        {
            return CommandResult.Fail(l["Checks.Error.NotAllowed"]);
        }

        form.Text = form.Text.Trim();
        form.RuleOrProcess = string.IsNullOrWhiteSpace(form.RuleOrProcess) ? null : form.RuleOrProcess.Trim();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var check = await db.Checks.FirstOrDefaultAsync(c => c.Id == checkId, cancellationToken);
        if (check is null)
        {
            return CommandResult.Fail(l["Checks.Error.Missing"]);
        }

        if (!CheckRules.TakesRecommendations(check.Status))
        {
            return CommandResult.Fail(l[CheckRules.IsFinal(check.Status) ? "Checks.Error.Final" : "Checks.Error.NotConcluded"]);
        }

        var errors = new List<string>();
        if (form.OwnerUnitId is not { } ownerUnit || !await db.Units.AnyAsync(u => u.Id == ownerUnit && u.IsActive, cancellationToken))
        {
            errors.Add(l["Checks.Error.OwnerRequired"]);
        }
        else if (form.OwnerStaffId is { } staffId && !await db.StaffMembers.AnyAsync(s => s.Id == staffId && s.UnitId == ownerUnit && s.IsActive, cancellationToken))
        {
            errors.Add(l["Checks.Error.OwnerStaffInvalid"]);
        }

        if (form.Text.Length is 0 or > 4000)
        {
            errors.Add(l["Checks.Error.RecommendationTextInvalid"]);
        }

        if (CheckRules.AmountProblem(form.Kind, form.AmountVnd, options.Value.MaxRecoveryVnd) is { } amountProblem)
        {
            errors.Add(l[amountProblem, options.Value.MaxRecoveryVnd.ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("vi-VN"))]);
        }

        if (form.CreateLoophole && (form.Kind != RecommendationKind.FixLoophole || form.RuleOrProcess is not { Length: <= 1000 }))
        {
            errors.Add(l["Checks.Error.LoopholeRuleRequired"]);
        }

        var concludedOn = check.ConclusionOn!.Value;
        DateOnly dueOn;
        if (form.DueOn is { } due)
        {
            dueOn = DateOnly.FromDateTime(due);
        }
        else if (await DueDates.InForceAsync(db, RuleCode, concludedOn, cancellationToken) is { } rule)
        {
            dueOn = DueDates.Due(await StoredCalendar.LoadAsync(db, cancellationToken), rule, concludedOn);
        }
        else
        {
            errors.Add(l["Checks.Error.DueRequired"]);
            dueOn = default;
        }

        if (errors.Count == 0 && dueOn <= concludedOn)
        {
            errors.Add(l["Checks.Error.DueBeforeConclusion", concludedOn.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture)]);
        }

        if (errors.Count > 0)
        {
            return new CommandResult(false, errors.Distinct().ToList());
        }

        var number = 1 + (await db.CheckRecommendations.Where(r => r.CheckId == checkId).MaxAsync(r => (int?)r.Number, cancellationToken) ?? 0);
        var recommendation = new CheckRecommendation
        {
            CheckId = checkId, Number = number, OwnerUnitId = form.OwnerUnitId!.Value, OwnerStaffId = form.OwnerStaffId, Text = form.Text, Kind = form.Kind,
            AmountVnd = form.Kind == RecommendationKind.RecoverMoney ? form.AmountVnd : null, DueOn = dueOn,
        };
        db.CheckRecommendations.Add(recommendation);
        if (form.CreateLoophole)
        {
            var loophole = new Loophole
            {
                Source = LoopholeSource.Check, SourceReference = check.Code, Description = form.Text, RuleOrProcess = form.RuleOrProcess!, Proposal = form.Text,
                OwnerUnitId = recommendation.OwnerUnitId, OwnerStaffId = recommendation.OwnerStaffId, FoundOn = concludedOn,
            };
            db.Loopholes.Add(loophole);
            db.LoopholeEvents.Add(new LoopholeEvent { LoopholeId = loophole.Id, At = clock.GetUtcNow(), ActorUserId = actor.UserId, Status = LoopholeStatus.Proposed });
            recommendation.LoopholeId = loophole.Id;
        }

        check.Status = CheckStatus.FollowUp;
        CheckRules.Touch(db, check, checkVersion);
        var label = CheckRecommendation.Label(check.Code, number);
        await DutyClocks.TrackAsync(db, new DutyStart(
            DutyKinds.CheckRecommendation, recommendation.Id, label, RuleCode, recommendation.OwnerUnitId, recommendation.OwnerStaffId,
            $"/checks/{check.Id}", concludedOn, dueOn), cancellationToken);
        if (await CheckRules.SaveAsync(db, l, cancellationToken) is { } conflict)
        {
            return conflict;
        }

        await audit.AppendAsync(ChecksAudit.RecommendationAdded, actor.UserId, label,
            $"kind={form.Kind}; due={dueOn:yyyy-MM-dd}; loophole={recommendation.LoopholeId is not null}", cancellationToken);
        return CommandResult.Ok;
    }

    /// <summary>The owner unit's head or deputy (or a unit above), the named owner, or an officer reports what has been done.</summary>
    public async Task<CommandResult> ReportProgressAsync(CheckActor actor, Guid recommendationId, string text, CancellationToken cancellationToken = default)
    {
        text = text.Trim();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var recommendation = await db.CheckRecommendations.FirstOrDefaultAsync(r => r.Id == recommendationId, cancellationToken);
        if (recommendation is null)
        {
            return CommandResult.Fail(l["Checks.Error.Missing"]);
        }

        if (!CanReport(actor, recommendation))
        {
            return CommandResult.Fail(l["Checks.Error.NotAllowed"]);
        }

        if (recommendation.Status != RecommendationStatus.Open)
        {
            return CommandResult.Fail(l["Checks.Error.RecommendationClosed"]);
        }

        if (text.Length is 0 or > 4000)
        {
            return CommandResult.Fail(l["Checks.Error.ProgressTextInvalid"]);
        }

        db.RecommendationProgress.Add(new RecommendationProgress
        {
            RecommendationId = recommendationId, ReportedOn = DepartmentDate.Today(clock), Text = text, AuthorUserId = actor.UserId, CreatedAt = clock.GetUtcNow(),
        });
        await db.SaveChangesAsync(cancellationToken);
        var code = await db.Checks.Where(c => c.Id == recommendation.CheckId).Select(c => c.Code).SingleAsync(cancellationToken);
        await audit.AppendAsync(ChecksAudit.ProgressReported, actor.UserId, CheckRecommendation.Label(code, recommendation.Number), null, cancellationToken);
        return CommandResult.Ok;
    }

    public async Task<CommandResult> CloseAsync(CheckActor actor, Guid recommendationId, long version, string evidence, CancellationToken cancellationToken = default)
    {
        if (!actor.IsOfficer)
        {
            return CommandResult.Fail(l["Checks.Error.NotAllowed"]);
        }

        evidence = evidence.Trim();
        if (evidence.Length is 0 or > 2000)
        {
            return CommandResult.Fail(l["Checks.Error.EvidenceRequired"]);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var recommendation = await db.CheckRecommendations.FirstOrDefaultAsync(r => r.Id == recommendationId, cancellationToken);
        if (recommendation is null)
        {
            return CommandResult.Fail(l["Checks.Error.Missing"]);
        }

        if (recommendation.Status != RecommendationStatus.Open)
        {
            return CommandResult.Fail(l["Checks.Error.RecommendationClosed"]);
        }

        var today = DepartmentDate.Today(clock);
        db.Entry(recommendation).Property(r => r.Version).OriginalValue = version;
        recommendation.Status = RecommendationStatus.Done;
        recommendation.ClosedOn = today;
        recommendation.ClosingEvidence = evidence;
        recommendation.ClosedByUserId = actor.UserId;
        await DutyClocks.CloseAsync(db, DutyKinds.CheckRecommendation, recommendationId, today, cancellationToken);
        if (await CheckRules.SaveAsync(db, l, cancellationToken) is { } conflict)
        {
            return conflict;
        }

        var code = await db.Checks.Where(c => c.Id == recommendation.CheckId).Select(c => c.Code).SingleAsync(cancellationToken);
        await audit.AppendAsync(ChecksAudit.RecommendationClosed, actor.UserId, CheckRecommendation.Label(code, recommendation.Number),
            $"on={today:yyyy-MM-dd}; late={recommendation.DueOn < today}", cancellationToken);
        return CommandResult.Ok;
    }

    public static bool CanReport(CheckActor actor, CheckRecommendation recommendation) =>
        actor.IsOfficer || actor.HeadedUnits.Contains(recommendation.OwnerUnitId) || (actor.StaffId is { } me && me == recommendation.OwnerStaffId);
}
