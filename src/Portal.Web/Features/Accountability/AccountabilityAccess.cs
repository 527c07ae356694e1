using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;
using Portal.Web.Features.Accounts;
using Portal.Web.Features.Organisation;

namespace Portal.Web.Features.Accountability;

/// <summary>
/// Who reads and writes discipline and personnel records. Personnel officers and the Director see and write all;
/// a head sees the records of their unit and the units below it; everyone sees their own; nothing else. Built from
/// roles and the directory read fresh, never from what the page shows.
/// </summary>
public sealed record AccountabilityActor(Guid UserId, Guid? StaffId, bool SeesAll, IReadOnlySet<Guid> HeadOfUnits, bool IsDirector = false)
{
    public bool CanWrite => SeesAll;

    public bool CanRead(Guid staffId, Guid unitId) => SeesAll || HeadOfUnits.Contains(unitId) || staffId == StaffId;

    /// <summary>What the audit says about the reach of a read ("all", "unit", "self").</summary>
    public string Scope => SeesAll ? "all" : HeadOfUnits.Count > 0 ? "unit" : "self";
}

public sealed class AccountabilityActors(IDbContextFactory<PortalDbContext> contexts, OrganisationDirectory directory)
{
    public Task<AccountabilityActor> ForAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default) =>
        ForAsync(Guid.Parse(user.FindFirstValue(ClaimTypes.NameIdentifier)!), Roles.All.Where(user.IsInRole).ToList(), cancellationToken);

    public async Task<AccountabilityActor> ForAsync(Guid userId, IReadOnlyCollection<string> roles, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var staff = await db.Users.Where(u => u.Id == userId)
            .Select(u => db.StaffMembers.FirstOrDefault(s => s.Id == u.StaffMemberId && s.IsActive)).FirstOrDefaultAsync(cancellationToken);
        // The Director is the Leader who heads the root unit: the Leader role alone (a hospital director) is a head, not the Director.
        var isDirector = staff is not null && roles.Contains(Roles.Leader) && staff.UnitRole == UnitRole.Head
            && await db.Units.AnyAsync(u => u.Id == staff.UnitId && u.ParentId == null, cancellationToken);
        var seesAll = roles.Contains(Roles.PersonnelOfficer) || isDirector;
        var headOf = staff is { UnitRole: UnitRole.Head } && !seesAll
            ? (await directory.SelfAndDescendantsAsync(staff.UnitId, cancellationToken)).ToHashSet()
            : [];
        return new AccountabilityActor(userId, staff?.Id, seesAll, headOf, isDirector);
    }
}
