using System.Diagnostics;

namespace Portal.Web.IntegrationTests.Infrastructure;

/// <summary>The real program, as an operator starts it: problems they can fix are one line on stderr, never a stack trace.</summary>
public sealed class ProcessTests : IDisposable
{
    private readonly string dataDirectory = Path.Combine(Path.GetTempPath(), "portal-tests", Guid.NewGuid().ToString("N"));

    // The PostgreSQL lane runs the same program on a database of its own.
    private readonly string? connectionString = TestDatabase.IsPostgreSql ? PostgresServer.Instance.CreateDatabase() : null;

    private async Task<(int ExitCode, string Output, string Error)> RunPortalAsync(string arguments, params (string Key, string Value)[] environment)
    {
        var start = new ProcessStartInfo("dotnet", $"Portal.Web.dll {arguments}")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["Portal__DataDirectory"] = dataDirectory;
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        if (connectionString is not null)
        {
            start.Environment["Portal__Database__Provider"] = "PostgreSql";
            start.Environment["Portal__Database__ConnectionString"] = connectionString;
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return (process.ExitCode, await output, await error);
    }

    [Fact]
    public async Task Start_FailsWithOneLine_WhenConfigurationInvalid()
    {
        var (exit, _, error) = await RunPortalAsync("", ("Portal__IdleTimeoutMinutes", "0"));

        Assert.Equal(1, exit);
        Assert.Contains("error: invalid configuration", error, StringComparison.Ordinal);
        Assert.Contains("IdleTimeoutMinutes", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_FailsWithOneLine_WhenDataFolderUnwritable()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(dataDirectory)!);
        await File.WriteAllTextAsync(dataDirectory, "a file where the data folder should be");

        var (exit, _, error) = await RunPortalAsync("migrate");

        Assert.Equal(1, exit);
        Assert.Contains("cannot be written", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        File.Delete(dataDirectory);
    }

    [Fact]
    public async Task Migrate_CreatesDatabase_AndSeedDemoRefusesSecondTime()
    {
        var (migrated, migrateOutput, _) = await RunPortalAsync("migrate");
        var (first, _, _) = await RunPortalAsync("seed-demo");
        var (second, secondOutput, _) = await RunPortalAsync("seed-demo");

        Assert.Equal(0, migrated);
        Assert.Contains("Applied", migrateOutput, StringComparison.Ordinal);
        Assert.Equal(!TestDatabase.IsPostgreSql, File.Exists(Path.Combine(dataDirectory, "portal.db")));
        Assert.Equal(0, first);
        Assert.Equal(1, second);
        Assert.Contains("already has data", secondOutput, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("PostgreSql", null, "no connection string is set")]
    [InlineData("PostgreSql", "Host=127.0.0.1;Frobnicate=1;Database=portal", "cannot be read")]
    [InlineData("Sqlite", "Host=127.0.0.1;Database=portal", "Provider is Sqlite")]
    [InlineData("Oracle", null, "Portal:Database:Provider")]
    public async Task Start_FailsWithOneLine_WhenDatabaseSettingsInvalid(string provider, string? connection, string expected)
    {
        var (exit, _, error) = await RunPortalAsync("",
            ("Portal__Database__Provider", provider), ("Portal__Database__ConnectionString", connection ?? ""));

        Assert.Equal(1, exit);
        Assert.Contains("error: invalid configuration", error, StringComparison.Ordinal);
        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CalendarVerb_PrintsTet_AndRefusesImpossibleDate()
    {
        var (ok, output, _) = await RunPortalAsync("calendar lunar-new-year 2026");
        var (bad, badOutput, _) = await RunPortalAsync("calendar add 2026-02-30 5 days");

        Assert.Equal(0, ok);
        Assert.Equal("2026-02-17", output.Trim());
        Assert.NotEqual(0, bad);
        Assert.Contains("not a valid date", badOutput, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (connectionString is not null)
        {
            PostgresServer.Instance.DropDatabase(connectionString);
        }

        try
        {
            if (Directory.Exists(dataDirectory))
            {
                Directory.Delete(dataDirectory, recursive: true);
            }
        }
        catch (IOException)
        {
        }
    }
}
