using Hangfire;
using Portal.Web.Features.Cases;

namespace Portal.Web.Features.Administration;

/// <summary>
/// Every recurring job, in one place. Jobs take no arguments but ids and re-derive their work from the portal's
/// tables, so running one twice or after a crash does no harm (the in-memory Hangfire storage forgets them on
/// restart and this list puts them back).
/// </summary>
public static class RecurringJobs
{
    /// <summary>An hour of the Department's day (UTC+7, no daylight saving) as a UTC hour: Hangfire resolves time zones
    /// by id from the host's tz database, which a minimal server may lack.</summary>
    private static int AtVietnamHour(int hour) => (hour - (int)DepartmentDate.Offset.TotalHours + 24) % 24;

    public static WebApplication UsePortalRecurringJobs(this WebApplication app)
    {
        var jobs = app.Services.GetRequiredService<IRecurringJobManager>();
        var utc = new RecurringJobOptions { TimeZone = TimeZoneInfo.Utc };
        // At night, after the day's work: destruction of closed cases past their retention period.
        jobs.AddOrUpdate<CaseRetention>("case-retention", r => r.DestroyDueAsync(CancellationToken.None), Cron.Daily(AtVietnamHour(2)), utc);
        return app;
    }
}
