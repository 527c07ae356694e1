using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;

namespace Portal.Web.IntegrationTests.Data;

/// <summary>
/// Each provider has its own migrations (ADR 0001, 0009). A model change without a migration for one of them
/// would start fine on the other and fail, or silently miss a column, on this one; these catch it at test time.
/// Neither needs a server: the model is compared with the provider's migration snapshot.
/// </summary>
public sealed class MigrationsTests
{
    [Fact]
    public void SqliteMigrations_CoverTheModel()
    {
        using var db = new SqliteDesignTimeContextFactory().CreateDbContext([]);

        Assert.False(db.Database.HasPendingModelChanges(),
            "The model changed without a SQLite migration. In src/Portal.Web run: dotnet ef migrations add <Name> " +
            "--context SqlitePortalDbContext --output-dir Data/Migrations/Sqlite");
    }

    [Fact]
    public void PostgresMigrations_CoverTheModel()
    {
        using var db = new PostgresDesignTimeContextFactory().CreateDbContext([]);

        Assert.False(db.Database.HasPendingModelChanges(),
            "The model changed without a PostgreSQL migration. In src/Portal.Web run: dotnet ef migrations add <Name> " +
            "--context PostgresPortalDbContext --output-dir Data/Migrations/Postgres");
    }
}
