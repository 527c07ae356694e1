using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;

namespace Portal.Web.Features.Accountability;

/// <summary>A published figure, or the marker that it is withheld because it concerns fewer than five people.</summary>
public sealed record StatCell(int? Value)
{
    public static readonly StatCell Suppressed = new((int?)null);

    public bool IsSuppressed => Value is null;

    public override string ToString() => Value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "<5";
}

public sealed record FormFigure(DisciplineForm Form, StatCell People);

public sealed record LevelFigure(ResponsibilitySeverity Severity, StatCell Heads);

/// <summary>A unit directly under the Department (a hospital, centre or division, with everything below it).</summary>
public sealed record UnitFigure(Guid UnitId, string UnitCode, StatCell Disciplined, StatCell HeadsConsidered);

public sealed record AccountabilityFigures(
    DateOnly From, DateOnly To, StatCell Disciplined, IReadOnlyList<FormFigure> ByForm, StatCell HeadsConsidered, IReadOnlyList<LevelFigure> ByLevel,
    IReadOnlyList<UnitFigure> ByUnit, StatCell Suspended, StatCell Rotated);

/// <summary>
/// Counts for the periodic report: by form, by level and by unit, never names. A figure about 1 to 4 people is
/// withheld, a unit with fewer than 5 staff shows no figure at all, and when a breakdown withholds exactly one
/// figure the next smallest is withheld too, so the published total cannot give it away.
/// </summary>
public static class AccountabilityStatistics
{
    public const int SmallestGroup = 5;

    public static async Task<AccountabilityFigures> ForPeriodAsync(PortalDbContext db, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var disciplines = await db.DisciplineRecords.AsNoTracking().Where(r => r.AnnulledOn == null && r.DecisionDate >= from && r.DecisionDate <= to)
            .Select(r => new { r.StaffMemberId, r.Form, r.UnitId }).ToListAsync(cancellationToken);
        var heads = await db.HeadResponsibilities.AsNoTracking().Where(r => r.ConcludedOn >= from && r.ConcludedOn <= to)
            .Select(r => new { r.HeadStaffId, r.Severity, r.UnitId }).ToListAsync(cancellationToken);
        var suspended = await db.Suspensions.AsNoTracking().Where(s => s.StartsOn != null && s.StartsOn <= to && (s.EndsOn >= from))
            .Select(s => s.StaffMemberId).Distinct().CountAsync(cancellationToken);
        var rotated = await db.RotationAssignments.AsNoTracking().Where(a => a.EndedOn >= from && a.EndedOn <= to)
            .Select(a => a.StaffMemberId).Distinct().CountAsync(cancellationToken);

        var units = await db.Units.AsNoTracking().Select(u => new { u.Id, u.Code, u.ParentId, u.SortOrder }).ToListAsync(cancellationToken);
        var parents = units.ToDictionary(u => u.Id, u => u.ParentId);
        var root = units.FirstOrDefault(u => u.ParentId is null)?.Id;
        Guid TopOf(Guid unit)
        {
            var current = unit;
            for (var i = 0; i < 64 && parents.GetValueOrDefault(current) is { } parent && parent != root; i++)
            {
                current = parent;
            }

            return current;
        }

        var headcount = (await db.StaffMembers.AsNoTracking().Where(s => s.IsActive).Select(s => s.UnitId).ToListAsync(cancellationToken))
            .GroupBy(TopOf).ToDictionary(g => g.Key, g => g.Count());

        var byForm = Protect(Enum.GetValues<DisciplineForm>().Select(f => disciplines.Where(d => d.Form == f).Select(d => d.StaffMemberId).Distinct().Count()).ToList());
        var byLevel = Protect(Enum.GetValues<ResponsibilitySeverity>().Select(s => heads.Where(h => h.Severity == s).Select(h => h.HeadStaffId).Distinct().Count()).ToList());
        var topUnits = units.Where(u => u.ParentId == root || u.Id == root).OrderBy(u => u.SortOrder).ToList();
        var small = topUnits.Select(u => headcount.GetValueOrDefault(u.Id) < SmallestGroup).ToList();
        var unitDisciplined = Protect(topUnits.Select(u => disciplines.Where(d => TopOf(d.UnitId) == u.Id).Select(d => d.StaffMemberId).Distinct().Count()).ToList(), small);
        var unitHeads = Protect(topUnits.Select(u => heads.Where(h => TopOf(h.UnitId) == u.Id).Select(h => h.HeadStaffId).Distinct().Count()).ToList(), small);

        return new AccountabilityFigures(
            from, to, Cell(disciplines.Select(d => d.StaffMemberId).Distinct().Count()),
            Enum.GetValues<DisciplineForm>().Select((f, i) => new FormFigure(f, byForm[i])).ToList(),
            Cell(heads.Select(h => h.HeadStaffId).Distinct().Count()),
            Enum.GetValues<ResponsibilitySeverity>().Select((s, i) => new LevelFigure(s, byLevel[i])).ToList(),
            topUnits.Select((u, i) => new UnitFigure(u.Id, u.Code, unitDisciplined[i], unitHeads[i])).ToList(),
            Cell(suspended), Cell(rotated));
    }

    /// <summary>Zero is published (it names nobody); 1 to 4 people are withheld.</summary>
    public static StatCell Cell(int people) => people is > 0 and < SmallestGroup ? StatCell.Suppressed : new StatCell(people);

    /// <summary>
    /// Withholds small figures in a breakdown (and every figure of a group marked too small), then, when exactly one is
    /// withheld, the smallest published non-zero figure as well: otherwise the total minus the others reveals it.
    /// </summary>
    public static IReadOnlyList<StatCell> Protect(IReadOnlyList<int> counts, IReadOnlyList<bool>? tooSmallGroup = null)
    {
        var cells = counts.Select((c, i) => tooSmallGroup?[i] == true ? StatCell.Suppressed : Cell(c)).ToArray();
        if (cells.Count(c => c.IsSuppressed) == 1 && counts.Where((c, i) => cells[i].IsSuppressed).Sum() > 0)
        {
            var next = Enumerable.Range(0, cells.Length).Where(i => !cells[i].IsSuppressed && counts[i] > 0).OrderBy(i => counts[i]).FirstOrDefault(-1);
            if (next >= 0)
            {
                cells[next] = StatCell.Suppressed;
            }
        }

        return cells;
    }
}
