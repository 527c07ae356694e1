using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;
using Portal.Web.Features.Accounts;
using Portal.Web.Features.Audit;
using Portal.Web.Features.Organisation;

namespace Portal.Web.Features.Reports;

/// <summary>
/// Who asks for the report. The Department's leaders and the programme secretary (who compiles it for the steering
/// committee) may generate it; which units it covers is decided by <see cref="PeriodicReports"/> from the directory.
/// </summary>
public sealed record ReportActor(Guid UserId, IReadOnlyCollection<string> Roles)
{
    public static readonly string[] Generators = [Accounts.Roles.Leader, Accounts.Roles.ProgrammeSecretary];

    public bool CanGenerate => UserId != Guid.Empty && Generators.Any(Roles.Contains);

    public static ReportActor From(ClaimsPrincipal user) => new(
        Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : Guid.Empty,
        Accounts.Roles.All.Where(user.IsInRole).ToList());
}

public enum ReportForm
{
    Page,
    Workbook,
    Print,
}

/// <summary>
/// Assembles the periodic anti-corruption report from every registered <see cref="IReportSection"/> on one
/// context (one consistent read), applies <see cref="Disclosure"/> and audits who generated it. The Director, the
/// Deputy Directors and the programme secretary get the whole Department (or any unit's part); the head or a deputy
/// of any other unit gets their unit and the units below it, and asking for another unit reads as missing.
/// </summary>
public sealed class PeriodicReports(IDbContextFactory<PortalDbContext> contexts, IEnumerable<IReportSection> sections, AuditLog audit, TimeProvider clock)
{
    /// <summary>The report for <paramref name="unitCode"/> (null: the actor's own scope), or null when refused.</summary>
    public async Task<PeriodicReport?> GenerateAsync(ReportActor actor, ReportPeriod period, ReportForm form, string? unitCode = null, CancellationToken cancellationToken = default)
    {
        var scope = await ScopeAsync(actor, unitCode, cancellationToken);
        if (scope is null)
        {
            var detail = string.IsNullOrWhiteSpace(unitCode) ? null : $"unit={Clip(unitCode)}";
            await audit.AppendAsync(ReportsAudit.Refused, actor.UserId == Guid.Empty ? null : actor.UserId, period.Key, detail, cancellationToken);
            return null;
        }

        var today = DepartmentDate.Today(clock);
        var report = await BuildAsync(period, today, scope, cancellationToken);
        var action = form switch { ReportForm.Workbook => ReportsAudit.Exported, ReportForm.Print => ReportsAudit.Printed, _ => ReportsAudit.Generated };
        var scopeDetail = scope.UnitCode is null ? "" : $" unit={scope.UnitCode}";
        await audit.AppendAsync(action, actor.UserId, report.Reference, $"period={period.Key}{scopeDetail}", cancellationToken);
        return report;
    }

    /// <summary>
    /// What the actor may see, narrowed to <paramref name="unitCode"/> when given; null when they may not. Read from the
    /// directory on every request (a head who moves loses the old unit at once), never from what the page sent.
    /// </summary>
    public async Task<ReportScope?> ScopeAsync(ReportActor actor, string? unitCode, CancellationToken cancellationToken = default)
    {
        if (!actor.CanGenerate)
        {
            return null;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var units = await db.Units.AsNoTracking().Select(u => new UnitNode(u.Id, u.ParentId, u.Code, u.Name, u.NameEn, u.SortOrder)).ToListAsync(cancellationToken);
        var led = await (from u in db.Users
                         join s in db.StaffMembers on u.StaffMemberId equals s.Id
                         where u.Id == actor.UserId && !u.IsDisabled && s.IsActive && (s.UnitRole == UnitRole.Head || s.UnitRole == UnitRole.Deputy)
                         select (Guid?)s.UnitId).FirstOrDefaultAsync(cancellationToken);
        var ledUnit = units.FirstOrDefault(u => u.Id == led);
        ReportScope? own = actor.Roles.Contains(Roles.ProgrammeSecretary) || (actor.Roles.Contains(Roles.Leader) && ledUnit is { ParentId: null })
            ? ReportScope.Department
            : actor.Roles.Contains(Roles.Leader) && ledUnit is not null ? ReportScope.Of(ledUnit, units) : null;
        if (own is null || string.IsNullOrWhiteSpace(unitCode))
        {
            return own;
        }

        var asked = units.FirstOrDefault(u => string.Equals(u.Code, unitCode.Trim(), StringComparison.OrdinalIgnoreCase));
        return asked is null || !own.Includes(asked.Id) ? null
            : asked.ParentId is null ? ReportScope.Department
            : ReportScope.Of(asked, units);
    }

    /// <summary>The units the page offers within <paramref name="scope"/>: its own unit first, then the units directly under it.</summary>
    public async Task<IReadOnlyList<UnitNode>> ChoicesAsync(ReportScope scope, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return (await ReportScope.RollUpAsync(db, scope, cancellationToken)).Rows;
    }

    /// <summary>The report without the access check or the audit entry: for tests and the lead's own checks.</summary>
    internal async Task<PeriodicReport> BuildAsync(ReportPeriod period, DateOnly today, ReportScope? scope = null, CancellationToken cancellationToken = default)
    {
        scope ??= ReportScope.Department;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var root = await db.Units.AsNoTracking().Where(u => u.ParentId == null).OrderBy(u => u.SortOrder)
            .Select(u => new { u.Code, u.Name, u.NameEn }).FirstOrDefaultAsync(cancellationToken);
        var results = new List<ReportSectionResult>();
        foreach (var section in sections.OrderBy(s => s.Order))
        {
            results.Add(await section.BuildAsync(db, period, scope, today, cancellationToken));
        }

        // A reference on every copy, so a printed or exported report can be traced to its audit entry.
        var reference = $"BC-{period.Key}{scope.Suffix}-{Convert.ToHexString(RandomNumberGenerator.GetBytes(3))}";
        return Disclosure.Protect(new PeriodicReport(period, today, reference, root?.Code ?? "", root?.Name ?? "", root?.NameEn, results) { Scope = scope });
    }

    private static string Clip(string code) => new(code.Trim().Where(c => char.IsAsciiLetterOrDigit(c) || c == '-').Take(20).ToArray());
}
