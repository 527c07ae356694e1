using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Web.Data;
using Portal.Web.Features.Deadlines.Alerts;
using Portal.Web.Features.Reports;

namespace Portal.Web.Features.Outreach;

public static class OutreachExtensions
{
    public static IServiceCollection AddPortalOutreach(this IServiceCollection services)
    {
        services.AddSingleton<OutreachActors>();
        services.AddSingleton<TrainingRegister>();
        services.AddSingleton<Quizzes>();
        services.AddSingleton<ChannelRegister>();
        services.AddSingleton<OutreachBoard>();
        services.AddSingleton<IReportSection, OutreachReportSection>();
        return services;
    }

    /// <summary>The poster is a whole document for printing, outside the staff layout; any signed-in staff member may print it.</summary>
    public static WebApplication MapPortalOutreach(this WebApplication app)
    {
        app.MapGet("/outreach/poster", async (HttpContext http, IOptions<AlertOptions> alerts, IDbContextFactory<PortalDbContext> contexts, CancellationToken cancellationToken) =>
        {
            // The configured public address when there is one: the address staff reached the portal by may be an internal one.
            var root = alerts.Value.PortalUrl is { Length: > 0 } url ? url.TrimEnd('/') : $"{http.Request.Scheme}://{http.Request.Host}";
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var department = await db.Units.AsNoTracking().Where(u => u.ParentId == null).OrderBy(u => u.SortOrder).Select(u => u.Name).FirstOrDefaultAsync(cancellationToken);
            return new RazorComponentResult<ChannelPoster>(new Dictionary<string, object?>
            {
                [nameof(ChannelPoster.Address)] = root + "/report",
                [nameof(ChannelPoster.Department)] = department ?? "",
            });
        }).RequireAuthorization().ExcludeFromDescription();
        return app;
    }
}
