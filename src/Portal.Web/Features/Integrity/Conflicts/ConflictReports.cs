using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;
using Portal.Web.Features.Cases;
using Portal.Web.Features.Deadlines.Duties;
using Portal.Web.Features.Deadlines.Rules;
using Portal.Web.Features.Organisation;

namespace Portal.Web.Features.Integrity.Conflicts;

public sealed record ConflictInput(DateOnly AwareOn, string Task, string Description);

public sealed record ConflictLine(ConflictReport Report, string Reporter, string? Head);

/// <summary>Conflict-of-interest reports, the head's decision and its notification; and the cases where a declared conflict kept the person away.</summary>
public sealed class ConflictReports(
    IDbContextFactory<PortalDbContext> contexts, OrganisationDirectory directory, DueDates dueDates, StaffTags tags, TimeProvider clock, Audit.AuditLog audit)
{
    public const string ReportRule = "conflict.report";
    public const string DecideRule = "conflict.decide";
    public const string NotifyRule = "conflict.notify";

    public async Task<IntegrityResult> ReportAsync(IntegrityActor actor, ConflictInput input, CancellationToken cancellationToken = default)
    {
        var today = DepartmentDate.Today(clock);
        var problem = actor.StaffId is null ? "Declarations.Error.NoStaffRecord"
            : string.IsNullOrWhiteSpace(input.Task) || string.IsNullOrWhiteSpace(input.Description) ? "Gifts.Error.Required"
            : input.Task.Length > 300 || input.Description.Length > 2000 ? "Declarations.Error.TooLong"
            : input.AwareOn > today ? "Gifts.Error.FutureDate"
            : null;
        if (problem is not null)
        {
            return await RefuseAsync(actor.UserId, "report", null, problem, cancellationToken);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var unitId = await db.StaffMembers.Where(s => s.Id == actor.StaffId).Select(s => s.UnitId).SingleAsync(cancellationToken);
        var due = (await dueDates.ForAsync(ReportRule, input.AwareOn, cancellationToken))?.Date ?? input.AwareOn;
        var report = new ConflictReport
        {
            ReporterStaffId = actor.StaffId!.Value, ReporterUserId = actor.UserId, UnitId = unitId, AwareOn = input.AwareOn, Task = input.Task.Trim(),
            Description = input.Description.Trim(), ReportDueOn = due, ReportedOn = today, ReportedLate = today > due,
            HeadStaffId = (await directory.ChainOfCommandAsync(actor.StaffId.Value, cancellationToken)).Cast<Guid?>().FirstOrDefault(),
            DecisionDueOn = (await dueDates.ForAsync(DecideRule, today, cancellationToken))?.Date ?? today,
        };
        db.ConflictReports.Add(report);
        await DutyClocks.TrackAsync(db, new DutyStart(DutyKinds.ConflictDecision, report.Id, DutyKinds.Reference("XDLI", report.Id), DecideRule, unitId,
            report.HeadStaffId, "/integrity/conflicts", today, report.DecisionDueOn), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await audit.AppendAsync(IntegrityAudit.ConflictReported, actor.UserId, report.Id.ToString(), report.ReportedLate ? "late" : null, cancellationToken);
        return IntegrityResult.Ok(report.Id);
    }

    /// <summary>Only the reporter's head decides; a reporter cannot decide on their own conflict.</summary>
    public async Task<IntegrityResult> DecideAsync(IntegrityActor actor, Guid id, long version, ConflictDecision decision, string? note, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var r = await db.ConflictReports.FirstOrDefaultAsync(x => x.Id == id, cancellationToken);
        var problem = r is null ? "Declarations.Error.NotFound"
            : actor.StaffId is null || r.HeadStaffId != actor.StaffId ? "Conflicts.Error.NotHead"
            : r.Decision != ConflictDecision.None ? "Conflicts.Error.AlreadyDecided"
            : decision == ConflictDecision.None || !Enum.IsDefined(decision) ? "Conflicts.Error.DecisionRequired"
            : (note?.Length ?? 0) > 2000 ? "Declarations.Error.TooLong"
            : r.Version != version ? "Integrity.Error.Conflict"
            : null;
        if (problem is not null)
        {
            return await RefuseAsync(actor.UserId, "decide", id, problem, cancellationToken);
        }

        var today = DepartmentDate.Today(clock);
        (r!.Decision, r.DecisionNote, r.DecidedOn, r.DecidedByUserId) = (decision, note?.Trim(), today, actor.UserId);
        r.NotifyDueOn = (await dueDates.ForAsync(NotifyRule, today, cancellationToken))?.Date;
        await DutyClocks.CloseAsync(db, DutyKinds.ConflictDecision, id, today, cancellationToken);
        if (r.NotifyDueOn is { } notifyDue)
        {
            await DutyClocks.TrackAsync(db, new DutyStart(DutyKinds.ConflictNotification, id, DutyKinds.Reference("XDLI", id), NotifyRule, r.UnitId, r.HeadStaffId,
                "/integrity/conflicts", today, notifyDue), cancellationToken);
        }

        return await SaveAsync(db, actor.UserId, id, IntegrityAudit.ConflictDecided, $"decision={decision}", cancellationToken);
    }

    public async Task<IntegrityResult> NotifyAsync(IntegrityActor actor, Guid id, long version, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var r = await db.ConflictReports.FirstOrDefaultAsync(x => x.Id == id, cancellationToken);
        var problem = r is null ? "Declarations.Error.NotFound"
            : actor.StaffId is null || r.HeadStaffId != actor.StaffId ? "Conflicts.Error.NotHead"
            : r.Decision == ConflictDecision.None ? "Conflicts.Error.NotDecided"
            : r.NotifiedOn is not null ? "Conflicts.Error.AlreadyNotified"
            : r.Version != version ? "Integrity.Error.Conflict"
            : null;
        if (problem is not null)
        {
            return await RefuseAsync(actor.UserId, "notify", id, problem, cancellationToken);
        }

        r!.NotifiedOn = DepartmentDate.Today(clock);
        await DutyClocks.CloseAsync(db, DutyKinds.ConflictNotification, id, r.NotifiedOn.Value, cancellationToken);
        return await SaveAsync(db, actor.UserId, id, IntegrityAudit.ConflictNotified, null, cancellationToken);
    }

    /// <summary>Reports the person made, and reports awaiting their decision as a head.</summary>
    public async Task<IReadOnlyList<ConflictLine>> ForAsync(Guid? staffId, bool asHead, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = db.ConflictReports.AsNoTracking().Where(r => asHead ? r.HeadStaffId == staffId : r.ReporterStaffId == staffId);
        return (await query.Select(r => new
            {
                Report = r, Reporter = db.StaffMembers.Where(s => s.Id == r.ReporterStaffId).Select(s => s.FullName).First(),
                Head = db.StaffMembers.Where(s => s.Id == r.HeadStaffId).Select(s => s.FullName).FirstOrDefault(),
            }).ToListAsync(cancellationToken))
            .OrderByDescending(x => x.Report.ReportedOn).Select(x => new ConflictLine(x.Report, x.Reporter, x.Head)).ToList();
    }

    /// <summary>
    /// Case codes from which a declared conflict keeps this account away. Recusals store keyed tags, not ids, so
    /// the link is made by computing the person's tag (<see cref="StaffTags"/>), never by storing who was recused.
    /// </summary>
    public async Task<IReadOnlyList<string>> RecusedCasesAsync(Guid userId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var tag = tags.For(userId);
        return await db.CaseRecusals.Where(r => r.UserTag == tag && r.Reason == RecusalReason.Declared)
            .Join(db.Reports, r => r.ReportId, c => c.Id, (_, c) => c.CaseCode).OrderBy(c => c).ToListAsync(cancellationToken);
    }

    private async Task<IntegrityResult> SaveAsync(PortalDbContext db, Guid actor, Guid id, string action, string? detail, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return IntegrityResult.Stale();
        }

        await audit.AppendAsync(action, actor, id.ToString(), detail, cancellationToken);
        return IntegrityResult.Ok(id);
    }

    private async Task<IntegrityResult> RefuseAsync(Guid actor, string action, Guid? id, string problem, CancellationToken cancellationToken)
    {
        await audit.AppendAsync(IntegrityAudit.Refused, actor, id?.ToString(), $"action=conflict.{action};problem={problem}", cancellationToken);
        return problem == "Integrity.Error.Conflict" ? IntegrityResult.Stale() : IntegrityResult.Refused(problem);
    }
}
