using System.Reflection;

namespace Portal.Web.IntegrationTests.Infrastructure;

/// <summary>
/// Which database this test assembly runs the portal on. The same test sources build twice: as
/// Portal.Web.IntegrationTests (SQLite files) and as Portal.Web.IntegrationTests.Postgres, whose project sets the
/// assembly metadata "Portal.TestDatabase" to PostgreSql (a real server, see <see cref="PostgresServer"/>).
/// </summary>
public static class TestDatabase
{
    public static bool IsPostgreSql { get; } = typeof(TestDatabase).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Any(a => a.Key == "Portal.TestDatabase" && a.Value == "PostgreSql");

    /// <summary>A database for a test that starts several portals on one storage: null on SQLite (the file is in the data folder).</summary>
    public static string? CreateShared() => IsPostgreSql ? PostgresServer.Instance.CreateDatabase() : null;

    public static void DropShared(string? connectionString)
    {
        if (connectionString is not null)
        {
            PostgresServer.Instance.DropDatabase(connectionString);
        }
    }

    /// <summary>Files where stored data could sit in the clear: the data folder and, on PostgreSQL, the server's cluster (tables and WAL).</summary>
    public static IEnumerable<string> FilesAtRest(PortalFactory factory)
    {
        var files = Directory.EnumerateFiles(factory.DataDirectory, "*", SearchOption.AllDirectories);
        if (!IsPostgreSql)
        {
            return files;
        }

        PostgresServer.Instance.Checkpoint();
        return files.Concat(Directory.EnumerateFiles(PostgresServer.Instance.DataFolder, "*", SearchOption.AllDirectories));
    }
}

/// <summary>
/// A test of SQLite itself (WAL, the SQLite-only backup verbs, the database file). In the PostgreSQL lane it is
/// reported as skipped with its reason, never silently dropped; filter with Category=SqliteOnly.
/// </summary>
public sealed class SqliteOnlyFactAttribute : FactAttribute
{
    public SqliteOnlyFactAttribute(string reason)
    {
        Reason = reason;
        if (TestDatabase.IsPostgreSql)
        {
            Skip = $"SQLite only: {reason}";
        }
    }

    public string Reason { get; }
}

/// <summary>The theory form of <see cref="SqliteOnlyFactAttribute"/>.</summary>
public sealed class SqliteOnlyTheoryAttribute : TheoryAttribute
{
    public SqliteOnlyTheoryAttribute(string reason)
    {
        Reason = reason;
        if (TestDatabase.IsPostgreSql)
        {
            Skip = $"SQLite only: {reason}";
        }
    }

    public string Reason { get; }
}
