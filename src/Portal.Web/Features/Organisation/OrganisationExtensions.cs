namespace Portal.Web.Features.Organisation;

public static class OrganisationExtensions
{
    public static IServiceCollection AddPortalOrganisation(this IServiceCollection services)
    {
        services.AddSingleton<OrganisationDirectory>();
        services.AddScoped<SaveUnit>();
        services.AddScoped<SaveStaffMember>();
        return services;
    }
}
