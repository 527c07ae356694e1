using Microsoft.Extensions.Options;
using Portal.Web.Features.Demo;
using Portal.Web.Infrastructure;

namespace Portal.Web.Data;

/// <summary>
/// Migrates (and, in demo mode, seeds) in <see cref="StartingAsync"/>, which runs before the web server
/// listens: no request ever meets a half-migrated database, and test hosts get the same start-up as production.
/// </summary>
internal sealed class DatabaseStartup(
    DatabaseInitializer initializer, IOptions<PortalOptions> options, IServiceProvider services) : IHostedLifecycleService
{
    /// <summary>Set by `--demo` on the command line.</summary>
    internal static bool DemoRequested { get; set; }

    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        await initializer.MigrateAsync(cancellationToken);
        if (options.Value.Demo || DemoRequested)
        {
            await services.GetRequiredService<DemoSeeder>().SeedIfEmptyAsync(Console.Out, cancellationToken);
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
