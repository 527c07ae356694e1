using Portal.Web.Infrastructure.Cli;

namespace Portal.Web.Features.Demo;

internal sealed class SeedDemoVerb(DemoSeeder seeder) : IVerb
{
    public string Name => "seed-demo";

    public string Usage => "seed-demo";

    public string Summary => "Fill an EMPTY portal with the fictional demo Department and demo accounts.";

    public async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, CancellationToken cancellationToken) =>
        await seeder.SeedIfEmptyAsync(output, cancellationToken) ? 0 : 1;
}

public static class DemoExtensions
{
    public static IServiceCollection AddPortalDemo(this IServiceCollection services)
    {
        services.AddSingleton<DemoSeeder>();
        services.AddTransient<IVerb, SeedDemoVerb>();
        return services;
    }
}
