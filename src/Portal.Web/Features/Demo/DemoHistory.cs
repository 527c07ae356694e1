using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;
using Portal.Web.Features.Deadlines.Alerts;
using Portal.Web.Features.Deadlines.Calendar;

namespace Portal.Web.Features.Demo;

/// <summary>
/// Gives the demo a past: cases are filed and moved through their steps today (through the real workflow), then
/// every date they carry is moved back by whole weeks, so weekdays stay weekdays and the working-day deadlines still
/// land where the rules put them. A demo then shows overdue and due-soon cases on the leaders' dashboard and an
/// on-time record in earlier months. Afterwards one alert sweep runs, as the recurring job would, so the bell has
/// notices on first sign-in. The audit log keeps the real time of seeding: its chain is not rewritten.
/// </summary>
internal static class DemoHistory
{
    public static async Task MoveBackAsync(PortalDbContext db, Guid reportId, int weeks, CancellationToken cancellationToken)
    {
        var days = -7 * weeks;
        var span = TimeSpan.FromDays(days);
        var report = await db.Reports.SingleAsync(r => r.Id == reportId, cancellationToken);
        report.ReceivedOn = report.ReceivedOn.AddDays(days);
        report.DueOn = report.DueOn?.AddDays(days);
        report.ClosedOn = report.ClosedOn?.AddDays(days);
        report.ProtectionReviewOn = report.ProtectionReviewOn?.AddDays(days);
        foreach (var clock in await db.CaseClocks.Where(c => c.ReportId == reportId).ToListAsync(cancellationToken))
        {
            clock.StartedOn = clock.StartedOn.AddDays(days);
            clock.DueOn = clock.DueOn.AddDays(days);
            clock.PausedOn = clock.PausedOn?.AddDays(days);
            clock.StoppedOn = clock.StoppedOn?.AddDays(days);
            foreach (var point in await db.ClockAlertPoints.Where(p => p.ClockId == clock.Id).ToListAsync(cancellationToken))
            {
                point.On = point.On.AddDays(days);
            }
        }

        foreach (var e in await db.CaseEvents.Where(e => e.ReportId == reportId).ToListAsync(cancellationToken)) { e.At += span; }
        foreach (var a in await db.CaseAssignments.Where(a => a.ReportId == reportId).ToListAsync(cancellationToken)) { a.AssignedAt += span; }
        foreach (var c in await db.ConflictConfirmations.Where(c => c.ReportId == reportId).ToListAsync(cancellationToken)) { c.ConfirmedAt += span; }
        foreach (var m in await db.ReportMessages.Where(m => m.ReportId == reportId).ToListAsync(cancellationToken)) { m.SentOn = m.SentOn.AddDays(days); }
        foreach (var a in await db.RecommendedActions.Where(a => a.ReportId == reportId).ToListAsync(cancellationToken)) { a.DueOn = a.DueOn?.AddDays(days); }
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>One sweep, its expansions and in-app deliveries, and (on a working day) the leaders' digests: what the recurring job does, run now.</summary>
    public static async Task SweepOnceAsync(IServiceProvider services, TextWriter output, CancellationToken cancellationToken)
    {
        var today = DepartmentDate.Today(services.GetRequiredService<TimeProvider>());
        var result = await services.GetRequiredService<AlertSweep>().RunAsync(today, cancellationToken);
        if ((await services.GetRequiredService<WorkingCalendars>().CurrentAsync(cancellationToken)).IsWorkingDay(today))
        {
            await services.GetRequiredService<LeaderDigests>().BuildAsync(today, cancellationToken);
        }

        var contexts = services.GetRequiredService<IDbContextFactory<PortalDbContext>>();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        foreach (var id in await db.DeadlineAlerts.Where(a => !a.Expanded).Select(a => a.Id).ToListAsync(cancellationToken))
        {
            await services.GetRequiredService<AlertExpansion>().RunAsync(id, cancellationToken);
        }

        // In-app notices now, so the bell has them at first sign-in; e-mail (when configured) follows with the recurring job.
        var inApp = await db.AlertDeliveries.Where(d => d.State == DeliveryState.Pending && d.Channel == DeliveryChannel.InApp)
            .Select(d => d.Id).ToListAsync(cancellationToken);
        foreach (var id in inApp)
        {
            await services.GetRequiredService<AlertDeliveryJob>().RunAsync(id, cancellationToken);
        }

        await output.WriteLineAsync($"Demo alerts: {result.Raised + result.Overdue} raised, {inApp.Count} in-app notice(s) delivered.");
    }
}
