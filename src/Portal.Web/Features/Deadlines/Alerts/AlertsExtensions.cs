namespace Portal.Web.Features.Deadlines.Alerts;

public static class AlertsExtensions
{
    /// <summary>The sweep, the outbox's expansion and delivery jobs, e-mail, the bell and the administrators' view of deliveries.</summary>
    public static IServiceCollection AddPortalAlerts(this IServiceCollection services)
    {
        services.AddOptions<AlertOptions>().BindConfiguration(nameof(AlertOptions)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<SmtpOptions>().BindConfiguration(nameof(SmtpOptions)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<AlertSweep>();
        services.AddSingleton<AlertRecipients>();
        services.AddSingleton<AlertMailer>();
        services.AddSingleton<LeaderDigests>();
        services.AddSingleton<NotificationSignal>();
        services.AddSingleton<NotificationCenter>();
        services.AddSingleton<DeliveryAdministration>();
        services.AddTransient<AlertSweepJob>();
        services.AddTransient<AlertExpansion>();
        services.AddTransient<AlertDeliveryJob>();
        return services;
    }
}
