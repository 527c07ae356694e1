using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Portal.Web.Infrastructure;

namespace Portal.Web.Data;

/// <summary>Brings the database to this version's schema, or refuses clearly when it cannot.</summary>
public sealed class DatabaseInitializer(
    IDbContextFactory<PortalDbContext> contexts, DataDirectory dataDirectory, ILogger<DatabaseInitializer> logger)
{
    public async Task<IReadOnlyList<string>> MigrateAsync(CancellationToken cancellationToken = default)
    {
        dataDirectory.EnsureWritable();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);

        var known = db.Database.GetMigrations().ToHashSet(StringComparer.Ordinal);
        // Asking for applied migrations of a database without a history table makes PostgreSQL log a failed
        // SELECT (an error line on every first start); asking whether the table exists first does not.
        var applied = await db.GetService<IHistoryRepository>().ExistsAsync(cancellationToken)
            ? (await db.Database.GetAppliedMigrationsAsync(cancellationToken)).ToList()
            : [];
        var unknown = applied.Where(m => !known.Contains(m)).ToList();
        if (unknown.Count > 0)
        {
            // Running older code on a newer schema could silently drop data it does not know about.
            throw new StartupException(
                $"The database ({Describe(db)}) was created by a newer version of the portal " +
                $"(unknown migration {unknown[^1]}). Run the newer version, or restore a backup made by this one.");
        }

        var pending = db.Database.GetMigrations().Except(applied, StringComparer.Ordinal).ToList();
        if (pending.Count > 0)
        {
            logger.LogInformation("Applying {Count} database migration(s)", pending.Count);
            await db.Database.MigrateAsync(cancellationToken);
        }

        if (db.Database.IsSqlite())
        {
            // WAL lets readers continue while a report is being written; the setting persists in the file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }

        return pending;
    }

    /// <summary>Names the database for an operator without repeating a password from the connection string.</summary>
    private string Describe(PortalDbContext db) => db.Database.IsSqlite()
        ? $"in '{dataDirectory.Path}'"
        : $"PostgreSQL database '{db.Database.GetDbConnection().Database}' on {db.Database.GetDbConnection().DataSource}";

    public async Task<bool> CanConnectAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            return await db.Database.CanConnectAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A health probe answers "unhealthy"; the reason belongs in the log, not in the probe's response.
            logger.LogWarning(e, "Health check could not reach the database");
            return false;
        }
    }
}
