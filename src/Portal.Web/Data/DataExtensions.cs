using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Portal.Web.Infrastructure;

namespace Portal.Web.Data;

public static class DataExtensions
{
    public static IServiceCollection AddPortalData(this IServiceCollection services)
    {
        services.AddSingleton<DataDirectory>();
        services.AddDbContextFactory<SqlitePortalDbContext>((sp, options) =>
        {
            var data = sp.GetRequiredService<DataDirectory>();
            options.UseSqlite(SqliteConnectionString(data.DatabaseFile));
        });
        services.AddSingleton<IDbContextFactory<PortalDbContext>, PortalDbContextFactory<SqlitePortalDbContext>>();
        // Identity's stores want a scoped context; pages and handlers use the factory instead.
        services.AddScoped<PortalDbContext>(sp =>
            sp.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContext());
        services.AddSingleton<DatabaseInitializer>();
        services.AddHostedService<DatabaseStartup>();
        return services;
    }

    internal static string SqliteConnectionString(string file) => new SqliteConnectionStringBuilder
    {
        DataSource = file,
        ForeignKeys = true,
        // Seconds a command waits on a locked database before failing: absorbs short write bursts.
        DefaultTimeout = 30,
        Pooling = true,
    }.ToString();
}

/// <summary>Hands out the provider's context type as the shared <see cref="PortalDbContext"/>.</summary>
internal sealed class PortalDbContextFactory<TContext>(IDbContextFactory<TContext> inner) : IDbContextFactory<PortalDbContext>
    where TContext : PortalDbContext
{
    public PortalDbContext CreateDbContext() => inner.CreateDbContext();
}
