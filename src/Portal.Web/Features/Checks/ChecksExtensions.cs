namespace Portal.Web.Features.Checks;

public static class ChecksExtensions
{
    public static IServiceCollection AddPortalChecks(this IServiceCollection services)
    {
        services.AddOptions<ChecksOptions>().BindConfiguration(nameof(ChecksOptions)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<CheckActors>();
        services.AddSingleton<CheckBoard>();
        services.AddScoped<CheckPlanner>();
        services.AddScoped<CheckTeam>();
        services.AddScoped<CheckConclusions>();
        services.AddScoped<CheckRecommendations>();
        return services;
    }
}
