using Portal.Web.Features.Deadlines.Calendar;
using Portal.Web.Features.Deadlines.Dashboard;
using Portal.Web.Features.Deadlines.Duties;
using Portal.Web.Features.Deadlines.Rules;
using Portal.Web.Infrastructure.Cli;

namespace Portal.Web.Features.Deadlines;

public static class DeadlinesExtensions
{
    public static IServiceCollection AddPortalDeadlines(this IServiceCollection services)
    {
        services.AddTransient<IVerb, CalendarVerb>();
        services.AddSingleton<WorkingCalendars>();
        services.AddSingleton<DueDates>();
        services.AddScoped<CalendarOverrides>();
        services.AddScoped<DeadlineRuleCatalog>();
        services.AddScoped<ReviseDeadlineRule>();
        services.AddSingleton<LeaderDashboard>();
        services.AddSingleton<DutyBoard>();
        return services;
    }
}
