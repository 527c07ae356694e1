using Portal.Web.Features.Integrity.Conflicts;
using Portal.Web.Features.Integrity.Declarations;
using Portal.Web.Features.Integrity.Draw;
using Portal.Web.Features.Integrity.Gifts;
using Portal.Web.Features.Integrity.Policies;
using Portal.Web.Features.Integrity.Thresholds;
using Portal.Web.Infrastructure.Cli;

namespace Portal.Web.Features.Integrity;

public static class IntegrityExtensions
{
    public static IServiceCollection AddPortalIntegrity(this IServiceCollection services)
    {
        services.AddSingleton<IntegrityActors>();
        services.AddSingleton<IntegrityThresholds>();
        services.AddSingleton<DeclarationGate>();
        services.AddSingleton<DeclarationWorkflow>();
        services.AddSingleton<DeclarationReview>();
        services.AddSingleton<DeclarationDuties>();
        services.AddSingleton<VerificationDraws>();
        services.AddSingleton<GiftRegister>();
        services.AddSingleton<ConflictReports>();
        services.AddSingleton<PolicyLibrary>();
        services.AddSingleton<PolicyDuties>();
        services.AddSingleton<DeclarantDesignations>();
        services.AddTransient<IVerb, DrawVerb>();
        return services;
    }
}
