namespace Portal.Web.Features.Keys;

public static class KeysExtensions
{
    public static IServiceCollection AddPortalKeys(this IServiceCollection services)
    {
        services.AddOptions<KeyOptions>().BindConfiguration(KeyOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<Argon2Gate>();
        services.AddSingleton<KeyRing>();
        services.AddSingleton<KeyCustody>();
        services.AddSingleton<Inboxes>();
        services.AddSingleton<InboxDirectory>();
        return services;
    }
}
