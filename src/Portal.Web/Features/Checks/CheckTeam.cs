using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Portal.Web.Data;
using Portal.Web.Features.Audit;
using Portal.Web.Infrastructure;

namespace Portal.Web.Features.Checks;

/// <summary>
/// The check team: officers add and remove members (one leader, the first member until another is named), nobody from the checked unit or below it, and
/// each member states they have no conflict of interest with the checked unit before the check starts.
/// </summary>
public sealed class CheckTeam(IDbContextFactory<PortalDbContext> contexts, AuditLog audit, TimeProvider clock, IStringLocalizer<SharedResource> l)
{
    public async Task<CommandResult> AddAsync(CheckActor actor, Guid checkId, long version, Guid staffId, bool isLeader, CancellationToken cancellationToken = default)
    {
        if (!actor.IsOfficer)
        {
            return CommandResult.Fail(l["Checks.Error.NotAllowed"]);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var check = await db.Checks.Include(c => c.Team).FirstOrDefaultAsync(c => c.Id == checkId, cancellationToken);
        if (check is null)
        {
            return CommandResult.Fail(l["Checks.Error.Missing"]);
        }

        if (!CheckRules.PlanEditable(check.Status))
        {
            return CommandResult.Fail(l[CheckRules.IsFinal(check.Status) ? "Checks.Error.Final" : "Checks.Error.Concluded"]);
        }

        var staff = await db.StaffMembers.AsNoTracking().FirstOrDefaultAsync(s => s.Id == staffId && s.IsActive, cancellationToken);
        if (staff is null)
        {
            return CommandResult.Fail(l["Checks.Error.MemberUnknown"]);
        }

        if (check.Team.Any(m => m.StaffMemberId == staffId))
        {
            return CommandResult.Fail(l["Checks.Error.MemberTwice"]);
        }

        if (await InCheckedUnitAsync(db, staff.UnitId, check.CheckedUnitId, cancellationToken))
        {
            // Checking one's own unit (or the unit one reports to) is a conflict of interest whatever one says.
            return CommandResult.Fail(l["Checks.Error.MemberFromCheckedUnit"]);
        }

        // The first member leads until another is named, so a one-person team is complete as it stands.
        isLeader |= !check.Team.Any(m => m.IsLeader);
        if (isLeader)
        {
            foreach (var m in check.Team)
            {
                m.IsLeader = false;
            }
        }

        // Added through the set: found only through the navigation, a row with its key already set would be taken for an existing one.
        db.CheckTeamMembers.Add(new CheckTeamMember { CheckId = check.Id, StaffMemberId = staffId, IsLeader = isLeader });
        CheckRules.Touch(db, check, version);
        if (await CheckRules.SaveAsync(db, l, cancellationToken) is { } conflict)
        {
            return conflict;
        }

        await audit.AppendAsync(ChecksAudit.TeamChanged, actor.UserId, check.Code, $"added={staffId}; leader={isLeader}", cancellationToken);
        return CommandResult.Ok;
    }

    public async Task<CommandResult> RemoveAsync(CheckActor actor, Guid checkId, long version, Guid memberId, CancellationToken cancellationToken = default)
    {
        if (!actor.IsOfficer)
        {
            return CommandResult.Fail(l["Checks.Error.NotAllowed"]);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var check = await db.Checks.Include(c => c.Team).FirstOrDefaultAsync(c => c.Id == checkId, cancellationToken);
        var member = check?.Team.FirstOrDefault(m => m.Id == memberId);
        if (check is null || member is null)
        {
            return CommandResult.Fail(l["Checks.Error.Missing"]);
        }

        if (!CheckRules.PlanEditable(check.Status))
        {
            return CommandResult.Fail(l[CheckRules.IsFinal(check.Status) ? "Checks.Error.Final" : "Checks.Error.Concluded"]);
        }

        db.Remove(member);
        CheckRules.Touch(db, check, version);
        if (await CheckRules.SaveAsync(db, l, cancellationToken) is { } conflict)
        {
            return conflict;
        }

        await audit.AppendAsync(ChecksAudit.TeamChanged, actor.UserId, check.Code, $"removed={member.StaffMemberId}", cancellationToken);
        return CommandResult.Ok;
    }

    /// <summary>The member confirms for themselves; an officer may record a member's signed statement on paper instead.</summary>
    public async Task<CommandResult> ConfirmNoConflictAsync(CheckActor actor, Guid checkId, Guid memberId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var check = await db.Checks.Include(c => c.Team).FirstOrDefaultAsync(c => c.Id == checkId, cancellationToken);
        var member = check?.Team.FirstOrDefault(m => m.Id == memberId);
        if (check is null || member is null)
        {
            return CommandResult.Fail(l["Checks.Error.Missing"]);
        }

        if (!actor.IsOfficer && actor.StaffId != member.StaffMemberId)
        {
            return CommandResult.Fail(l["Checks.Error.NotAllowed"]);
        }

        if (!CheckRules.PlanEditable(check.Status))
        {
            return CommandResult.Fail(l[CheckRules.IsFinal(check.Status) ? "Checks.Error.Final" : "Checks.Error.Concluded"]);
        }

        if (member.NoConflictConfirmedOn is not null)
        {
            return CommandResult.Ok;
        }

        member.NoConflictConfirmedOn = DepartmentDate.Today(clock);
        member.ConfirmedByUserId = actor.UserId;
        await db.SaveChangesAsync(cancellationToken);
        await audit.AppendAsync(ChecksAudit.NoConflictConfirmed, actor.UserId, check.Code,
            $"member={member.StaffMemberId}; self={actor.StaffId == member.StaffMemberId}", cancellationToken);
        return CommandResult.Ok;
    }

    private static async Task<bool> InCheckedUnitAsync(PortalDbContext db, Guid staffUnit, Guid checkedUnit, CancellationToken cancellationToken)
    {
        var parents = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.ParentId, cancellationToken);
        var seen = new HashSet<Guid>();
        for (Guid? unit = staffUnit; unit is { } u && seen.Add(u); unit = parents.GetValueOrDefault(u))
        {
            if (u == checkedUnit)
            {
                return true;
            }
        }

        return false;
    }
}
