using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Portal.Web.IntegrationTests.Infrastructure;

/// <summary>
/// The real portal in a throwaway data folder, on a real SQLite file or, in the PostgreSQL lane
/// (<see cref="TestDatabase"/>), on a database of its own on a real PostgreSQL server. One per test class
/// (IClassFixture), so classes never share a database. Tests that need a particular state create their own accounts.
/// </summary>
public class PortalFactory : WebApplicationFactory<Program>
{
    private readonly bool ownsStorage;

    public PortalFactory()
        : this(Path.Combine(Path.GetTempPath(), "portal-tests", Guid.NewGuid().ToString("N")))
    {
    }

    // Not public: xUnit wants a class fixture to have exactly one public constructor.
    private PortalFactory(string dataDirectory, FakeTimeProvider? clock = null, string? connectionString = null, bool ownsStorage = true)
    {
        DataDirectory = dataDirectory;
        Clock = clock ?? Clock;
        this.ownsStorage = ownsStorage;
        ConnectionString = connectionString ?? (TestDatabase.IsPostgreSql ? PostgresServer.Instance.CreateDatabase() : null);
    }

    /// <summary>A portal on a data folder prepared beforehand (for example by a restore); deleted on dispose like any other.</summary>
    public static PortalFactory On(string dataDirectory) => new(dataDirectory);

    /// <summary>
    /// A second node of the same portal: the same PostgreSQL database and the same shared data folder (attachments
    /// and key files live there, docs/operations.md), its own process state (key ring, Hangfire server, caches).
    /// The first node owns the storage and removes it.
    /// </summary>
    public static PortalFactory SecondNodeOf(PortalFactory first) =>
        new(first.DataDirectory, connectionString: first.ConnectionString ?? throw new InvalidOperationException("Two nodes need PostgreSQL."), ownsStorage: false);

    public string DataDirectory { get; }

    /// <summary>
    /// An instance of the portal on storage a test owns (a restart, or a second instance), sharing the clock: the data
    /// folder and, on PostgreSQL, <paramref name="connectionString"/> (see <see cref="TestDatabase.CreateShared"/>). Left in place on dispose.
    /// </summary>
    public static PortalFactory On(string dataDirectory, FakeTimeProvider clock, string? connectionString) =>
        new(dataDirectory, clock, connectionString, ownsStorage: false);

    /// <summary>The PostgreSQL database of this portal; null on SQLite.</summary>
    public string? ConnectionString { get; }

    /// <summary>Starts at the real time: Identity checks lockout and TOTP against the system clock, and both must agree.</summary>
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    /// <summary>Settings a test class wants on top of the defaults (for example Portal:Demo).</summary>
    public Dictionary<string, string?> Settings { get; } = [];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Portal:DataDirectory", DataDirectory);
        if (ConnectionString is not null)
        {
            builder.UseSetting("Portal:Database:Provider", "PostgreSql");
            builder.UseSetting("Portal:Database:ConnectionString", ConnectionString);
        }

        // Real Argon2id, at the smallest cost: the production cost is checked by the benchmarks, not here.
        builder.UseSetting("Portal:Keys:PasswordMemoryKiB", "8");
        builder.UseSetting("Portal:Keys:PasswordIterations", "1");
        builder.UseSetting("Portal:Intake:ReceiptMemoryKiB", "8");
        builder.UseSetting("Portal:Intake:ReceiptIterations", "1");
        builder.UseSetting("Portal:Intake:MinLookupMilliseconds", "0");
        // Tests sweep when they choose to (AlertWorld.SweepAsync); a sweep of its own at start would race them.
        builder.UseSetting("AlertOptions:SweepOnStart", "false");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
        });
    }

    public HttpClient CreateBrowserlessClient() =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && ownsStorage)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (ConnectionString is not null)
            {
                PostgresServer.Instance.DropDatabase(ConnectionString);
            }

            try
            {
                Directory.Delete(DataDirectory, recursive: true);
            }
            catch (IOException)
            {
                // A file still open on a slow shutdown only leaves litter in the temp folder.
            }
        }
    }
}
