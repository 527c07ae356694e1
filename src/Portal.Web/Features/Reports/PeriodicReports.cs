using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;
using Portal.Web.Features.Accounts;
using Portal.Web.Features.Audit;

namespace Portal.Web.Features.Reports;

/// <summary>Who may generate the report: the Department's leaders and the programme secretary, who compiles it for the steering committee.</summary>
public sealed record ReportActor(Guid UserId, bool CanGenerate)
{
    public static readonly string[] Generators = [Roles.Leader, Roles.ProgrammeSecretary];

    public static ReportActor From(ClaimsPrincipal user) => new(
        Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : Guid.Empty,
        id != Guid.Empty && Generators.Any(user.IsInRole));
}

public enum ReportForm
{
    Page,
    Workbook,
    Print,
}

/// <summary>
/// Assembles the periodic anti-corruption report from every registered <see cref="IReportSection"/> on one
/// context (one consistent read), applies <see cref="Disclosure"/> and audits who generated it.
/// </summary>
public sealed class PeriodicReports(IDbContextFactory<PortalDbContext> contexts, IEnumerable<IReportSection> sections, AuditLog audit, TimeProvider clock)
{
    public async Task<PeriodicReport?> GenerateAsync(ReportActor actor, ReportPeriod period, ReportForm form, CancellationToken cancellationToken = default)
    {
        if (!actor.CanGenerate)
        {
            await audit.AppendAsync(ReportsAudit.Refused, actor.UserId == Guid.Empty ? null : actor.UserId, period.Key, null, cancellationToken);
            return null;
        }

        var today = DepartmentDate.Today(clock);
        var report = await BuildAsync(period, today, cancellationToken);
        var action = form switch { ReportForm.Workbook => ReportsAudit.Exported, ReportForm.Print => ReportsAudit.Printed, _ => ReportsAudit.Generated };
        await audit.AppendAsync(action, actor.UserId, report.Reference, $"period={period.Key}", cancellationToken);
        return report;
    }

    /// <summary>The report without the access check or the audit entry: for tests and the lead's own checks.</summary>
    internal async Task<PeriodicReport> BuildAsync(ReportPeriod period, DateOnly today, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var root = await db.Units.AsNoTracking().Where(u => u.ParentId == null).OrderBy(u => u.SortOrder)
            .Select(u => new { u.Code, u.Name, u.NameEn }).FirstOrDefaultAsync(cancellationToken);
        var results = new List<ReportSectionResult>();
        foreach (var section in sections.OrderBy(s => s.Order))
        {
            results.Add(await section.BuildAsync(db, period, today, cancellationToken));
        }

        // A reference on every copy, so a printed or exported report can be traced to its audit entry.
        var reference = $"BC-{period.Key}-{Convert.ToHexString(RandomNumberGenerator.GetBytes(3))}";
        return Disclosure.Protect(new PeriodicReport(period, today, reference, root?.Code ?? "", root?.Name ?? "", root?.NameEn, results));
    }
}
