using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;
using Portal.Web.Features.Organisation;

namespace Portal.Web.Features.Accountability;

public sealed record FlagLine(ReviewFlag Flag, string Person, string Unit, AccountabilityRule? Rule);

/// <summary>
/// Personnel reviews: when someone's records meet a ground for dismissal or resignation (rules as data), a flag is
/// raised for a leader. The leader decides; the portal records who, when and why, and never acts on its own.
/// </summary>
public sealed class PersonnelReviews(IDbContextFactory<PortalDbContext> contexts, AccountabilitySteps steps, Audit.AuditLog audit)
{
    /// <summary>
    /// Re-reads one person's records and stages a flag for each rule newly met: an open flag for the rule is brought
    /// up to date, a decided one is not raised again for the same records.
    /// </summary>
    internal static async Task<IReadOnlyList<ReviewFlag>> StageAsync(PortalDbContext db, Guid staffId, DateOnly today, CancellationToken cancellationToken)
    {
        var staff = await db.StaffMembers.Include(s => s.Position).SingleAsync(s => s.Id == staffId, cancellationToken);
        var rules = await db.AccountabilityRules.AsNoTracking().ToListAsync(cancellationToken);
        var disciplines = db.DisciplineRecords.Local.Where(r => r.StaffMemberId == staffId)
            .Concat(await db.DisciplineRecords.Where(r => r.StaffMemberId == staffId).ToListAsync(cancellationToken)).Distinct()
            .Where(r => r.AnnulledOn is null).Select(r => new ReviewEvidence(r.Code, r.DecisionDate, r.Form, null));
        var responsibilities = db.HeadResponsibilities.Local.Where(r => r.HeadStaffId == staffId)
            .Concat(await db.HeadResponsibilities.Where(r => r.HeadStaffId == staffId).ToListAsync(cancellationToken)).Distinct()
            .Select(r => new ReviewEvidence(r.Code, r.ConcludedOn, null, r.Severity));
        var leadership = staff.UnitRole != UnitRole.Member || staff.Position?.IsLeadership == true;
        var matches = AccountabilityRules.Review(rules, disciplines.Concat(responsibilities).ToList(), leadership, today);

        var existing = await db.ReviewFlags.Where(f => f.StaffMemberId == staffId).ToListAsync(cancellationToken);
        var raised = new List<ReviewFlag>();
        foreach (var match in matches)
        {
            var evidence = string.Join(',', match.Evidence);
            var open = existing.FirstOrDefault(f => f.RuleCode == match.RuleCode && f.Decision == FlagDecision.Open);
            if (open is not null)
            {
                open.Evidence = evidence;
            }
            else if (!existing.Any(f => f.RuleCode == match.RuleCode && f.Evidence == evidence))
            {
                var flag = new ReviewFlag { StaffMemberId = staffId, UnitId = staff.UnitId, RuleCode = match.RuleCode, Evidence = evidence, RaisedOn = today };
                db.ReviewFlags.Add(flag);
                raised.Add(flag);
            }
        }

        return raised;
    }

    internal async Task AuditRaisedAsync(AccountabilityActor actor, IReadOnlyList<ReviewFlag> flags, bool saved, CancellationToken cancellationToken)
    {
        foreach (var flag in saved ? flags : [])
        {
            await audit.AppendAsync(AccountabilityAudit.FlagRaised, actor.UserId, flag.Id.ToString(), $"rule={flag.RuleCode};evidence={flag.Evidence}", cancellationToken);
        }
    }

    /// <summary>Who decides: the Director for everyone; a head for the units they lead, never about themselves. Personnel officers prepare, they do not decide.</summary>
    public static bool CanDecide(AccountabilityActor actor, ReviewFlag flag) =>
        flag.StaffMemberId != actor.StaffId && (actor.IsDirector || actor.HeadOfUnits.Contains(flag.UnitId));

    public async Task<AccountabilityResult> DecideAsync(AccountabilityActor actor, Guid id, long version, FlagDecision decision, string? note, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var flag = await db.ReviewFlags.FirstOrDefaultAsync(f => f.Id == id, cancellationToken);
        var problem = flag is null || !actor.CanRead(flag.StaffMemberId, flag.UnitId) ? "Accountability.Error.NotFound"
            : !CanDecide(actor, flag) ? "Accountability.Error.NotAllowed"
            : flag.Decision != FlagDecision.Open ? "Accountability.Error.AlreadyDone"
            : decision is not (FlagDecision.ProcedureStarted or FlagDecision.NoAction) ? "Accountability.Error.DecisionRequired"
            : decision == FlagDecision.NoAction && string.IsNullOrWhiteSpace(note) ? "Accountability.Error.ReasonRequired"
            : (note?.Trim().Length ?? 0) > 1000 ? "Accountability.Error.TooLong"
            : flag.Version != version ? AccountabilityResult.StaleKey
            : null;
        if (problem is not null)
        {
            return await steps.RefuseAsync(actor, "flag.decide", id, problem, cancellationToken);
        }

        (flag!.Decision, flag.DecisionNote, flag.DecidedOn, flag.DecidedByUserId) = (decision, note?.Trim(), steps.Today, actor.UserId);
        steps.History(db, actor, id, "decided", $"decision={decision}");
        return await steps.SaveAsync(db, actor, id, AccountabilityAudit.FlagDecided, $"rule={flag.RuleCode};decision={decision}", false, cancellationToken);
    }

    public async Task<IReadOnlyList<FlagLine>> ListAsync(AccountabilityActor actor, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var units = actor.HeadOfUnits.ToList();
        var rules = await db.AccountabilityRules.AsNoTracking().ToListAsync(cancellationToken);
        var lines = await db.ReviewFlags.AsNoTracking()
            .Where(f => actor.SeesAll || units.Contains(f.UnitId) || f.StaffMemberId == actor.StaffId)
            .Select(f => new
            {
                Flag = f, Person = db.StaffMembers.Where(s => s.Id == f.StaffMemberId).Select(s => s.FullName).First(),
                Unit = db.Units.Where(u => u.Id == f.UnitId).Select(u => u.Name).First(),
            }).ToListAsync(cancellationToken);
        var result = lines.OrderBy(l => l.Flag.Decision).ThenByDescending(l => l.Flag.RaisedOn)
            .Select(l => new FlagLine(l.Flag, l.Person, l.Unit, rules.Where(r => r.Code == l.Flag.RuleCode).OrderByDescending(r => r.EffectiveFrom).FirstOrDefault())).ToList();
        await AccountabilityAudit.ViewedAsync(audit, actor, "flags", result.Select(l => l.Flag.Evidence.Split(',')[^1] + "/" + l.Flag.RuleCode), cancellationToken);
        return result;
    }
}
