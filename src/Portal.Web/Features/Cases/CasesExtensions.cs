using System.Security.Claims;
using Microsoft.Extensions.Localization;
using Portal.Web.Features.Accounts;
using Portal.Web.Features.Intake;

namespace Portal.Web.Features.Cases;

public static class CasesExtensions
{
    public static IServiceCollection AddPortalCases(this IServiceCollection services)
    {
        services.AddOptions<CaseOptions>().BindConfiguration(nameof(CaseOptions)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<StaffTags>();
        services.AddSingleton<CaseGate>();
        services.AddSingleton<ConflictMatcher>();
        services.AddSingleton<CaseReader>();
        services.AddSingleton<CaseSteps>();
        services.AddSingleton<CaseWorkflow>();
        services.AddSingleton<CaseNotes>();
        services.AddSingleton<CaseInbox>();
        services.AddSingleton<IdentityRequests>();
        services.AddScoped<AssistedIntake>();
        services.AddSingleton<CaseRetention>();
        return services;
    }

    public static WebApplication MapPortalCases(this WebApplication app)
    {
        // Downloads run outside the circuit (a browser download is a plain request); the same key check applies.
        app.MapGet("/cases/{reportId:guid}/files/{attachmentId:guid}", async (Guid reportId, Guid attachmentId, HttpContext http, CaseReader reader) =>
        {
            var user = http.User;
            var (access, file) = await reader.OpenFileAsync(
                Guid.Parse(user.FindFirstValue(ClaimTypes.NameIdentifier)!), user.FindFirstValue(PortalClaims.KeySession), reportId, attachmentId, http.RequestAborted);
            return access == CaseAccess.Opened && file is { } f ? await AttachmentReader.SendAsync(http, f.Content, f.Name) : Results.NotFound();
        }).RequireAuthorization(p => p.RequireRole(Roles.Handler, Roles.Leader, Roles.Custodian)).ExcludeFromDescription();

        app.MapGet("/cases/{reportId:guid}/export", async (Guid reportId, HttpContext http, CaseReader reader, IStringLocalizer<SharedResource> l) =>
        {
            var user = http.User;
            var (access, file) = await reader.ExportAsync(
                Guid.Parse(user.FindFirstValue(ClaimTypes.NameIdentifier)!), user.FindFirstValue(PortalClaims.KeySession), reportId, http.RequestAborted);
            if (access != CaseAccess.Opened || file is null)
            {
                return Results.NotFound();
            }

            // The file is case content: the browser must not keep a copy in its cache.
            http.Response.Headers.CacheControl = "no-store";
            return Results.File(System.Text.Encoding.UTF8.GetPreamble().Concat(System.Text.Encoding.UTF8.GetBytes(CaseExport.Render(file, l))).ToArray(),
                "text/plain; charset=utf-8", $"{file.Report.CaseCode}-redacted.txt");
        }).RequireAuthorization(p => p.RequireRole(Roles.Handler, Roles.Leader, Roles.Custodian)).ExcludeFromDescription();
        return app;
    }
}
