using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Portal.Web.IntegrationTests.Infrastructure;

/// <summary>
/// The real portal on a real SQLite file in a throwaway data folder. One per test class (IClassFixture),
/// so classes never share a database. Tests that need a particular state create their own accounts.
/// </summary>
public class PortalFactory : WebApplicationFactory<Program>
{
    private readonly bool ownsData = true;

    public PortalFactory()
        : this(Path.Combine(Path.GetTempPath(), "portal-tests", Guid.NewGuid().ToString("N")))
    {
    }

    // Not public: xUnit wants a class fixture to have exactly one public constructor.
    private PortalFactory(string dataDirectory, FakeTimeProvider? clock = null, bool ownsData = true)
    {
        DataDirectory = dataDirectory;
        Clock = clock ?? Clock;
        this.ownsData = ownsData;
    }

    /// <summary>A portal on a data folder prepared beforehand (for example by a restore); deleted on dispose like any other.</summary>
    public static PortalFactory On(string dataDirectory) => new(dataDirectory);

    public string DataDirectory { get; }

    /// <summary>An instance of the portal on a given data folder (a restart, or a second node), sharing the clock; it leaves the folder in place.</summary>
    public static PortalFactory On(string dataDirectory, FakeTimeProvider clock) => new(dataDirectory, clock, ownsData: false);

    /// <summary>Starts at the real time: Identity checks lockout and TOTP against the system clock, and both must agree.</summary>
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    /// <summary>Settings a test class wants on top of the defaults (for example Portal:Demo).</summary>
    public Dictionary<string, string?> Settings { get; } = [];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Portal:DataDirectory", DataDirectory);
        // Real Argon2id, at the smallest cost: the production cost is checked by the benchmarks, not here.
        builder.UseSetting("Portal:Keys:PasswordMemoryKiB", "8");
        builder.UseSetting("Portal:Keys:PasswordIterations", "1");
        builder.UseSetting("Portal:Intake:ReceiptMemoryKiB", "8");
        builder.UseSetting("Portal:Intake:ReceiptIterations", "1");
        builder.UseSetting("Portal:Intake:MinLookupMilliseconds", "0");
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
        if (disposing && ownsData)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
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
