using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;

namespace Portal.Web.Features.Reports;

/// <summary>
/// Whose figures a report holds: the whole Department, or one unit and every unit below it (a head's report).
/// Sections count a row when its unit is <see cref="Includes">in scope</see>: cases by handling unit, declarations,
/// gifts, conflicts, trainings and accountability by the person's unit, checks by the checked unit, programme tasks and
/// loopholes by the owning unit.
/// </summary>
public sealed record ReportScope(Guid? UnitId, string? UnitCode, string? UnitName, string? UnitNameEn, IReadOnlySet<Guid>? Units)
{
    public static readonly ReportScope Department = new(null, null, null, null, null);

    public bool IsDepartment => Units is null;

    public bool Includes(Guid unitId) => Units is null || Units.Contains(unitId);

    /// <summary>"2026" for the Department, "2026-BVDK" for a unit: what audit details and file names carry.</summary>
    public string Suffix => UnitCode is null ? "" : $"-{UnitCode}";

    /// <summary>
    /// The units a breakdown by unit shows: for the Department, the units directly under it (and the Department's own
    /// offices as itself); for a unit, the unit itself and the units directly under it. Groups stay as large as the
    /// scope allows, and <see cref="Disclosure"/> still hides what is small.
    /// </summary>
    public static async Task<UnitRollUp> RollUpAsync(PortalDbContext db, ReportScope scope, CancellationToken cancellationToken)
    {
        var units = await db.Units.AsNoTracking().Select(u => new UnitNode(u.Id, u.ParentId, u.Code, u.Name, u.NameEn, u.SortOrder)).ToListAsync(cancellationToken);
        var root = scope.UnitId ?? units.FirstOrDefault(u => u.ParentId is null)?.Id;
        return new UnitRollUp(units, root);
    }

    /// <summary>One unit and every unit below it, from the whole directory.</summary>
    public static ReportScope Of(UnitNode unit, IReadOnlyList<UnitNode> all)
    {
        var children = all.ToLookup(u => u.ParentId, u => u.Id);
        var subtree = new HashSet<Guid>();
        var queue = new Queue<Guid>([unit.Id]);
        while (queue.TryDequeue(out var id))
        {
            if (subtree.Add(id))
            {
                foreach (var child in children[id])
                {
                    queue.Enqueue(child);
                }
            }
        }

        return new ReportScope(unit.Id, unit.Code, unit.Name, unit.NameEn, subtree);
    }
}

public static class ReportScopeQueries
{
    /// <summary>Keeps the rows whose unit is in scope; the Department's report filters nothing.</summary>
    public static IQueryable<T> InScope<T>(this IQueryable<T> query, ReportScope scope, Expression<Func<T, Guid>> unit)
    {
        if (scope.Units is null)
        {
            return query;
        }

        // Read through a closure so EF sends the list as one parameter instead of inlining a constant per report.
        var ids = scope.Units.ToList();
        Expression<Func<List<Guid>>> captured = () => ids;
        var contains = Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(Guid)], captured.Body, unit.Body);
        return query.Where(Expression.Lambda<Func<T, bool>>(contains, unit.Parameters));
    }
}

public sealed record UnitNode(Guid Id, Guid? ParentId, string Code, string Name, string? NameEn, int SortOrder);

/// <summary>Maps any unit to the row of a breakdown it is counted in (see <see cref="ReportScope.RollUpAsync"/>).</summary>
public sealed class UnitRollUp
{
    private readonly Dictionary<Guid, UnitNode> byId;
    private readonly Guid? root;

    public UnitRollUp(IReadOnlyList<UnitNode> units, Guid? root)
    {
        byId = units.ToDictionary(u => u.Id);
        this.root = root;
        Rows = units.Where(u => u.Id == root || (u.ParentId == root && root is not null)).OrderBy(u => u.Id != root).ThenBy(u => u.SortOrder).ToList();
    }

    /// <summary>The rows, the scope's own unit first.</summary>
    public IReadOnlyList<UnitNode> Rows { get; }

    /// <summary>The row <paramref name="unitId"/> is counted in, or null when it is outside the scope.</summary>
    public Guid? RowOf(Guid unitId)
    {
        var current = unitId;
        for (var i = 0; i < 64 && byId.TryGetValue(current, out var node); i++)
        {
            if (current == root || node.ParentId == root)
            {
                return current;
            }

            if (node.ParentId is not { } parent)
            {
                return null;
            }

            current = parent;
        }

        return null;
    }
}
