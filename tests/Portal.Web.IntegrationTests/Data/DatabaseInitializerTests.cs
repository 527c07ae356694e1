using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Portal.Web.Data;
using Portal.Web.Infrastructure;
using Portal.Web.Infrastructure.Cli;
using Portal.Web.IntegrationTests.Infrastructure;

namespace Portal.Web.IntegrationTests.Data;

public sealed class DatabaseInitializerTests
{
    [SqliteOnlyFact("journal mode and the database file are SQLite's")]
    public async Task Migrate_UsesWalAndForeignKeys_WhenDatabaseCreated()
    {
        using var factory = new PortalFactory();
        _ = factory.Services; // starts the host, which migrates

        await using var connection = new SqliteConnection($"Data Source={Path.Combine(factory.DataDirectory, "portal.db")}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";
        Assert.Equal("wal", (string?)await command.ExecuteScalarAsync());
        command.CommandText = "SELECT count(*) FROM \"__EFMigrationsHistory\";";
        Assert.True((long)(await command.ExecuteScalarAsync())! >= 1);
    }

    [Fact]
    public async Task MigrateVerb_RefusesClearly_WhenDatabaseIsFromNewerVersion()
    {
        using var factory = new PortalFactory();
        _ = factory.Services;
        await using (var db = await factory.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync())
        {
            await db.Database.ExecuteSqlRawAsync("INSERT INTO \"__EFMigrationsHistory\" VALUES ('29991231000000_FromTheFuture', '99.0.0');");
        }

        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await Verbs.RunVerbAsync(factory.Services, ["migrate"], output, error, CancellationToken.None);

        Assert.Equal(1, exit);
        Assert.Contains("newer version of the portal", error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Migrate_RefusesClearly_WhenDataFolderCannotBeWritten()
    {
        using var factory = new PortalFactory();
        var initializer = factory.Services.GetRequiredService<DatabaseInitializer>();
        var blocker = Path.Combine(factory.DataDirectory, "not-a-folder");
        await File.WriteAllTextAsync(blocker, "a file where a folder should be");
        var options = Microsoft.Extensions.Options.Options.Create(new PortalOptions { DataDirectory = Path.Combine(blocker, "data") });
        var dataDirectory = new DataDirectory(options, factory.Services.GetRequiredService<IHostEnvironment>());

        var e = Assert.Throws<StartupException>(dataDirectory.EnsureWritable);

        Assert.Contains("cannot be written", e.Message, StringComparison.Ordinal);
        Assert.Contains("Portal__DataDirectory", e.Message, StringComparison.Ordinal);
        Assert.NotNull(initializer);
    }

    [Fact]
    public async Task MigrateVerb_ReportsUpToDate_WhenNothingToApply()
    {
        using var factory = new PortalFactory();
        var output = new StringWriter();

        var exit = await Verbs.RunVerbAsync(factory.Services, ["migrate"], output, TextWriter.Null, CancellationToken.None);

        Assert.Equal(0, exit);
        Assert.Contains("up to date", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownVerb_ExitsNonZero_WithUsage()
    {
        using var factory = new PortalFactory();
        var output = new StringWriter();
        var error = new StringWriter();

        var exit = await Verbs.RunVerbAsync(factory.Services, ["frobnicate"], output, error, CancellationToken.None);

        Assert.Equal(2, exit);
        Assert.Contains("unknown verb 'frobnicate'", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("create-admin", output.ToString(), StringComparison.Ordinal);
    }
}
