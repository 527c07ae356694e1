using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;
using MudBlazor;
using MudBlazor.Services;
using Portal.Web.Data;
using Portal.Web.Infrastructure.Localization;

namespace Portal.Web.Infrastructure;

public static class InfrastructureExtensions
{
    public static WebApplicationBuilder AddPortalInfrastructure(this WebApplicationBuilder builder, string[] args)
    {
        var services = builder.Services;
        if (Cli.Verbs.IsVerbInvocation(args))
        {
            // A verb's standard output is its answer (scripts read it); log lines go to standard error.
            services.Configure<ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        }

        // Request lines carry paths and query strings (and the time a whistleblower acted): never below
        // Warning, whatever the configured levels. Nothing else logs requests (no HTTP logging middleware).
        services.Configure<LoggerFilterOptions>(o =>
            o.Rules.Add(new LoggerFilterRule(null, "Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.Warning, null)));
        services.AddOptions<PortalOptions>().BindConfiguration(PortalOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<FaultHold>();
        services.AddPortalLocalization();
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddMudServices(o =>
        {
            o.SnackbarConfiguration.PositionClass = Defaults.Classes.Position.BottomRight;
            o.SnackbarConfiguration.VisibleStateDuration = 6000;
        });
        // Cookie and antiforgery keys survive restarts. On SQLite (one node) they are files in the data folder and
        // move with a restore; on PostgreSQL they are rows in the shared database (what PersistKeysToDbContext
        // does, chosen here at run time), so every node behind the load balancer reads the others' cookies.
        services.AddDataProtection().SetApplicationName("IntegrityPortal");
        services.AddOptions<KeyManagementOptions>().Configure<DataDirectory, ILoggerFactory, IOptions<DatabaseOptions>, IServiceProvider>(
            (o, data, logs, database, sp) => o.XmlRepository = database.Value.IsPostgreSql
                ? new EntityFrameworkCoreXmlRepository<PostgresPortalDbContext>(sp, logs)
                : new FileSystemXmlRepository(new DirectoryInfo(Path.Combine(data.Path, "keys")), logs));
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "portal.af";
            o.Cookie.SameSite = SameSiteMode.Strict;
        });
        return builder;
    }

    public static WebApplication UsePortalInfrastructure(this WebApplication app)
    {
        // Never the developer exception page: a stack trace must not reach a user, not even in Development.
        app.UseExceptionHandler("/error", createScopeForErrors: true);
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UsePortalAssets();
        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        // A path nothing answers is 404 for everyone. Without this, deny-by-default authorization would send a
        // whistleblower who mistyped an address to the staff sign-in page.
        app.Use((context, next) =>
        {
            if (context.GetEndpoint() is null)
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return Task.CompletedTask;
            }

            return next(context);
        });
        app.UseRequestLocalization();
        return app;
    }

    public static WebApplication MapPortalInfrastructure(this WebApplication app)
    {
        app.MapGet("/health", async (DatabaseInitializer db, CancellationToken ct) =>
            await db.CanConnectAsync(ct) ? Results.Text("Healthy") : Results.Text("Unhealthy", statusCode: 503))
            .AllowAnonymous().ExcludeFromDescription();
        app.MapCultureSwitch();
        return app;
    }
}
