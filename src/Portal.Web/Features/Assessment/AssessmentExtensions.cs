namespace Portal.Web.Features.Assessment;

public static class AssessmentExtensions
{
    public static IServiceCollection AddPortalAssessment(this IServiceCollection services)
    {
        services.AddSingleton<AssessmentSheet>();
        services.AddSingleton<PortalFigures>();
        services.AddScoped<AssessmentBook>();
        return services;
    }
}
