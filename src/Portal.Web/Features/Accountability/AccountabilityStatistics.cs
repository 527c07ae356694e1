using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;
using Portal.Web.Features.Reports;

namespace Portal.Web.Features.Accountability;

/// <summary>People disciplined with a form as their heaviest in the period (so each person is counted once).</summary>
public sealed record FormFigure(DisciplineForm Form, int People);

/// <summary>Heads considered, at the most serious level concluded about them in the period.</summary>
public sealed record LevelFigure(ResponsibilitySeverity Severity, int Heads);

/// <summary>One row of the breakdown by unit (see <see cref="UnitRollUp"/>): the unit with everything below it.</summary>
public sealed record UnitFigure(Guid UnitId, string UnitCode, string UnitName, string? UnitNameEn, int Disciplined, int HeadsConsidered);

public sealed record AccountabilityFigures(
    DateOnly From, DateOnly To, int Disciplined, IReadOnlyList<FormFigure> ByForm, int HeadsConsidered, IReadOnlyList<LevelFigure> ByLevel,
    IReadOnlyList<UnitFigure> ByUnit, int Suspended, int Transferred, int Rotated);

/// <summary>
/// Raw counts of people for the periodic report: by form, by level and by unit, never names. Hiding small groups is
/// not done here: the report's <see cref="Disclosure"/> is the one place that does it (primary and complementary), so
/// every count below must reach the reader only through a table marked as describing people.
/// Each breakdown is a partition (a person counts once, in one row), so its rows add up to its total.
/// </summary>
public static class AccountabilityStatistics
{
    public static async Task<AccountabilityFigures> ForPeriodAsync(PortalDbContext db, DateOnly from, DateOnly to, CancellationToken cancellationToken) =>
        await ForPeriodAsync(db, from, to, ReportScope.Department, cancellationToken);

    /// <summary>The figures of the records whose unit is in <paramref name="scope"/> (a head's report: their unit and below).</summary>
    public static async Task<AccountabilityFigures> ForPeriodAsync(PortalDbContext db, DateOnly from, DateOnly to, ReportScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(scope);
        var disciplines = await db.DisciplineRecords.AsNoTracking().InScope(scope, r => r.UnitId)
            .Where(r => r.AnnulledOn == null && r.DecisionDate >= from && r.DecisionDate <= to)
            .Select(r => new { r.StaffMemberId, r.Form, r.UnitId, r.DecisionDate }).ToListAsync(cancellationToken);
        var heads = await db.HeadResponsibilities.AsNoTracking().InScope(scope, r => r.UnitId).Where(r => r.ConcludedOn >= from && r.ConcludedOn <= to)
            .Select(r => new { r.HeadStaffId, r.Severity, r.UnitId, r.ConcludedOn }).ToListAsync(cancellationToken);
        // In force at some time in the period: started by its end and not ended (nor due to end) before its start.
        var measures = await db.Suspensions.AsNoTracking().InScope(scope, s => s.UnitId)
            .Where(s => s.StartsOn != null && s.StartsOn <= to && s.EndsOn >= from && (s.EndedOn == null || s.EndedOn >= from))
            .Select(s => new { s.StaffMemberId, s.Kind }).ToListAsync(cancellationToken);
        var rotated = await db.RotationAssignments.AsNoTracking().InScope(scope, a => a.UnitId).Where(a => a.EndedOn >= from && a.EndedOn <= to)
            .Select(a => a.StaffMemberId).Distinct().CountAsync(cancellationToken);

        // One person, one row: the heaviest form (the most serious level) of the period, and the unit of their latest record.
        var people = disciplines.GroupBy(d => d.StaffMemberId)
            .Select(g => (Form: g.Max(d => d.Form), g.OrderByDescending(d => d.DecisionDate).First().UnitId)).ToList();
        var considered = heads.GroupBy(h => h.HeadStaffId)
            .Select(g => (Severity: g.Max(h => h.Severity), g.OrderByDescending(h => h.ConcludedOn).First().UnitId)).ToList();
        var rollUp = await ReportScope.RollUpAsync(db, scope, cancellationToken);
        var byUnit = rollUp.Rows.Select(u => new UnitFigure(u.Id, u.Code, u.Name, u.NameEn,
            people.Count(p => rollUp.RowOf(p.UnitId) == u.Id), considered.Count(h => rollUp.RowOf(h.UnitId) == u.Id))).ToList();
        var suspended = measures.Where(m => m.Kind == SuspensionKind.Suspend).Select(m => m.StaffMemberId).Distinct().Count();
        var transferred = measures.Where(m => m.Kind == SuspensionKind.Transfer).Select(m => m.StaffMemberId).Distinct().Count();

        return new AccountabilityFigures(
            from, to, people.Count, Enum.GetValues<DisciplineForm>().Select(f => new FormFigure(f, people.Count(p => p.Form == f))).ToList(),
            considered.Count, Enum.GetValues<ResponsibilitySeverity>().Select(s => new LevelFigure(s, considered.Count(h => h.Severity == s))).ToList(),
            byUnit, suspended, transferred, rotated);
    }
}
