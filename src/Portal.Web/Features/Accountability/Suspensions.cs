using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;
using Portal.Web.Features.Deadlines.Duties;
using Portal.Web.Features.Deadlines.Rules;

namespace Portal.Web.Features.Accountability;

public sealed record SuspensionInput(Guid StaffId, SuspensionKind Kind, string Ground, DateOnly? RequestedOn = null);

public sealed record SuspensionDecision(bool Approve, string? DecisionNumber, DateOnly StartsOn, DateOnly EndsOn);

public sealed record SuspensionLine(Suspension Record, string Person, string Unit);

/// <summary>
/// Temporary suspension or transfer: request, decision within 5 working days, at most 90 days (inclusive of both
/// ends), one extension of at most 90 more as the rule's plan says, then the end. Limits come from the rules.
/// </summary>
public sealed class Suspensions(IDbContextFactory<PortalDbContext> contexts, DueDates dueDates, AccountabilitySteps steps, Audit.AuditLog audit)
{
    public const string DecideRule = "suspension.decide";
    public const string TermRule = "suspension.term";

    public async Task<AccountabilityResult> RequestAsync(AccountabilityActor actor, SuspensionInput input, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var staff = await db.StaffMembers.FirstOrDefaultAsync(s => s.Id == input.StaffId && s.IsActive, cancellationToken);
        var requestedOn = input.RequestedOn ?? steps.Today;
        var problem = !actor.CanWrite ? "Accountability.Error.NotAllowed"
            : staff is null ? "Accountability.Error.NotFound"
            : !Enum.IsDefined(input.Kind) || string.IsNullOrWhiteSpace(input.Ground) ? "Accountability.Error.Required"
            : input.Ground.Trim().Length > 300 ? "Accountability.Error.TooLong"
            : requestedOn > steps.Today ? "Accountability.Error.FutureDate"
            : await db.Suspensions.AnyAsync(s => s.StaffMemberId == input.StaffId && (s.Status == SuspensionStatus.Requested || s.Status == SuspensionStatus.InForce), cancellationToken)
                ? "Accountability.Error.SuspensionOpen"
            : null;
        if (problem is not null)
        {
            return await steps.RefuseAsync(actor, "suspension.request", null, problem, cancellationToken);
        }

        var due = (await dueDates.ForAsync(DecideRule, requestedOn, cancellationToken))?.Date
            ?? throw new InvalidOperationException($"No deadline rule {DecideRule} in force on {requestedOn}");
        var record = new Suspension
        {
            Code = await AccountabilityCodes.NextAsync(db.Suspensions.Select(s => s.Code), "DC", requestedOn.Year, cancellationToken),
            StaffMemberId = staff!.Id, UnitId = staff.UnitId, Kind = input.Kind, Ground = input.Ground.Trim(), RequestedOn = requestedOn, DecisionDueOn = due,
            RecordedByUserId = actor.UserId,
        };
        db.Suspensions.Add(record);
        steps.History(db, actor, record.Id, "requested", $"kind={record.Kind};due={due:yyyy-MM-dd}");
        await TrackAsync(db, actor, record, DecideRule, requestedOn, due, cancellationToken);
        return await steps.SaveAsync(db, actor, record.Id, AccountabilityAudit.SuspensionRequested, $"code={record.Code};kind={record.Kind}", false, cancellationToken);
    }

    /// <summary>A decision after the 5 working days is recorded and marked late; a term longer than the rule allows is refused.</summary>
    public async Task<AccountabilityResult> DecideAsync(AccountabilityActor actor, Guid id, long version, SuspensionDecision decision, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var record = await db.Suspensions.FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        var term = await DueDates.InForceAsync(db, TermRule, decision.StartsOn, cancellationToken);
        var problem = !actor.CanWrite ? "Accountability.Error.NotAllowed"
            : record is null ? "Accountability.Error.NotFound"
            : record.Status != SuspensionStatus.Requested ? "Accountability.Error.AlreadyDone"
            : record.StaffMemberId == actor.StaffId ? "Accountability.Error.OwnRecord"
            : !decision.Approve ? (record.Version != version ? AccountabilityResult.StaleKey : null)
            : string.IsNullOrWhiteSpace(decision.DecisionNumber) ? "Accountability.Error.Required"
            : decision.DecisionNumber.Trim().Length > 50 ? "Accountability.Error.TooLong"
            : decision.EndsOn < decision.StartsOn ? "Accountability.Error.EndsBeforeStarts"
            : decision.StartsOn < record.RequestedOn ? "Accountability.Error.StartsBeforeRequest"
            : term is null || Days(decision.StartsOn, decision.EndsOn) > term.Duration ? "Accountability.Error.SuspensionTooLong"
            : record.Version != version ? AccountabilityResult.StaleKey
            : null;
        if (problem is not null)
        {
            return await steps.RefuseAsync(actor, "suspension.decide", id, problem, cancellationToken);
        }

        var today = steps.Today;
        var late = today > record!.DecisionDueOn;
        (record.DecidedOn, record.DecidedLate) = (today, late);
        if (decision.Approve)
        {
            (record.Status, record.DecisionNumber, record.StartsOn, record.EndsOn) = (SuspensionStatus.InForce, decision.DecisionNumber!.Trim(), decision.StartsOn, decision.EndsOn);
            // The same duty now watches the end of the term: someone must end or extend it on time.
            await TrackAsync(db, actor, record, TermRule, decision.StartsOn, decision.EndsOn, cancellationToken);
        }
        else
        {
            record.Status = SuspensionStatus.Refused;
            await DutyClocks.CloseAsync(db, DutyKinds.Suspension, id, today, cancellationToken);
        }

        steps.History(db, actor, id, "decided", $"approve={decision.Approve};ends={record.EndsOn:yyyy-MM-dd}{(late ? ";late" : "")}");
        return await steps.SaveAsync(db, actor, id, AccountabilityAudit.SuspensionDecided, $"code={record.Code};approve={decision.Approve}{(late ? ";late" : "")}", late, cancellationToken);
    }

    /// <summary>Extends the term as far as the rule's extension plan allows (one extension of up to 90 days as shipped).</summary>
    public async Task<AccountabilityResult> ExtendAsync(AccountabilityActor actor, Guid id, long version, DateOnly newEndsOn, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var record = await db.Suspensions.FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        var term = record?.StartsOn is { } starts ? await DueDates.InForceAsync(db, TermRule, starts, cancellationToken) : null;
        var limit = term is null ? null : ExtensionPlan.Parse(term.ExtensionPlan).LimitFor(ExtensionGrade.Any);
        var problem = !actor.CanWrite ? "Accountability.Error.NotAllowed"
            : record is null ? "Accountability.Error.NotFound"
            : record.Status != SuspensionStatus.InForce ? "Accountability.Error.NotInForce"
            : newEndsOn <= record.EndsOn ? "Accountability.Error.EndsBeforeStarts"
            : limit is null || record.Extensions >= limit.Count ? "Accountability.Error.ExtensionLimit"
            : Days(record.EndsOn!.Value.AddDays(1), newEndsOn) > limit.Length ? "Accountability.Error.SuspensionTooLong"
            : record.Version != version ? AccountabilityResult.StaleKey
            : null;
        if (problem is not null)
        {
            return await steps.RefuseAsync(actor, "suspension.extend", id, problem, cancellationToken);
        }

        (record!.EndsOn, record.Extensions) = (newEndsOn, record.Extensions + 1);
        await TrackAsync(db, actor, record, TermRule, record.StartsOn!.Value, newEndsOn, cancellationToken);
        steps.History(db, actor, id, "extended", $"ends={newEndsOn:yyyy-MM-dd}");
        return await steps.SaveAsync(db, actor, id, AccountabilityAudit.SuspensionExtended, $"code={record.Code};ends={newEndsOn:yyyy-MM-dd}", false, cancellationToken);
    }

    public async Task<AccountabilityResult> EndAsync(AccountabilityActor actor, Guid id, long version, DateOnly endedOn, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var record = await db.Suspensions.FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        var problem = !actor.CanWrite ? "Accountability.Error.NotAllowed"
            : record is null ? "Accountability.Error.NotFound"
            : record.Status != SuspensionStatus.InForce ? "Accountability.Error.NotInForce"
            : endedOn < record.StartsOn ? "Accountability.Error.EndsBeforeStarts"
            : endedOn > steps.Today ? "Accountability.Error.FutureDate"
            : record.Version != version ? AccountabilityResult.StaleKey
            : null;
        if (problem is not null)
        {
            return await steps.RefuseAsync(actor, "suspension.end", id, problem, cancellationToken);
        }

        (record!.Status, record.EndedOn) = (SuspensionStatus.Ended, endedOn);
        await DutyClocks.CloseAsync(db, DutyKinds.Suspension, id, steps.Today, cancellationToken);
        steps.History(db, actor, id, "ended", $"on={endedOn:yyyy-MM-dd}");
        return await steps.SaveAsync(db, actor, id, AccountabilityAudit.SuspensionEnded, $"code={record.Code}", false, cancellationToken);
    }

    public async Task<IReadOnlyList<SuspensionLine>> ListAsync(AccountabilityActor actor, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var units = actor.HeadOfUnits.ToList();
        var lines = await db.Suspensions.AsNoTracking()
            .Where(s => actor.SeesAll || units.Contains(s.UnitId) || s.StaffMemberId == actor.StaffId)
            .Select(s => new
            {
                Record = s, Person = db.StaffMembers.Where(m => m.Id == s.StaffMemberId).Select(m => m.FullName).First(),
                Unit = db.Units.Where(u => u.Id == s.UnitId).Select(u => u.Name).First(),
            }).ToListAsync(cancellationToken);
        var result = lines.OrderBy(l => l.Record.Status).ThenByDescending(l => l.Record.RequestedOn).Select(l => new SuspensionLine(l.Record, l.Person, l.Unit)).ToList();
        await AccountabilityAudit.ViewedAsync(audit, actor, "suspensions", result.Select(l => l.Record.Code), cancellationToken);
        return result;
    }

    /// <summary>Days of a term counting both its first and last day.</summary>
    public static int Days(DateOnly starts, DateOnly ends) => ends.DayNumber - starts.DayNumber + 1;

    private static async Task TrackAsync(PortalDbContext db, AccountabilityActor actor, Suspension record, string rule, DateOnly started, DateOnly due, CancellationToken cancellationToken)
    {
        var recorderUnit = await db.StaffMembers.Where(s => s.Id == actor.StaffId).Select(s => (Guid?)s.UnitId).FirstOrDefaultAsync(cancellationToken);
        await DutyClocks.TrackAsync(db, new DutyStart(DutyKinds.Suspension, record.Id, record.Code, rule, recorderUnit, actor.StaffId, HeadsResponsibility.Link, started, due), cancellationToken);
    }
}
