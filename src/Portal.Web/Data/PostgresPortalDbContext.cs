using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Portal.Web.Data;

/// <summary>
/// The portal on PostgreSQL, for several nodes sharing one database. Its migrations live in
/// Data/Migrations/Postgres. It also holds the ASP.NET Core Data Protection keys, so every node reads the
/// cookies the others issued (on SQLite they stay files in the data folder).
/// </summary>
public sealed class PostgresPortalDbContext(DbContextOptions<PostgresPortalDbContext> options)
    : PortalDbContext(options), IDataProtectionKeyContext
{
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // timestamptz stores an instant, and Npgsql refuses a non-zero offset rather than drop it silently.
        // The portal means instants everywhere, so a value built with an offset (UTC+7 for the Department's
        // day) is stored as the same instant in UTC instead of failing the save.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcInstantConverter>();
        configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<UtcInstantConverter>();
    }
}

/// <summary>Any offset in, the same instant in UTC out (see <see cref="PostgresPortalDbContext"/>).</summary>
internal sealed class UtcInstantConverter() : ValueConverter<DateTimeOffset, DateTimeOffset>(v => v.ToUniversalTime(), v => v);
