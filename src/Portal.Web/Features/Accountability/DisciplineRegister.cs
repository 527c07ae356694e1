using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;
using Portal.Web.Features.Organisation;

namespace Portal.Web.Features.Accountability;

public sealed record DisciplineInput(Guid StaffId, DisciplineForm Form, string DecisionNumber, DateOnly DecisionDate, string Basis, DateOnly? EffectiveFrom = null);

public sealed record DisciplineLine(DisciplineRecord Record, string Person, string Unit);

/// <summary>Discipline decisions per staff member, the period each counts, annulment; and the review flags they raise.</summary>
public sealed class DisciplineRegister(IDbContextFactory<PortalDbContext> contexts, AccountabilitySteps steps, PersonnelReviews reviews, Audit.AuditLog audit)
{
    public async Task<AccountabilityResult> RecordAsync(AccountabilityActor actor, DisciplineInput input, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var staff = await db.StaffMembers.Include(s => s.Position).FirstOrDefaultAsync(s => s.Id == input.StaffId, cancellationToken);
        var problem = !actor.CanWrite ? "Accountability.Error.NotAllowed"
            : staff is null ? "Accountability.Error.NotFound"
            : Check(input, steps.Today);
        if (problem is not null)
        {
            return await steps.RefuseAsync(actor, "discipline.record", null, problem, cancellationToken);
        }

        var record = await StageAsync(db, actor, staff!, input, null, cancellationToken);
        var flags = await PersonnelReviews.StageAsync(db, staff!.Id, steps.Today, cancellationToken);
        var result = await steps.SaveAsync(db, actor, record.Id, AccountabilityAudit.DisciplineRecorded, $"code={record.Code};form={record.Form}", false, cancellationToken);
        await reviews.AuditRaisedAsync(actor, flags, result.Done, cancellationToken);
        return result;
    }

    /// <summary>The checks a discipline input must pass; null when it is good. Shared with the head's-responsibility decision.</summary>
    internal static string? Check(DisciplineInput input, DateOnly today) =>
        !Enum.IsDefined(input.Form) ? "Accountability.Error.FormRequired"
        : string.IsNullOrWhiteSpace(input.DecisionNumber) || string.IsNullOrWhiteSpace(input.Basis) ? "Accountability.Error.Required"
        : input.DecisionNumber.Trim().Length > 50 || input.Basis.Trim().Length > 500 ? "Accountability.Error.TooLong"
        : input.DecisionDate > today ? "Accountability.Error.FutureDate"
        : input.EffectiveFrom is { } from && from < input.DecisionDate ? "Accountability.Error.EffectiveBeforeDecision"
        : null;

    /// <summary>Adds the record to <paramref name="db"/> with its code and period in force; the caller saves.</summary>
    internal async Task<DisciplineRecord> StageAsync(PortalDbContext db, AccountabilityActor actor, StaffMember staff, DisciplineInput input, Guid? headResponsibilityId, CancellationToken cancellationToken)
    {
        var from = input.EffectiveFrom ?? input.DecisionDate;
        var rules = await db.AccountabilityRules.AsNoTracking().ToListAsync(cancellationToken);
        var rule = AccountabilityRules.InForceRule(rules, input.Form, from);
        var record = new DisciplineRecord
        {
            Code = await AccountabilityCodes.NextAsync(db.DisciplineRecords.Select(r => r.Code), "KL", input.DecisionDate.Year, cancellationToken),
            StaffMemberId = staff.Id, UnitId = staff.UnitId, Leadership = staff.UnitRole != UnitRole.Member || staff.Position?.IsLeadership == true,
            Form = input.Form, DecisionNumber = input.DecisionNumber.Trim(), DecisionDate = input.DecisionDate, Basis = input.Basis.Trim(),
            EffectiveFrom = from, EffectiveUntil = AccountabilityRules.EffectiveUntil(rules, input.Form, from), TermRuleCode = rule?.Code,
            HeadResponsibilityId = headResponsibilityId, RecordedByUserId = actor.UserId, RecordedOn = steps.Today,
        };
        db.DisciplineRecords.Add(record);
        steps.History(db, actor, record.Id, "recorded", $"form={record.Form};until={record.EffectiveUntil:yyyy-MM-dd}");
        return record;
    }

    /// <summary>An annulled decision (overturned on complaint) stays in the register, marked, and stops counting.</summary>
    public async Task<AccountabilityResult> AnnulAsync(AccountabilityActor actor, Guid id, long version, string reason, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var record = await db.DisciplineRecords.FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        var problem = !actor.CanWrite ? "Accountability.Error.NotAllowed"
            : record is null ? "Accountability.Error.NotFound"
            : record.AnnulledOn is not null ? "Accountability.Error.AlreadyDone"
            : string.IsNullOrWhiteSpace(reason) ? "Accountability.Error.Required"
            : reason.Trim().Length > 500 ? "Accountability.Error.TooLong"
            : record.Version != version ? AccountabilityResult.StaleKey
            : null;
        if (problem is not null)
        {
            return await steps.RefuseAsync(actor, "discipline.annul", id, problem, cancellationToken);
        }

        (record!.AnnulledOn, record.AnnulReason) = (steps.Today, reason.Trim());
        steps.History(db, actor, id, "annulled");
        return await steps.SaveAsync(db, actor, id, AccountabilityAudit.DisciplineAnnulled, $"code={record.Code}", false, cancellationToken);
    }

    /// <summary>The records the actor may read, newest first; the read is audited by record code.</summary>
    public async Task<IReadOnlyList<DisciplineLine>> ListAsync(AccountabilityActor actor, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var units = actor.HeadOfUnits.ToList();
        var lines = await db.DisciplineRecords.AsNoTracking()
            .Where(r => actor.SeesAll || units.Contains(r.UnitId) || r.StaffMemberId == actor.StaffId)
            .Select(r => new
            {
                Record = r, Person = db.StaffMembers.Where(s => s.Id == r.StaffMemberId).Select(s => s.FullName).First(),
                Unit = db.Units.Where(u => u.Id == r.UnitId).Select(u => u.Name).First(),
            }).ToListAsync(cancellationToken);
        var result = lines.OrderByDescending(l => l.Record.DecisionDate).ThenByDescending(l => l.Record.Code, StringComparer.Ordinal)
            .Select(l => new DisciplineLine(l.Record, l.Person, l.Unit)).ToList();
        await AccountabilityAudit.ViewedAsync(audit, actor, "discipline", result.Select(l => l.Record.Code), cancellationToken);
        return result;
    }
}

internal static class AccountabilityCodes
{
    /// <summary>The next "KL-2026-03" in the year. A race gives two saves the same code; the unique index refuses the second.</summary>
    public static async Task<string> NextAsync(IQueryable<string> codes, string prefix, int year, CancellationToken cancellationToken)
    {
        var start = $"{prefix}-{year}-";
        var taken = await codes.Where(c => c.StartsWith(start)).ToListAsync(cancellationToken);
        var next = taken.Select(c => int.TryParse(c.AsSpan(start.Length), out var n) ? n : 0).DefaultIfEmpty(0).Max() + 1;
        return $"{start}{next:00}";
    }
}
