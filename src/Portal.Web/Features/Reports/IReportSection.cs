using Portal.Web.Data;

namespace Portal.Web.Features.Reports;

/// <summary>
/// One module's part of the periodic report. A module registers its section in DI
/// (<c>services.AddSingleton&lt;IReportSection, MySection&gt;()</c>) and the report picks it up in <see cref="Order"/>.
/// Sections read metadata on the context they are given (never decrypt content), mark the tables that count
/// people, and leave suppression to <see cref="Disclosure"/>; dates go no finer than the month.
/// </summary>
public interface IReportSection
{
    /// <summary>Place in the report (cases 10, integrity 20, checks 25, programme 30, accountability 35, outreach 40).</summary>
    int Order { get; }

    /// <summary>The section's tables for <paramref name="period"/>, counting only what belongs to a unit in <paramref name="scope"/>.</summary>
    Task<ReportSectionResult> BuildAsync(PortalDbContext db, ReportPeriod period, ReportScope scope, DateOnly today, CancellationToken cancellationToken);
}
