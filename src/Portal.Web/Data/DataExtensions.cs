using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Web.Infrastructure;

namespace Portal.Web.Data;

public static class DataExtensions
{
    /// <summary>
    /// Both providers are registered; <see cref="DatabaseOptions.Provider"/> picks one when the first context is
    /// asked for. Deciding then rather than here lets settings that arrive late (test hosts, command-line
    /// arguments) take effect, and only the chosen provider ever opens a connection.
    /// </summary>
    public static IServiceCollection AddPortalData(this IServiceCollection services)
    {
        services.AddSingleton<DataDirectory>();
        services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.Section)
            .PostConfigure<IConfiguration>((o, configuration) =>
                o.ConnectionString ??= configuration.GetConnectionString(DatabaseOptions.ConnectionStringName))
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<DatabaseOptions>, DatabaseOptionsValidator>();

        services.AddDbContextFactory<SqlitePortalDbContext>((sp, options) =>
        {
            var data = sp.GetRequiredService<DataDirectory>();
            options.UseSqlite(SqliteConnectionString(data.DatabaseFile, sp.GetRequiredService<IOptions<DatabaseOptions>>().Value.BusyTimeoutSeconds));
        });
        services.AddDbContextFactory<PostgresPortalDbContext>((sp, options) =>
            // No retrying execution strategy: the portal opens its own transactions (case numbers, audit chain),
            // which such a strategy refuses; a failed request is retried by the person, a failed job by Hangfire.
            options.UseNpgsql(sp.GetRequiredService<IOptions<DatabaseOptions>>().Value.ConnectionString));
        services.AddSingleton<IDbContextFactory<PortalDbContext>>(sp =>
            sp.GetRequiredService<IOptions<DatabaseOptions>>().Value.IsPostgreSql switch
            {
                true => new PortalDbContextFactory<PostgresPortalDbContext>(
                    sp.GetRequiredService<IDbContextFactory<PostgresPortalDbContext>>()),
                _ => new PortalDbContextFactory<SqlitePortalDbContext>(sp.GetRequiredService<IDbContextFactory<SqlitePortalDbContext>>()),
            });
        // Identity's stores want a scoped context; pages and handlers use the factory instead.
        services.AddScoped<PortalDbContext>(sp =>
            sp.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContext());
        services.AddSingleton<DatabaseInitializer>();
        services.AddHostedService<DatabaseStartup>();
        return services;
    }

    internal static string SqliteConnectionString(string file, int busyTimeoutSeconds = 30) => new SqliteConnectionStringBuilder
    {
        DataSource = file,
        ForeignKeys = true,
        // Seconds a command waits on a locked database before failing: Microsoft.Data.Sqlite retries SQLITE_BUSY and
        // SQLITE_LOCKED (BEGIN IMMEDIATE included) until then, which absorbs write bursts, a backup's lock or a long
        // transaction elsewhere. Beyond it the request is refused plainly (StorageFaults).
        DefaultTimeout = busyTimeoutSeconds,
        Pooling = true,
    }.ToString();
}

/// <summary>Hands out the provider's context type as the shared <see cref="PortalDbContext"/>.</summary>
internal sealed class PortalDbContextFactory<TContext>(IDbContextFactory<TContext> inner) : IDbContextFactory<PortalDbContext>
    where TContext : PortalDbContext
{
    public PortalDbContext CreateDbContext() => inner.CreateDbContext();
}
