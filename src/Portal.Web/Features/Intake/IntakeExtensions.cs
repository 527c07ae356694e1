namespace Portal.Web.Features.Intake;

public static class IntakeExtensions
{
    /// <summary>The anonymous channel's services arrive with the whistleblower issue; the pages are placeholders.</summary>
    public static IServiceCollection AddPortalIntake(this IServiceCollection services) => services;
}
