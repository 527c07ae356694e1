using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Portal.Web.Data;

/// <summary>Used only by `dotnet ef migrations add --context SqlitePortalDbContext`; never at run time.</summary>
internal sealed class SqliteDesignTimeContextFactory : IDesignTimeDbContextFactory<SqlitePortalDbContext>
{
    public SqlitePortalDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlitePortalDbContext>()
            .UseSqlite(DataExtensions.SqliteConnectionString("design-time.db")).Options);
}

/// <summary>
/// Used only by `dotnet ef migrations add --context PostgresPortalDbContext`. Adding a migration compares the
/// model with the snapshot and never connects, so no server is needed.
/// </summary>
internal sealed class PostgresDesignTimeContextFactory : IDesignTimeDbContextFactory<PostgresPortalDbContext>
{
    public PostgresPortalDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresPortalDbContext>()
            .UseNpgsql("Host=localhost;Database=portal_design_time").Options);
}
