using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;

namespace Portal.Web.Features.Organisation;

/// <summary>
/// What other features ask of the organisation: the tree, a unit's head, and a person's chain of command
/// (escalation, conflict-of-interest exclusion, discipline). A Department has hundreds of units and a few
/// thousand staff, so the structure is read whole and walked in memory.
/// </summary>
public sealed class OrganisationDirectory(IDbContextFactory<PortalDbContext> contexts)
{
    public async Task<IReadOnlyList<UnitNode>> TreeAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var units = await db.Units.AsNoTracking().ToListAsync(cancellationToken);
        var staff = await db.StaffMembers.AsNoTracking().Where(s => s.IsActive)
            .Select(s => new { s.UnitId, s.UnitRole, s.FullName }).ToListAsync(cancellationToken);
        var byUnit = staff.ToLookup(s => s.UnitId);
        var children = units.ToLookup(u => u.ParentId);
        var result = new List<UnitNode>(units.Count);

        void Walk(Guid? parentId, int depth)
        {
            foreach (var u in children[parentId].OrderBy(u => u.SortOrder).ThenBy(u => u.Name, StringComparer.CurrentCulture))
            {
                var members = byUnit[u.Id].ToList();
                result.Add(new UnitNode(
                    u.Id, u.Code, u.Name, u.NameEn, u.Kind, u.ParentId, depth, u.IsActive, u.ReceivesReports, u.Version,
                    members.FirstOrDefault(m => m.UnitRole == UnitRole.Head)?.FullName,
                    members.Where(m => m.UnitRole == UnitRole.Deputy).Select(m => m.FullName).Order(StringComparer.CurrentCulture).ToList(),
                    members.Count));
                Walk(u.Id, depth + 1);
            }
        }

        Walk(null, 0);
        return result;
    }

    public async Task<StaffMember?> HeadOfAsync(Guid unitId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.StaffMembers.AsNoTracking()
            .FirstOrDefaultAsync(s => s.UnitId == unitId && s.UnitRole == UnitRole.Head && s.IsActive, cancellationToken);
    }

    /// <summary>The Director: the head of the root unit (the Department), or null while none is recorded.</summary>
    public async Task<StaffMember?> DirectorAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.StaffMembers.AsNoTracking()
            .Where(s => s.UnitRole == UnitRole.Head && s.IsActive && db.Units.Any(u => u.Id == s.UnitId && u.ParentId == null))
            .FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>The unit and every unit below it (a head answers for all of them).</summary>
    public async Task<IReadOnlyList<Guid>> SelfAndDescendantsAsync(Guid unitId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var children = (await db.Units.AsNoTracking().Select(u => new { u.Id, u.ParentId }).ToListAsync(cancellationToken))
            .ToLookup(u => u.ParentId, u => u.Id);
        var result = new List<Guid>();
        var queue = new Queue<Guid>([unitId]);
        while (queue.TryDequeue(out var id))
        {
            result.Add(id);
            foreach (var child in children[id])
            {
                queue.Enqueue(child);
            }
        }

        return result;
    }

    /// <summary>
    /// The people above a staff member, nearest first: their explicit line manager, else the head of their
    /// unit, else (for a head) the head of the nearest unit above that has one. Stops at a loop.
    /// </summary>
    public async Task<IReadOnlyList<Guid>> ChainOfCommandAsync(Guid staffId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var parents = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.ParentId, cancellationToken);
        var people = await db.StaffMembers.AsNoTracking().Where(s => s.IsActive || s.Id == staffId)
            .Select(s => new Person(s.Id, s.UnitId, s.UnitRole, s.LineManagerId)).ToDictionaryAsync(s => s.Id, cancellationToken);
        var heads = people.Values.Where(p => p.Role == UnitRole.Head)
            .GroupBy(p => p.UnitId).ToDictionary(g => g.Key, g => g.First().Id);

        var chain = new List<Guid>();
        var seen = new HashSet<Guid> { staffId };
        var current = people.GetValueOrDefault(staffId);
        while (current is not null)
        {
            var next = current.LineManagerId is { } explicitManager && people.ContainsKey(explicitManager)
                ? explicitManager
                : HeadAbove(current, heads, parents);
            if (next is not { } nextId || !seen.Add(nextId))
            {
                break;
            }

            chain.Add(nextId);
            current = people[nextId];
        }

        return chain;
    }

    private static Guid? HeadAbove(Person person, Dictionary<Guid, Guid> heads, Dictionary<Guid, Guid?> parents)
    {
        Guid? unit = person.Role == UnitRole.Head ? parents.GetValueOrDefault(person.UnitId) : person.UnitId;
        while (unit is { } u)
        {
            if (heads.TryGetValue(u, out var head) && head != person.Id)
            {
                return head;
            }

            unit = parents.GetValueOrDefault(u);
        }

        return null;
    }

    private sealed record Person(Guid Id, Guid UnitId, UnitRole Role, Guid? LineManagerId);
}

public sealed record UnitNode(
    Guid Id, string Code, string Name, string? NameEn, UnitKind Kind, Guid? ParentId, int Depth, bool IsActive,
    bool ReceivesReports, long Version, string? HeadName, IReadOnlyList<string> DeputyNames, int StaffCount);
