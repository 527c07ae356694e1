using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;
using Portal.Web.Features.Deadlines.Duties;

namespace Portal.Web.Features.Accountability;

public sealed record ListedPosition(RotationPosition Listing, string Position);

/// <summary>One line of the annual rotation plan: who is due in the year, since when, and whether an exemption holds.</summary>
public sealed record PlanLine(RotationAssignment Assignment, string Person, string Unit, string Position, int PeriodYears, DateOnly DueOn, RotationExemption? Exemption);

/// <summary>
/// Periodic job rotation (Decree 59/2019/NĐ-CP Arts 36–37): listed positions with their period (2 to 5 years, the
/// bounds are rules), who holds them since when, exemptions with reason and dates, and the year's plan of who is due.
/// Each holding is a duty due on its rotation day (moved past an exemption), closed when the person is rotated.
/// </summary>
public sealed class JobRotation(IDbContextFactory<PortalDbContext> contexts, AccountabilitySteps steps, Audit.AuditLog audit)
{
    public const string RotateRule = "rotation.rotate";

    public async Task<AccountabilityResult> ListPositionAsync(AccountabilityActor actor, Guid positionId, int periodYears, string basis, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var (min, max) = AccountabilityRules.RotationBounds(await db.AccountabilityRules.AsNoTracking().ToListAsync(cancellationToken), steps.Today);
        var problem = !actor.CanWrite ? "Accountability.Error.NotAllowed"
            : !await db.Positions.AnyAsync(p => p.Id == positionId, cancellationToken) ? "Accountability.Error.NotFound"
            : periodYears < min || periodYears > max ? "Accountability.Error.RotationPeriod"
            : string.IsNullOrWhiteSpace(basis) ? "Accountability.Error.Required"
            : basis.Trim().Length > 300 ? "Accountability.Error.TooLong"
            : await db.RotationPositions.AnyAsync(p => p.PositionId == positionId, cancellationToken) ? "Accountability.Error.Duplicate"
            : null;
        if (problem is not null)
        {
            return await steps.RefuseAsync(actor, "rotation.list", null, problem, cancellationToken);
        }

        var listing = new RotationPosition { PositionId = positionId, PeriodYears = periodYears, LegalBasis = basis.Trim() };
        db.RotationPositions.Add(listing);
        steps.History(db, actor, listing.Id, "listed", $"years={periodYears}");
        return await steps.SaveAsync(db, actor, listing.Id, AccountabilityAudit.RotationListed, $"years={periodYears}", false, cancellationToken);
    }

    public async Task<AccountabilityResult> AssignAsync(AccountabilityActor actor, Guid staffId, Guid listingId, DateOnly heldSince, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var staff = await db.StaffMembers.FirstOrDefaultAsync(s => s.Id == staffId && s.IsActive, cancellationToken);
        var listing = await db.RotationPositions.FirstOrDefaultAsync(p => p.Id == listingId && p.IsActive, cancellationToken);
        var problem = !actor.CanWrite ? "Accountability.Error.NotAllowed"
            : staff is null || listing is null ? "Accountability.Error.NotFound"
            : heldSince > steps.Today ? "Accountability.Error.FutureDate"
            : await db.RotationAssignments.AnyAsync(a => a.StaffMemberId == staffId && a.EndedOn == null, cancellationToken) ? "Accountability.Error.Duplicate"
            : null;
        if (problem is not null)
        {
            return await steps.RefuseAsync(actor, "rotation.assign", null, problem, cancellationToken);
        }

        var assignment = new RotationAssignment
        {
            Code = await AccountabilityCodes.NextAsync(db.RotationAssignments.Select(a => a.Code), "CD", heldSince.Year, cancellationToken),
            StaffMemberId = staffId, RotationPositionId = listingId, UnitId = staff!.UnitId, HeldSince = heldSince,
        };
        db.RotationAssignments.Add(assignment);
        var due = AccountabilityRules.RotationDue(heldSince, listing!.PeriodYears);
        await TrackAsync(db, assignment, due, cancellationToken);
        steps.History(db, actor, assignment.Id, "assigned", $"since={heldSince:yyyy-MM-dd};due={due:yyyy-MM-dd}");
        return await steps.SaveAsync(db, actor, assignment.Id, AccountabilityAudit.RotationAssigned, $"code={assignment.Code};due={due:yyyy-MM-dd}", false, cancellationToken);
    }

    public async Task<AccountabilityResult> ExemptAsync(
        AccountabilityActor actor, Guid assignmentId, ExemptionReason reason, string? note, DateOnly from, DateOnly until, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var assignment = await db.RotationAssignments.FirstOrDefaultAsync(a => a.Id == assignmentId && a.EndedOn == null, cancellationToken);
        var problem = !actor.CanWrite ? "Accountability.Error.NotAllowed"
            : assignment is null ? "Accountability.Error.NotFound"
            : !Enum.IsDefined(reason) ? "Accountability.Error.Required"
            : until < from ? "Accountability.Error.EndsBeforeStarts"
            : (note?.Trim().Length ?? 0) > 500 ? "Accountability.Error.TooLong"
            : null;
        if (problem is not null)
        {
            return await steps.RefuseAsync(actor, "rotation.exempt", assignmentId, problem, cancellationToken);
        }

        var exemption = new RotationExemption { AssignmentId = assignmentId, Reason = reason, Note = note?.Trim(), From = from, Until = until, RecordedByUserId = actor.UserId };
        db.RotationExemptions.Add(exemption);
        var period = await db.RotationPositions.Where(p => p.Id == assignment!.RotationPositionId).Select(p => p.PeriodYears).SingleAsync(cancellationToken);
        var due = AccountabilityRules.RotationDue(assignment!.HeldSince, period);
        // Postponed, not forgiven: the duty moves to the day after the exemption when it covers the due day.
        if (from <= due && due <= until)
        {
            await TrackAsync(db, assignment, until.AddDays(1), cancellationToken);
        }

        steps.History(db, actor, assignmentId, "exempted", $"reason={reason};from={from:yyyy-MM-dd};until={until:yyyy-MM-dd}");
        return await steps.SaveAsync(db, actor, assignmentId, AccountabilityAudit.RotationExempted, $"code={assignment.Code};reason={reason}", false, cancellationToken);
    }

    public async Task<AccountabilityResult> RotatedAsync(AccountabilityActor actor, Guid assignmentId, long version, DateOnly on, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var assignment = await db.RotationAssignments.FirstOrDefaultAsync(a => a.Id == assignmentId, cancellationToken);
        var problem = !actor.CanWrite ? "Accountability.Error.NotAllowed"
            : assignment is null ? "Accountability.Error.NotFound"
            : assignment.EndedOn is not null ? "Accountability.Error.AlreadyDone"
            : on < assignment.HeldSince ? "Accountability.Error.EndsBeforeStarts"
            : on > steps.Today ? "Accountability.Error.FutureDate"
            : assignment.Version != version ? AccountabilityResult.StaleKey
            : null;
        if (problem is not null)
        {
            return await steps.RefuseAsync(actor, "rotation.done", assignmentId, problem, cancellationToken);
        }

        assignment!.EndedOn = on;
        await DutyClocks.CloseAsync(db, DutyKinds.Rotation, assignmentId, steps.Today, cancellationToken);
        steps.History(db, actor, assignmentId, "rotated", $"on={on:yyyy-MM-dd}");
        return await steps.SaveAsync(db, actor, assignmentId, AccountabilityAudit.RotationDone, $"code={assignment.Code}", false, cancellationToken);
    }

    /// <summary>The year's plan: everyone in a listed position whose rotation day falls on or before 31 December of <paramref name="year"/>.</summary>
    public async Task<IReadOnlyList<PlanLine>> PlanAsync(AccountabilityActor actor, int year, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var units = actor.HeadOfUnits.ToList();
        var rows = await db.RotationAssignments.AsNoTracking().Where(a => a.EndedOn == null)
            .Where(a => actor.SeesAll || units.Contains(a.UnitId) || a.StaffMemberId == actor.StaffId)
            .Join(db.RotationPositions, a => a.RotationPositionId, p => p.Id, (a, p) => new { Assignment = a, p.PeriodYears, p.PositionId })
            .Select(x => new
            {
                x.Assignment, x.PeriodYears,
                Person = db.StaffMembers.Where(s => s.Id == x.Assignment.StaffMemberId).Select(s => s.FullName).First(),
                Unit = db.Units.Where(u => u.Id == x.Assignment.UnitId).Select(u => u.Name).First(),
                Position = db.Positions.Where(p => p.Id == x.PositionId).Select(p => p.Name).First(),
            }).ToListAsync(cancellationToken);
        var ids = rows.Select(r => r.Assignment.Id).ToList();
        var exemptions = (await db.RotationExemptions.AsNoTracking().Where(e => ids.Contains(e.AssignmentId)).ToListAsync(cancellationToken)).ToLookup(e => e.AssignmentId);
        var yearEnd = new DateOnly(year, 12, 31);
        var plan = rows.Select(r => (r, Due: AccountabilityRules.RotationDue(r.Assignment.HeldSince, r.PeriodYears)))
            .Where(x => x.Due <= yearEnd)
            .Select(x => new PlanLine(x.r.Assignment, x.r.Person, x.r.Unit, x.r.Position, x.r.PeriodYears, x.Due,
                exemptions[x.r.Assignment.Id].FirstOrDefault(e => AccountabilityRules.Exempted([(e.From, e.Until)], x.Due, new DateOnly(year, 1, 1)))))
            .OrderBy(l => l.DueOn).ToList();
        await AccountabilityAudit.ViewedAsync(audit, actor, "rotation", plan.Select(l => l.Assignment.Code), cancellationToken);
        return plan;
    }

    public async Task<IReadOnlyList<ListedPosition>> ListedAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return (await db.RotationPositions.AsNoTracking().Join(db.Positions, l => l.PositionId, p => p.Id, (l, p) => new { l, p.Name }).ToListAsync(cancellationToken))
            .OrderBy(x => x.Name, StringComparer.CurrentCulture).Select(x => new ListedPosition(x.l, x.Name)).ToList();
    }

    private static Task TrackAsync(PortalDbContext db, RotationAssignment assignment, DateOnly due, CancellationToken cancellationToken) =>
        // The head of the person's unit organises the rotation, so the duty sits with the unit and has no single owner.
        DutyClocks.TrackAsync(db, new DutyStart(DutyKinds.Rotation, assignment.Id, assignment.Code, RotateRule, assignment.UnitId, null, HeadsResponsibility.Link, assignment.HeldSince, due), cancellationToken);
}
