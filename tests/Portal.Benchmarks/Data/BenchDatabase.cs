using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;
using Portal.Web.IntegrationTests.Infrastructure;

namespace Portal.Benchmarks.Data;

/// <summary>Which database a verb measures: a SQLite file (the default) or a throwaway PostgreSQL cluster on loopback.</summary>
internal enum Provider
{
    Sqlite,
    Postgres,
}

/// <summary>
/// A fresh database made by the portal's real migrations, on either provider, with a scratch folder beside it (the
/// staff-tag key, the SQLite file). PostgreSQL runs in the integration tests' throwaway cluster (installed from Debian's
/// packages when missing, failing loudly when it cannot be had); its database is dropped at the end and the cluster is
/// stopped and deleted when this process exits. <c>PORTAL_BENCH_SQL=1</c> prints each statement with its duration;
/// <c>PORTAL_BENCH_KEEP=1</c> keeps the SQLite file for <c>EXPLAIN QUERY PLAN</c>.
/// </summary>
internal sealed class BenchDatabase : IAsyncDisposable, IDbContextFactory<PortalDbContext>
{
    private readonly Func<PortalDbContext> create;
    private readonly string? postgresConnection;

    private BenchDatabase(Provider provider, DirectoryInfo folder, Func<PortalDbContext> create, string? postgresConnection)
    {
        Provider = provider;
        Folder = folder;
        this.create = create;
        this.postgresConnection = postgresConnection;
    }

    public Provider Provider { get; }

    public DirectoryInfo Folder { get; }

    public static Provider ParseProvider(string text) => text.ToUpperInvariant() switch
    {
        "SQLITE" => Provider.Sqlite,
        "POSTGRES" or "POSTGRESQL" => Provider.Postgres,
        _ => throw new ArgumentException($"Bad provider '{text}': expected provider=sqlite or provider=postgres."),
    };

    /// <summary>Starts the throwaway cluster (once per process) and returns a connection string to a new, empty database.</summary>
    public static string CreatePostgresDatabase()
    {
        try
        {
            return PostgresServer.Instance.CreateDatabase();
        }
        catch (Exception e) when (e is not InvalidOperationException)
        {
            throw new InvalidOperationException($"PostgreSQL could not be started: {e.Message}", e);
        }
    }

    public static void DropPostgresDatabase(string connectionString) => PostgresServer.Instance.DropDatabase(connectionString);

    public static async Task<BenchDatabase> CreateAsync(Provider provider, string label, CancellationToken cancellationToken)
    {
        var folder = Directory.CreateTempSubdirectory($"portal-{label}-bench-");
        var log = Environment.GetEnvironmentVariable("PORTAL_BENCH_SQL") is "1";
        BenchDatabase database;
        if (provider == Provider.Sqlite)
        {
            var builder = new DbContextOptionsBuilder<SqlitePortalDbContext>()
                .UseSqlite($"Data Source={Path.Combine(folder.FullName, "portal.db")};Default Timeout=30");
            Log(builder, log);
            var options = builder.Options;
            database = new BenchDatabase(provider, folder, () => new SqlitePortalDbContext(options), null);
        }
        else
        {
            var connection = CreatePostgresDatabase();
            var builder = new DbContextOptionsBuilder<PostgresPortalDbContext>().UseNpgsql(connection);
            Log(builder, log);
            var options = builder.Options;
            database = new BenchDatabase(provider, folder, () => new PostgresPortalDbContext(options), connection);
        }

        await using var db = database.CreateDbContext();
        await db.Database.MigrateAsync(cancellationToken);
        if (provider == Provider.Sqlite)
        {
            // As the portal runs it (DatabaseInitializer).
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }

        return database;
    }

    public PortalDbContext CreateDbContext() => create();

    /// <summary>Fresh planner statistics after seeding, as a maintained database would have.</summary>
    public async Task AnalyzeAsync(CancellationToken cancellationToken)
    {
        await using var db = CreateDbContext();
        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(10));
        await db.Database.ExecuteSqlRawAsync(Provider == Provider.Sqlite ? "ANALYZE;" : "VACUUM ANALYZE;", cancellationToken);
    }

    /// <summary>What the database takes on disk, for the record.</summary>
    public async Task<long> SizeBytesAsync(CancellationToken cancellationToken)
    {
        if (Provider == Provider.Sqlite)
        {
            return Folder.EnumerateFiles("portal.db*").Sum(f => f.Length);
        }

        await using var db = CreateDbContext();
        return await db.Database.SqlQueryRaw<long>("SELECT pg_database_size(current_database()) AS \"Value\"").SingleAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (postgresConnection is not null)
        {
            Npgsql.NpgsqlConnection.ClearAllPools();
            DropPostgresDatabase(postgresConnection);
        }

        if (Environment.GetEnvironmentVariable("PORTAL_BENCH_KEEP") is "1")
        {
            Console.WriteLine($"Kept {Folder.FullName}");
        }
        else
        {
            Folder.Delete(recursive: true);
        }

        await Task.CompletedTask;
    }

    private static void Log(DbContextOptionsBuilder builder, bool log)
    {
        if (log)
        {
            builder.LogTo(Console.WriteLine, [DbLoggerCategory.Database.Command.Name], Microsoft.Extensions.Logging.LogLevel.Information);
        }
    }
}
