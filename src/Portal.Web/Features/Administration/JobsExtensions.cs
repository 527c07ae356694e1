using Hangfire;
using Hangfire.Dashboard;
using Hangfire.InMemory;
using Hangfire.PostgreSql;
using Microsoft.Extensions.Options;
using Portal.Web.Data;
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
    /// (ADR 0002), on PostgreSQL it shares the portal's database (ADR 0009): anything that must survive a crash (outbox, clocks) lives in the portal's own tables,
    /// and recurring jobs re-derive their work from them.
    /// </summary>
    public static IServiceCollection AddPortalJobs(this IServiceCollection services)
    {
        services.AddOptions<JobsOptions>().BindConfiguration(JobsOptions.Section).ValidateOnStart();
        services.AddHangfire((sp, config) =>
        {
            config.SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
                .UseSimpleAssemblyNameTypeSerializer()
                .UseRecommendedSerializerSettings();
            var database = sp.GetRequiredService<IOptions<DatabaseOptions>>().Value;
            if (database.IsPostgreSql)
            {
                // Several nodes: one queue in the shared database, so a job runs on exactly one of them and
                // recurring jobs fire once per occurrence (ADR 0009). Its tables live in their own schema.
                config.UsePostgreSqlStorage(
                    o => o.UseNpgsqlConnection(database.ConnectionString),
                    new PostgreSqlStorageOptions
                    {
                        SchemaName = "hangfire",
                        PrepareSchemaIfNecessary = true,
                        // LISTEN/NOTIFY wakes an idle worker when a job is enqueued instead of after the poll interval.
                        EnableLongPolling = true,
                    });
            }
            else
            {
                config.UseInMemoryStorage(new InMemoryStorageOptions { IdType = InMemoryStorageIdType.Long });
            }
        });
        services.AddHangfireServer((sp, server) =>
        {
            var options = sp.GetRequiredService<IOptions<JobsOptions>>().Value;
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
