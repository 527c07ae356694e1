using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;
using Portal.Web.Features.Organisation;

namespace Portal.Web.Features.Deadlines.Dashboard;

public enum ScopeKind
{
    /// <summary>A leader who heads no unit: nothing to oversee, and the page says so.</summary>
    None = 0,
    /// <summary>The head or a deputy of a unit: that unit and every unit below it.</summary>
    Subtree = 1,
    /// <summary>The Director or a Deputy Director (head or deputy of the root unit): the whole Department.</summary>
    Department = 2,
}

/// <summary>Which handling units (<see cref="Intake.Report.ReceivingUnitId"/>) a leader oversees.</summary>
public sealed record DashboardScope(ScopeKind Kind, Guid? UnitId, string? UnitName, string? UnitNameEn, IReadOnlyList<Guid> Units)
{
    public static readonly DashboardScope Nobody = new(ScopeKind.None, null, null, null, []);

    /// <summary>
    /// Resolves the scope from the person's place in the organisation, not from their role alone: the Leader role says
    /// what pages they may open, the unit they lead says whose cases they answer for.
    /// </summary>
    public static async Task<DashboardScope> ForAsync(IDbContextFactory<PortalDbContext> contexts, OrganisationDirectory directory, Guid userId,
        CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var led = await (from u in db.Users
                         join s in db.StaffMembers on u.StaffMemberId equals s.Id
                         join unit in db.Units on s.UnitId equals unit.Id
                         where u.Id == userId && !u.IsDisabled && s.IsActive && (s.UnitRole == UnitRole.Head || s.UnitRole == UnitRole.Deputy)
                         select new { unit.Id, unit.Name, unit.NameEn, IsRoot = unit.ParentId == null })
            .FirstOrDefaultAsync(cancellationToken);
        if (led is null)
        {
            return Nobody;
        }

        return led.IsRoot
            ? new DashboardScope(ScopeKind.Department, led.Id, led.Name, led.NameEn, [])
            : new DashboardScope(ScopeKind.Subtree, led.Id, led.Name, led.NameEn, await directory.SelfAndDescendantsAsync(led.Id, cancellationToken));
    }
}
