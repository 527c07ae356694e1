using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;

namespace Portal.Web.Features.Programme;

public static class ProgrammeExtensions
{
    public static IServiceCollection AddPortalProgramme(this IServiceCollection services)
    {
        services.AddSingleton<ProgrammeBoard>();
        services.AddSingleton<ProgrammeOwners>();
        services.AddScoped<SaveProgrammeTask>();
        services.AddScoped<AddProgressReport>();
        services.AddScoped<LoopholeRegister>();
        return services;
    }

    public static WebApplication MapPortalProgramme(this WebApplication app)
    {
        // A browser download is a plain request outside the circuit. Always an attachment of an opaque type:
        // an uploaded HTML file must never render inside the portal's origin.
        app.MapGet("/programme/evidence/{id:guid}", async (Guid id, IDbContextFactory<PortalDbContext> contexts, AddProgressReport files, CancellationToken cancellationToken) =>
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var evidence = await db.ProgressEvidence.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
            return evidence is not null && files.PathOf(evidence) is { } path && File.Exists(path)
                ? Results.File(path, "application/octet-stream", DownloadName(evidence.Label))
                : Results.NotFound();
        }).RequireAuthorization().ExcludeFromDescription();
        return app;
    }

    private static string DownloadName(string label)
    {
        var invalid = Path.GetInvalidFileNameChars();
        var name = new string(label.Select(c => invalid.Contains(c) || char.IsControl(c) ? '_' : c).ToArray()).Trim();
        return name.Length == 0 ? "evidence" : name;
    }
}
