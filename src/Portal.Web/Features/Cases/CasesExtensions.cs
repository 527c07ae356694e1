using System.Security.Claims;
using Portal.Web.Features.Accounts;
using Portal.Web.Features.Intake;

namespace Portal.Web.Features.Cases;

public static class CasesExtensions
{
    public static IServiceCollection AddPortalCases(this IServiceCollection services)
    {
        services.AddSingleton<CaseReader>();
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
        return app;
    }
}
