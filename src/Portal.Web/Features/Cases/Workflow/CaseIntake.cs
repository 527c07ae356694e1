using Portal.Crypto;
using Portal.Web.Data;
using Portal.Web.Features.Deadlines.Clocks;
using Portal.Web.Features.Intake;

namespace Portal.Web.Features.Cases;

/// <summary>
/// A new report becomes a case: its first event and the clock of its track, in the intake transaction.
/// <paramref name="now"/> is midnight of the day received for the anonymous channel.
/// </summary>
public static class CaseIntake
{
    public static async Task OnReceivedAsync(PortalDbContext db, Report report, SecretKey contentKey, Guid? recordedBy, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await ClockBook.StartAsync(db, report, CaseSteps.IntakeClock(report.Track), report.ReceivedOn, cancellationToken);
        await ClockBook.RefreshDueOnAsync(db, report, cancellationToken);
        // A random id: a version-7 id carries its creation time to the millisecond (see Report.Id).
        var received = CaseEvents.Create(report.Id, contentKey, CaseAction.Received, CaseStage.New, CaseStage.New, recordedBy, now, null,
            new EventDetail { Names = [report.Origin.ToString()] }, Guid.NewGuid());
        db.CaseEvents.Add(received);
    }
}
