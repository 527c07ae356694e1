using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;
using Portal.Web.Features.Accounts;
using Portal.Web.Features.Organisation;

namespace Portal.Web.Features.Checks;

/// <summary>
/// Who acts on checks, read fresh from the directory. Check officers plan and run checks; the Department's leaders
/// (Leader role, head or deputy of the Department itself) approve the plan and read everything; the programme
/// secretary reads plans and recommendations; heads and deputies of a unit see the checks of their unit and below
/// and report progress on its recommendations. Team members see the checks they are on. Nobody else sees anything.
/// </summary>
public sealed record CheckActor(Guid UserId, Guid? StaffId, bool IsOfficer, bool IsDepartmentLeader, bool IsReader, IReadOnlySet<Guid> HeadedUnits)
{
    public static readonly CheckActor Nobody = new(Guid.Empty, null, false, false, false, new HashSet<Guid>());

    /// <summary>Sees the whole plan of a year (the others see only their units' checks).</summary>
    public bool SeesWholePlan => IsOfficer || IsDepartmentLeader || IsReader;

    public bool SeesAnything => SeesWholePlan || HeadedUnits.Count > 0 || StaffId is not null;
}

public sealed class CheckActors(IDbContextFactory<PortalDbContext> contexts)
{
    public Task<CheckActor> ForAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default) =>
        Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id)
            ? ForAsync(id, Roles.All.Where(user.IsInRole).ToList(), cancellationToken)
            : Task.FromResult(CheckActor.Nobody);

    public async Task<CheckActor> ForAsync(Guid userId, IReadOnlyCollection<string> roles, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var staffId = await db.Users.Where(u => u.Id == userId).Select(u => u.StaffMemberId).FirstOrDefaultAsync(cancellationToken);
        var me = staffId is null ? null : await db.StaffMembers.AsNoTracking().FirstOrDefaultAsync(s => s.Id == staffId && s.IsActive, cancellationToken);
        var headed = new HashSet<Guid>();
        var departmentLeader = false;
        if (me is { UnitRole: UnitRole.Head or UnitRole.Deputy })
        {
            var units = await db.Units.AsNoTracking().Select(u => new { u.Id, u.ParentId }).ToListAsync(cancellationToken);
            departmentLeader = roles.Contains(Roles.Leader) && units.Any(u => u.Id == me.UnitId && u.ParentId == null);
            var children = units.ToLookup(u => u.ParentId, u => u.Id);
            var queue = new Queue<Guid>([me.UnitId]);
            while (queue.TryDequeue(out var unit))
            {
                if (headed.Add(unit))
                {
                    foreach (var child in children[unit])
                    {
                        queue.Enqueue(child);
                    }
                }
            }
        }

        return new CheckActor(userId, me?.Id, roles.Contains(Roles.CheckOfficer), departmentLeader, roles.Contains(Roles.ProgrammeSecretary), headed);
    }
}
