using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Portal.Web.Features.Accounts;

namespace Portal.Web.Features.Reports;

public static class ReportsExtensions
{
    public static IServiceCollection AddPortalReports(this IServiceCollection services)
    {
        services.AddSingleton<PeriodicReports>();
        services.AddSingleton<IReportSection, CasesSection>();
        services.AddSingleton<IReportSection, IntegritySection>();
        services.AddSingleton<IReportSection, ChecksSection>();
        services.AddSingleton<IReportSection, ProgrammeSection>();
        services.AddSingleton<IReportSection, AccountabilitySection>();
        return services;
    }

    /// <summary>The workbook and the print layout are plain requests outside the circuit (a download, a new tab), each audited.</summary>
    public static WebApplication MapPortalReports(this WebApplication app)
    {
        var reports = app.MapGroup("/reports").RequireAuthorization(p => p.RequireRole(ReportActor.Generators)).ExcludeFromDescription();
        reports.MapGet("/{period}/xlsx", async Task<Results<FileContentHttpResult, NotFound>> (
            string period, string? unit, HttpContext http, PeriodicReports builder, IStringLocalizer<SharedResource> l, CancellationToken cancellationToken) =>
        {
            // Another unit's report, like a missing one, is a 404 (ADR 0004): the refusal is audited, not explained.
            if (ReportPeriod.Parse(period) is not { } p || await builder.GenerateAsync(ReportActor.From(http.User), p, ReportForm.Workbook, unit, cancellationToken) is not { } report)
            {
                return TypedResults.NotFound();
            }

            http.Response.Headers.CacheControl = "no-store";
            return TypedResults.File(ReportWorkbook.Write(report, l), ReportWorkbook.ContentType, ReportWorkbook.FileName(report));
        });
        reports.MapGet("/{period}/print", async Task<Results<RazorComponentResult<PrintableReport>, NotFound>> (
            string period, string? unit, HttpContext http, PeriodicReports builder, CancellationToken cancellationToken) =>
        {
            if (ReportPeriod.Parse(period) is not { } p || await builder.GenerateAsync(ReportActor.From(http.User), p, ReportForm.Print, unit, cancellationToken) is not { } report)
            {
                return TypedResults.NotFound();
            }

            http.Response.Headers.CacheControl = "no-store";
            return new RazorComponentResult<PrintableReport>(new Dictionary<string, object?> { [nameof(PrintableReport.Report)] = report });
        });
        return app;
    }
}
