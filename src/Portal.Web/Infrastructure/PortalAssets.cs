using Microsoft.Extensions.FileProviders;

namespace Portal.Web.Infrastructure;

internal static class PortalAssets
{
    /// <summary>
    /// Serves wwwroot-assets/ (copied beside the binaries as assets/) under /assets. The anonymous area
    /// depends on these files being local: it must never load anything from another origin.
    /// </summary>
    public static IApplicationBuilder UsePortalAssets(this IApplicationBuilder app)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "assets");
        if (!Directory.Exists(folder))
        {
            throw new StartupException($"The portal's assets folder '{folder}' is missing: rebuild or republish the portal.");
        }

        return app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new PhysicalFileProvider(folder),
            RequestPath = "/assets",
            OnPrepareResponse = c => c.Context.Response.Headers.CacheControl = "public, max-age=3600",
        });
    }
}
