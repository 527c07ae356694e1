using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;
using Portal.Web.Features.Deadlines.Calendar;
using Portal.Web.Features.Deadlines.Rules;
using Portal.Web.Features.Organisation;

namespace Portal.Web.Features.Integrity.Declarations;

public sealed record Obligated(Guid StaffId, string Name, Guid UnitId, string UnitName, string? Position, bool ByPosition, SensitivePost Post, UnitRole Role);

public sealed record DueLine(
    Guid Id, Guid StaffId, string Name, string UnitName, DeclarationKind Kind, int Year, DateOnly DueOn, DeclarationStatus? Status,
    DateOnly? FirstReminderOn, DateOnly? SecondReminderOn, DateOnly? FlaggedToHeadOn, string? HeadName, long Version)
{
    public bool Filed => Status is not null and not DeclarationStatus.Draft;
}

/// <summary>
/// Who must declare (derived from positions and posts, which are data), the declarations they owe with due
/// dates, and the personnel unit's written reminders. No e-mail is sent here: the due dates are stored for the
/// alert sweep that another module provides.
/// </summary>
public sealed class DeclarationDuties(IDbContextFactory<PortalDbContext> contexts, OrganisationDirectory directory, TimeProvider clock, Audit.AuditLog audit)
{
    public async Task<IReadOnlyList<Obligated>> ObligatedAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await Obligated(db).ToListAsync(cancellationToken);
    }

    internal static IQueryable<Obligated> Obligated(PortalDbContext db) =>
        db.StaffMembers.AsNoTracking()
            .Where(s => s.IsActive && ((s.Position != null && s.Position.DeclaresAssets) || s.SensitivePost != SensitivePost.None))
            .OrderBy(s => s.Unit!.SortOrder).ThenBy(s => s.FullName)
            .Select(s => new Obligated(s.Id, s.FullName, s.UnitId, s.Unit!.Name, s.Position == null ? null : s.Position.Name,
                s.Position != null && s.Position.DeclaresAssets, s.SensitivePost, s.UnitRole));

    /// <summary>Plans the annual declarations of a year for everyone obliged who has none planned; the result counts how many were added.</summary>
    public async Task<IntegrityResult> PlanAnnualAsync(IntegrityActor actor, int year, CancellationToken cancellationToken = default)
    {
        if (!actor.IsPersonnelOfficer)
        {
            return await RefuseAsync(actor.UserId, "plan-annual", null, IntegrityResult.NotPermitted, cancellationToken);
        }

        var officerId = actor.UserId;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var calendar = await StoredCalendar.LoadAsync(db, cancellationToken);
        var period = DeclarationDeadlines.PeriodKey(DeclarationKind.Annual, year, null);
        var planned = await db.DeclarationDues.Where(d => d.PeriodKey == period).Select(d => d.StaffMemberId).ToListAsync(cancellationToken);
        var people = (await Obligated(db).ToListAsync(cancellationToken)).Where(p => !planned.Contains(p.StaffId)).ToList();
        var due = DeclarationDeadlines.Due(calendar, DeclarationKind.Annual, year, null, 0);
        var today = DepartmentDate.Today(clock);
        foreach (var p in people)
        {
            var row = new DeclarationDue
            {
                StaffMemberId = p.StaffId, Kind = DeclarationKind.Annual, Year = year, PeriodKey = period, DueOn = due, CreatedAt = clock.GetUtcNow(),
                DeclarationId = await db.Declarations.Where(x => x.DeclarantStaffId == p.StaffId && x.PeriodKey == period).Select(x => (Guid?)x.Id).FirstOrDefaultAsync(cancellationToken),
            };
            db.DeclarationDues.Add(row);
            // A declaration already filed for the period owes nothing: no duty, no alert.
            var filed = row.DeclarationId is { } declarationId && await db.Declarations.AnyAsync(x => x.Id == declarationId && x.Status != DeclarationStatus.Draft, cancellationToken);
            if (!filed)
            {
                await DeclarationDutyTracking.DueAsync(db, row, p.UnitId, today, cancellationToken);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await audit.AppendAsync(IntegrityAudit.DuePlanned, officerId, period, $"added={people.Count}", cancellationToken);
        return IntegrityResult.Added(people.Count);
    }

    /// <summary>
    /// Plans one declaration: a placement (first-time, due the rule's days after it), a planned appointment (due the
    /// rule's days before it) or a supplementary one. Refused for a placement after today, an appointment before
    /// today, a date with no rule in force, and an event already planned for the person.
    /// </summary>
    public async Task<IntegrityResult> PlanAsync(IntegrityActor actor, Guid staffId, DeclarationKind kind, int year, DateOnly? eventDate, CancellationToken cancellationToken = default)
    {
        if (!actor.IsPersonnelOfficer)
        {
            return await RefuseAsync(actor.UserId, "plan", staffId, IntegrityResult.NotPermitted, cancellationToken);
        }

        var officerId = actor.UserId;
        var today = DepartmentDate.Today(clock);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (DeclarationDeadlines.NeedsEventDate(kind) && eventDate is null || kind == DeclarationKind.Annual || !await db.StaffMembers.AnyAsync(s => s.Id == staffId && s.IsActive, cancellationToken))
        {
            return await RefuseAsync(officerId, "plan", staffId, "Declarations.Error.Period", cancellationToken);
        }

        var dateProblem = kind switch
        {
            DeclarationKind.First when eventDate > today => "Integrity.Error.PlacementInFuture",
            DeclarationKind.Appointment when eventDate < today => "Integrity.Error.AppointmentInPast",
            _ => null,
        };
        if (dateProblem is not null)
        {
            return await RefuseAsync(officerId, "plan", staffId, dateProblem, cancellationToken);
        }

        var period = DeclarationDeadlines.PeriodKey(kind, eventDate?.Year ?? year, eventDate);
        if (await db.DeclarationDues.AnyAsync(d => d.StaffMemberId == staffId && d.PeriodKey == period, cancellationToken))
        {
            return await RefuseAsync(officerId, "plan", staffId, "Declarations.Error.Duplicate", cancellationToken);
        }

        var rule = kind switch
        {
            DeclarationKind.First => await DueDates.InForceAsync(db, DeclarationDeadlines.FirstRule, eventDate!.Value, cancellationToken),
            DeclarationKind.Appointment => await DueDates.InForceAsync(db, DeclarationDeadlines.AppointmentRule, eventDate!.Value, cancellationToken),
            _ => null,
        };
        if (DeclarationDeadlines.NeedsEventDate(kind) && rule is null)
        {
            // No rule in force means no lawful number of days: better refuse than invent one.
            return await RefuseAsync(officerId, "plan", staffId, "Integrity.Error.NoRuleInForce", cancellationToken);
        }

        var calendar = await StoredCalendar.LoadAsync(db, cancellationToken);
        var due = new DeclarationDue
        {
            StaffMemberId = staffId, Kind = kind, Year = eventDate?.Year ?? year, PeriodKey = period, EventDate = eventDate, CreatedAt = clock.GetUtcNow(),
            DueOn = DeclarationDeadlines.Due(calendar, kind, eventDate?.Year ?? year, eventDate, rule?.Duration ?? 0),
        };
        db.DeclarationDues.Add(due);
        var unitId = await db.StaffMembers.Where(s => s.Id == staffId).Select(s => s.UnitId).SingleAsync(cancellationToken);
        await DeclarationDutyTracking.DueAsync(db, due, unitId, today, cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two officers planning the same event at once: the unique period key keeps one.
            return await RefuseAsync(officerId, "plan", staffId, "Declarations.Error.Duplicate", cancellationToken);
        }

        await audit.AppendAsync(IntegrityAudit.DuePlanned, officerId, due.Id.ToString(), $"period={period};due={due.DueOn:yyyy-MM-dd}", cancellationToken);
        return IntegrityResult.Ok(due.Id);
    }

    /// <summary>The planned declarations: all of them for personnel officers, one's own for anyone else (whatever staff id they ask for).</summary>
    public async Task<IReadOnlyList<DueLine>> DuesAsync(IntegrityActor actor, int? year = null, Guid? staffId = null, CancellationToken cancellationToken = default)
    {
        if (!actor.IsPersonnelOfficer)
        {
            if (actor.StaffId is null)
            {
                return [];
            }

            staffId = actor.StaffId;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = db.DeclarationDues.AsNoTracking();
        query = year is { } y ? query.Where(d => d.Year == y) : query;
        query = staffId is { } s ? query.Where(d => d.StaffMemberId == s) : query;
        return await query.OrderBy(d => d.DueOn)
            .Select(d => new DueLine(d.Id, d.StaffMemberId, db.StaffMembers.Where(s => s.Id == d.StaffMemberId).Select(s => s.FullName).First(),
                db.StaffMembers.Where(s => s.Id == d.StaffMemberId).Select(s => s.Unit!.Name).First(), d.Kind, d.Year, d.DueOn,
                db.Declarations.Where(x => x.Id == d.DeclarationId).Select(x => (DeclarationStatus?)x.Status).FirstOrDefault(),
                d.FirstReminderOn, d.SecondReminderOn, d.FlaggedToHeadOn,
                db.StaffMembers.Where(s => s.Id == d.HeadStaffId).Select(s => s.FullName).FirstOrDefault(), d.Version))
            .ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Records the next written reminder for a declaration not yet filed: the first, then the second (on a later
    /// day); the second flags the person's head for disciplinary consideration. Reminders are formal records.
    /// </summary>
    public async Task<IntegrityResult> RemindAsync(IntegrityActor actor, Guid dueId, long version, CancellationToken cancellationToken = default)
    {
        var officerId = actor.UserId;
        if (!actor.IsPersonnelOfficer)
        {
            return await RefuseAsync(officerId, "remind", dueId, IntegrityResult.NotPermitted, cancellationToken);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var due = await db.DeclarationDues.FirstOrDefaultAsync(d => d.Id == dueId, cancellationToken);
        var today = DepartmentDate.Today(clock);
        var filed = due?.DeclarationId is { } declarationId &&
            await db.Declarations.AnyAsync(x => x.Id == declarationId && x.Status != DeclarationStatus.Draft, cancellationToken);
        var problem = due is null ? "Declarations.Error.NotFound"
            : filed ? "Declarations.Error.AlreadyFiled"
            : due.Version != version ? "Integrity.Error.Conflict"
            : due.SecondReminderOn is not null ? "Declarations.Error.RemindersDone"
            : due.FirstReminderOn == today ? "Declarations.Error.ReminderSameDay"
            : null;
        if (problem is not null)
        {
            return await RefuseAsync(officerId, "remind", dueId, problem, cancellationToken);
        }

        if (due!.FirstReminderOn is null)
        {
            (due.FirstReminderOn, due.FirstReminderBy) = (today, officerId);
        }
        else
        {
            (due.SecondReminderOn, due.SecondReminderBy, due.FlaggedToHeadOn) = (today, officerId, today);
            due.HeadStaffId = (await directory.ChainOfCommandAsync(due.StaffMemberId, cancellationToken)).Cast<Guid?>().FirstOrDefault();
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return IntegrityResult.Stale();
        }

        await audit.AppendAsync(IntegrityAudit.ReminderRecorded, officerId, dueId.ToString(), due.SecondReminderOn is null ? "reminder=1" : "reminder=2", cancellationToken);
        if (due.FlaggedToHeadOn is not null)
        {
            await audit.AppendAsync(IntegrityAudit.FlaggedToHead, officerId, dueId.ToString(), $"head={due.HeadStaffId}", cancellationToken);
        }

        return IntegrityResult.Ok(dueId);
    }

    private async Task<IntegrityResult> RefuseAsync(Guid actor, string action, Guid? subject, string problem, CancellationToken cancellationToken)
    {
        await audit.AppendAsync(IntegrityAudit.Refused, actor, subject?.ToString(), $"action=declaration.{action};problem={problem}", cancellationToken);
        return problem == "Integrity.Error.Conflict" ? IntegrityResult.Stale() : IntegrityResult.Refused(problem);
    }
}
