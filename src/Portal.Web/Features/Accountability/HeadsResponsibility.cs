using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;
using Portal.Web.Features.Cases;
using Portal.Web.Features.Deadlines.Duties;
using Portal.Web.Features.Deadlines.Rules;
using Portal.Web.Features.Organisation;

namespace Portal.Web.Features.Accountability;

public sealed record ResponsibilityInput(Guid HeadStaffId, ConclusionSource Source, string Reference, ResponsibilitySeverity Severity, DateOnly? ConcludedOn = null);

public sealed record ResponsibilityDecision(ResponsibilityOutcome Outcome, string? Note, DisciplineForm? Form = null, string? DecisionNumber = null);

public sealed record ResponsibilityLine(HeadResponsibility Record, string Head, string Unit);

/// <summary>
/// Heads' responsibility when corruption occurred in their unit: recorded from a concluded case (or a check's
/// conclusion), considered within 30 working days of the conclusion, decided with or without discipline.
/// </summary>
public sealed class HeadsResponsibility(
    IDbContextFactory<PortalDbContext> contexts, DueDates dueDates, AccountabilitySteps steps, DisciplineRegister register, PersonnelReviews reviews, Audit.AuditLog audit)
{
    public const string ConsiderRule = "heads-responsibility.consider";
    public const string Link = "/accountability";

    public async Task<AccountabilityResult> RecordAsync(AccountabilityActor actor, ResponsibilityInput input, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var head = await db.StaffMembers.FirstOrDefaultAsync(s => s.Id == input.HeadStaffId && s.IsActive, cancellationToken);
        var reference = input.Reference?.Trim() ?? "";
        var (concludedOn, caseId, problem) = !actor.CanWrite ? (default, null, "Accountability.Error.NotAllowed")
            : head is null ? (default, null, "Accountability.Error.NotFound")
            : head.UnitRole == UnitRole.Member ? (default, null, "Accountability.Error.NotAHead")
            : !Enum.IsDefined(input.Severity) || !Enum.IsDefined(input.Source) ? (default, null, "Accountability.Error.Required")
            : reference.Length is 0 or > 64 ? (default, null, "Accountability.Error.ReferenceRequired")
            : await ConclusionAsync(db, input, reference, cancellationToken);
        if (problem is null && await db.HeadResponsibilities.AnyAsync(r => r.HeadStaffId == input.HeadStaffId && r.SourceReference == reference, cancellationToken))
        {
            problem = "Accountability.Error.Duplicate";
        }

        if (problem is not null)
        {
            return await steps.RefuseAsync(actor, "head.record", null, problem, cancellationToken);
        }

        var due = (await dueDates.ForAsync(ConsiderRule, concludedOn, cancellationToken))?.Date
            ?? throw new InvalidOperationException($"No deadline rule {ConsiderRule} in force on {concludedOn}");
        var record = new HeadResponsibility
        {
            Code = await AccountabilityCodes.NextAsync(db.HeadResponsibilities.Select(r => r.Code), "TN", concludedOn.Year, cancellationToken),
            HeadStaffId = head!.Id, UnitId = head.UnitId, Source = input.Source, SourceReference = reference, CaseId = caseId, ConcludedOn = concludedOn,
            Severity = input.Severity, ConsiderationDueOn = due, RecordedByUserId = actor.UserId, RecordedOn = steps.Today,
        };
        db.HeadResponsibilities.Add(record);
        steps.History(db, actor, record.Id, "recorded", $"source={reference};severity={record.Severity};due={due:yyyy-MM-dd}");
        // The duty is the recorder's (personnel) to see through; its alerts climb their chain, never the considered head's.
        var recorderUnit = await db.StaffMembers.Where(s => s.Id == actor.StaffId).Select(s => (Guid?)s.UnitId).FirstOrDefaultAsync(cancellationToken);
        await DutyClocks.TrackAsync(db, new DutyStart(DutyKinds.HeadResponsibility, record.Id, record.Code, ConsiderRule, recorderUnit, actor.StaffId, Link, concludedOn, due), cancellationToken);
        var flags = await PersonnelReviews.StageAsync(db, head.Id, steps.Today, cancellationToken);
        var result = await steps.SaveAsync(db, actor, record.Id, AccountabilityAudit.ResponsibilityRecorded, $"code={record.Code};source={reference};severity={record.Severity}", false, cancellationToken);
        await reviews.AuditRaisedAsync(actor, flags, result.Done, cancellationToken);
        return result;
    }

    /// <summary>A case must be concluded and (partly) substantiated; its conclusion day is the day a leader approved it. A check's day is entered.</summary>
    private async Task<(DateOnly, Guid?, string?)> ConclusionAsync(PortalDbContext db, ResponsibilityInput input, string reference, CancellationToken cancellationToken)
    {
        if (input.Source == ConclusionSource.Check)
        {
            return input.ConcludedOn is not { } on ? (default, null, "Accountability.Error.ConclusionDateRequired")
                : on > steps.Today ? (default, null, "Accountability.Error.FutureDate")
                : (on, null, null);
        }

        var report = await db.Reports.AsNoTracking().Where(r => r.CaseCode == reference)
            .Select(r => new { r.Id, r.Stage, r.Outcome }).FirstOrDefaultAsync(cancellationToken);
        if (report is null || report.Stage is not (CaseStage.Concluded or CaseStage.Closed))
        {
            return (default, null, "Accountability.Error.CaseNotConcluded");
        }

        if (report.Outcome is not (ConclusionOutcome.Substantiated or ConclusionOutcome.PartlySubstantiated))
        {
            return (default, null, "Accountability.Error.CaseNotSubstantiated");
        }

        var approvals = await db.CaseEvents.AsNoTracking().Where(e => e.ReportId == report.Id && e.Action == CaseAction.ApproveConclusion)
            .Select(e => e.At).ToListAsync(cancellationToken);
        return approvals.Count == 0 ? (default, null, "Accountability.Error.CaseNotConcluded") : (DepartmentDate.Of(approvals.Max()), report.Id, null);
    }

    /// <summary>Records the consideration. After the due day it is accepted and marked late; with discipline, the record is written in the same save.</summary>
    public async Task<AccountabilityResult> DecideAsync(AccountabilityActor actor, Guid id, long version, ResponsibilityDecision decision, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var record = await db.HeadResponsibilities.FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        var today = steps.Today;
        var discipline = decision.Outcome == ResponsibilityOutcome.Disciplined
            ? new DisciplineInput(record?.HeadStaffId ?? Guid.Empty, decision.Form ?? 0, decision.DecisionNumber ?? "", today, $"Trách nhiệm người đứng đầu {record?.Code} ({record?.SourceReference}); Nghị định 59/2019/NĐ-CP, Điều 79")
            : null;
        var problem = !actor.CanWrite ? "Accountability.Error.NotAllowed"
            : record is null ? "Accountability.Error.NotFound"
            : record.HeadStaffId == actor.StaffId ? "Accountability.Error.OwnRecord"
            : record.Outcome != ResponsibilityOutcome.Pending ? "Accountability.Error.AlreadyDone"
            : decision.Outcome is not (ResponsibilityOutcome.Disciplined or ResponsibilityOutcome.NotDisciplined) ? "Accountability.Error.DecisionRequired"
            : decision.Outcome == ResponsibilityOutcome.NotDisciplined && string.IsNullOrWhiteSpace(decision.Note) ? "Accountability.Error.ReasonRequired"
            : (decision.Note?.Trim().Length ?? 0) > 1000 ? "Accountability.Error.TooLong"
            : discipline is not null && DisciplineRegister.Check(discipline, today) is { } bad ? bad
            : record.Version != version ? AccountabilityResult.StaleKey
            : null;
        if (problem is not null)
        {
            return await steps.RefuseAsync(actor, "head.decide", id, problem, cancellationToken);
        }

        var late = today > record!.ConsiderationDueOn;
        (record.Outcome, record.OutcomeNote, record.DecidedOn, record.DecidedLate) = (decision.Outcome, decision.Note?.Trim(), today, late);
        if (discipline is not null)
        {
            var head = await db.StaffMembers.Include(s => s.Position).SingleAsync(s => s.Id == record.HeadStaffId, cancellationToken);
            record.DisciplineRecordId = (await register.StageAsync(db, actor, head, discipline, record.Id, cancellationToken)).Id;
        }

        steps.History(db, actor, id, "decided", $"outcome={decision.Outcome}{(late ? ";late" : "")}");
        await DutyClocks.CloseAsync(db, DutyKinds.HeadResponsibility, id, today, cancellationToken);
        var flags = await PersonnelReviews.StageAsync(db, record.HeadStaffId, today, cancellationToken);
        var result = await steps.SaveAsync(db, actor, id, AccountabilityAudit.ResponsibilityDecided, $"code={record.Code};outcome={decision.Outcome};form={decision.Form}{(late ? ";late" : "")}", late, cancellationToken);
        await reviews.AuditRaisedAsync(actor, flags, result.Done, cancellationToken);
        return result;
    }

    /// <summary>Codes of cases concluded with a violation found, for writers to pick from (codes only: the content stays with the case).</summary>
    public async Task<IReadOnlyList<string>> ConcludedCasesAsync(AccountabilityActor actor, CancellationToken cancellationToken = default)
    {
        if (!actor.CanWrite)
        {
            return [];
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Reports.AsNoTracking()
            .Where(r => (r.Stage == CaseStage.Concluded || r.Stage == CaseStage.Closed) && (r.Outcome == ConclusionOutcome.Substantiated || r.Outcome == ConclusionOutcome.PartlySubstantiated))
            .OrderByDescending(r => r.ReceivedOn).Select(r => r.CaseCode).Take(200).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<ResponsibilityLine>> ListAsync(AccountabilityActor actor, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var units = actor.HeadOfUnits.ToList();
        var lines = await db.HeadResponsibilities.AsNoTracking()
            .Where(r => actor.SeesAll || units.Contains(r.UnitId) || r.HeadStaffId == actor.StaffId)
            .Select(r => new
            {
                Record = r, Head = db.StaffMembers.Where(s => s.Id == r.HeadStaffId).Select(s => s.FullName).First(),
                Unit = db.Units.Where(u => u.Id == r.UnitId).Select(u => u.Name).First(),
            }).ToListAsync(cancellationToken);
        var result = lines.OrderBy(l => l.Record.Outcome != ResponsibilityOutcome.Pending).ThenBy(l => l.Record.ConsiderationDueOn)
            .Select(l => new ResponsibilityLine(l.Record, l.Head, l.Unit)).ToList();
        await AccountabilityAudit.ViewedAsync(audit, actor, "heads", result.Select(l => l.Record.Code), cancellationToken);
        return result;
    }
}
