namespace Portal.Web.Features.Accountability;

public static class AccountabilityExtensions
{
    public static IServiceCollection AddPortalAccountability(this IServiceCollection services)
    {
        services.AddSingleton<AccountabilityActors>();
        services.AddSingleton<AccountabilitySteps>();
        services.AddSingleton<PersonnelReviews>();
        services.AddSingleton<DisciplineRegister>();
        services.AddSingleton<HeadsResponsibility>();
        services.AddSingleton<Suspensions>();
        services.AddSingleton<JobRotation>();
        services.AddSingleton<AccountabilityHistory>();
        return services;
    }
}
