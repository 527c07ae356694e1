using Hangfire;
using Hangfire.Dashboard;
using Hangfire.InMemory;
using Portal.Web.Features.Accounts;

namespace Portal.Web.Features.Administration;

public sealed class JobsOptions
{
    public const string Section = "Portal:Jobs";

    public int WorkerCount { get; set; } = 2;
}

public static class JobsExtensions
{
    /// <summary>
    /// Hangfire schedules; it is not a source of truth. On single-node SQLite its storage is in memory
    /// (ADR 0002): anything that must survive a crash (outbox, clocks) lives in the portal's own tables,
    /// and recurring jobs re-derive their work from them.
    /// </summary>
    public static IServiceCollection AddPortalJobs(this IServiceCollection services)
    {
        services.AddOptions<JobsOptions>().BindConfiguration(JobsOptions.Section).ValidateOnStart();
        services.AddHangfire((sp, config) => config
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UseInMemoryStorage(new InMemoryStorageOptions { IdType = InMemoryStorageIdType.Long }));
        services.AddHangfireServer((sp, server) =>
        {
            var options = sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<JobsOptions>>().Value;
            server.WorkerCount = Math.Max(1, options.WorkerCount);
            server.ShutdownTimeout = TimeSpan.FromSeconds(5);
            server.SchedulePollingInterval = TimeSpan.FromSeconds(5);
        });
        services.AddHostedService<RecurringJobs>();
        return services;
    }

    public static WebApplication MapPortalJobsDashboard(this WebApplication app)
    {
        // The dashboard's own filter list is emptied: access is the endpoint's authorization policy alone.
        app.MapHangfireDashboardWithAuthorizationPolicy(AccountsExtensions.AdministratorsOnly, "/hangfire",
            new DashboardOptions { Authorization = [], AppPath = "/", DisplayStorageConnectionString = false });
        return app;
    }
}
