using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;

namespace Portal.Web.Features.Outreach;

/// <summary>Who is in a training's audience: active staff in the chosen units (or under them) holding one of the chosen positions.</summary>
public static class TrainingAudienceResolver
{
    public sealed record Member(Guid StaffId, Guid UnitId);

    public static async Task<IReadOnlyList<Member>> ResolveAsync(
        PortalDbContext db, IReadOnlyCollection<Guid> unitIds, IReadOnlyCollection<Guid> positionIds, CancellationToken cancellationToken)
    {
        var staff = await db.StaffMembers.AsNoTracking().Where(s => s.IsActive)
            .Select(s => new { s.Id, s.UnitId, s.PositionId }).ToListAsync(cancellationToken);
        var units = unitIds.Count == 0 ? null : await SubtreesAsync(db, unitIds, cancellationToken);
        return staff
            .Where(s => units is null || units.Contains(s.UnitId))
            .Where(s => positionIds.Count == 0 || (s.PositionId is { } p && positionIds.Contains(p)))
            .Select(s => new Member(s.Id, s.UnitId))
            .ToList();
    }

    /// <summary>The chosen units and every unit below them: a hospital's audience includes its wards.</summary>
    public static async Task<HashSet<Guid>> SubtreesAsync(PortalDbContext db, IEnumerable<Guid> roots, CancellationToken cancellationToken)
    {
        var tree = await db.Units.AsNoTracking().Select(u => new { u.Id, u.ParentId }).ToListAsync(cancellationToken);
        var result = new HashSet<Guid>(roots);
        var added = true;
        while (added)
        {
            added = false;
            foreach (var u in tree)
            {
                if (u.ParentId is { } parent && result.Contains(parent) && result.Add(u.Id))
                {
                    added = true;
                }
            }
        }

        return result;
    }
}
