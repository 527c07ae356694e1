using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;
using Portal.Web.Features.Deadlines.Alerts;
using Portal.Web.Features.Deadlines.Calendar;
using Portal.Web.Features.Deadlines.Duties;
using Portal.Web.IntegrationTests.Features.Cases;
using Portal.Web.IntegrationTests.Features.Deadlines.Alerts;

namespace Portal.Web.IntegrationTests.Features.Deadlines.Duties;

/// <summary>
/// Duties outside cases go through the same sweep, outbox, expansion and delivery as case clocks (ADR 0012): the
/// owner hears first, then the head of the duty's unit, then the Director, through the real Hangfire server and a
/// real SMTP listener as the fake clock moves. Time only moves forward, so each test tracks its own duty from today.
/// </summary>
public sealed class DutyAlertTests(AlertFixture fixture) : IClassFixture<AlertFixture>
{
    private const string GiftRule = "Báo cáo và nộp lại quà tặng không từ chối được";
    private static readonly WorkingCalendar Calendar = WorkingCalendar.CreateStatutory();

    private CaseWorld World => fixture.World;

    [Fact]
    public async Task Sweep_RemindsOwnerThenEscalatesToHeadAndDirector_WhenDutyRunsOverdue()
    {
        var owner = await DutyWorld.OwnerAsync(World);
        var duty = await DutyWorld.TrackGiftAsync(World.Factory, owner, World.HospitalId, "QT-2026-0007");
        var points = await DutyWorld.PointsAsync(World.Factory, duty.Id);
        Assert.Equal(["50%", "80%", "due"], points.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(duty.DueOn, points["due"]);

        AlertWorld.MoveTo(World.Factory.Clock, points["50%"]);
        await AlertWorld.SweepAsync(World.Factory);
        var half = await DutyWorld.DeliveriesAsync(World.Factory, duty.Id);
        Assert.NotEmpty(half);
        Assert.All(half, d => Assert.Equal(("50%", World.HandlerB.Id, DeliveryState.Sent), (d.Point, d.UserId, d.State)));
        Assert.Contains(half, d => d.Channel == DeliveryChannel.Email);

        AlertWorld.MoveTo(World.Factory.Clock, points["due"]);
        await AlertWorld.SweepAsync(World.Factory);
        var due = (await DutyWorld.DeliveriesAsync(World.Factory, duty.Id)).Where(d => d.Point == "due").ToList();
        Assert.Equal(new[] { World.HandlerB.Id, World.HospitalHead.Id }.Order(), due.Select(d => d.UserId).Distinct().Order());

        var thirdDayOverdue = Calendar.AddWorkingDays(points["due"], 3);
        AlertWorld.MoveTo(World.Factory.Clock, thirdDayOverdue);
        await AlertWorld.SweepAsync(World.Factory);
        var overdue = (await DutyWorld.DeliveriesAsync(World.Factory, duty.Id)).Where(d => d.Point == $"overdue:{thirdDayOverdue:yyyy-MM-dd}").ToList();
        Assert.Equal(new[] { World.HandlerB.Id, World.HospitalHead.Id, World.Director.Id }.Order(), overdue.Select(d => d.UserId).Distinct().Order());

        // The e-mails carry the label, the rule's name, the due date and the duty's page; never the owner's name.
        var mails = AlertWorld.Decode(fixture.Smtp).Where(m => m.Subject.Contains("QT-2026-0007", StringComparison.Ordinal)).ToList();
        Assert.Contains(mails, m => m.To == DutyWorld.OwnerMail && m.Subject.Contains(GiftRule, StringComparison.Ordinal));
        Assert.Contains(mails, m => m.To == AlertWorld.DirectorMail && m.Subject.Contains("quá hạn 3 ngày làm việc", StringComparison.Ordinal)
            && m.Body.Contains("https://liemchinh.soyte.example.vn/integrity/gifts", StringComparison.Ordinal));
        Assert.All(mails, m => Assert.DoesNotContain(DutyWorld.OwnerName, m.Body + m.Subject + m.Raw, StringComparison.Ordinal));

        // The bell: one notice per alert and person, with the label, the rule and the link to the duty's page.
        var center = World.Factory.Services.GetRequiredService<NotificationCenter>();
        var latest = await center.LatestAsync(World.Director.Id, 50);
        var notice = Assert.Single(latest, n => n.DutyId == duty.Id);
        Assert.Equal(("QT-2026-0007", GiftRule, "/integrity/gifts", 3, duty.DueOn), (notice.Subject, notice.StepVi, notice.Link, notice.DaysOverdue, notice.DueOn));
        Assert.Null(notice.Assignees);
        Assert.Contains(await center.LatestAsync(World.HandlerB.Id, 50), n => n.DutyId == duty.Id && n.Label == "QT-2026-0007");
    }

    [Fact]
    public async Task Sweep_AlertsTheHeadAtOnce_WhenTheDutyHasNoOwner()
    {
        var duty = await DutyWorld.TrackGiftAsync(World.Factory, null, World.HospitalId, "QT-2026-0011");
        AlertWorld.MoveTo(World.Factory.Clock, (await DutyWorld.PointsAsync(World.Factory, duty.Id))["50%"]);
        await AlertWorld.SweepAsync(World.Factory);

        var deliveries = await DutyWorld.DeliveriesAsync(World.Factory, duty.Id);
        Assert.Equal([World.HospitalHead.Id], deliveries.Select(d => d.UserId).Distinct());
    }

    [Fact]
    public async Task Sweep_StopsAlerting_WhenTheDutyIsClosed()
    {
        var owner = await DutyWorld.OwnerAsync(World);
        var duty = await DutyWorld.TrackGiftAsync(World.Factory, owner, World.HospitalId, "QT-2026-0012");
        var points = await DutyWorld.PointsAsync(World.Factory, duty.Id);
        AlertWorld.MoveTo(World.Factory.Clock, points["50%"]);
        await AlertWorld.SweepAsync(World.Factory);
        Assert.NotEmpty(await DutyWorld.DeliveriesAsync(World.Factory, duty.Id));

        await using (var db = await World.DbAsync())
        {
            await DutyClocks.CloseAsync(db, DutyKinds.GiftReport, duty.SubjectId, DutyWorld.Today(World.Factory));
            await db.SaveChangesAsync();
            Assert.False(await db.DutyAlertPoints.AnyAsync(p => p.DutyId == duty.Id));
        }

        AlertWorld.MoveTo(World.Factory.Clock, Calendar.AddWorkingDays(points["due"], 4));
        await AlertWorld.SweepAsync(World.Factory);
        Assert.All(await DutyWorld.DeliveriesAsync(World.Factory, duty.Id), d => Assert.Equal("50%", d.Point));
    }

    [Fact]
    public async Task Sweep_RaisesEachAlertOnce_WhenRunTwiceAndANewRound_WhenTheDateMoves()
    {
        var owner = await DutyWorld.OwnerAsync(World);
        var duty = await DutyWorld.TrackGiftAsync(World.Factory, owner, World.HospitalId, "QT-2026-0013");
        var points = await DutyWorld.PointsAsync(World.Factory, duty.Id);
        AlertWorld.MoveTo(World.Factory.Clock, points["due"]);
        await AlertWorld.SweepAsync(World.Factory);
        await AlertWorld.SweepAsync(World.Factory);

        await using var db = await World.DbAsync();
        var alerts = await db.DeadlineAlerts.Where(a => a.DutyId == duty.Id).ToListAsync();
        // Points passed together raise only the latest: the due day's, once.
        Assert.Equal(["due"], alerts.Select(a => a.Point));
        var deliveries = await DutyWorld.DeliveriesAsync(World.Factory, duty.Id);
        Assert.Equal(deliveries.Count, deliveries.Select(d => (d.UserId, d.Channel)).Distinct().Count());

        // Re-tracking with the same dates raises nothing again; new dates start a new round with its own points.
        var today = DutyWorld.Today(World.Factory);
        await DutyClocks.TrackAsync(db, new DutyStart(DutyKinds.GiftReport, duty.SubjectId, duty.Label, duty.RuleCode, duty.UnitId, owner, duty.Link, duty.StartedOn, duty.DueOn));
        await db.SaveChangesAsync();
        Assert.Equal(duty.Round, (await db.Duties.AsNoTracking().SingleAsync(d => d.Id == duty.Id)).Round);
        await DutyClocks.TrackAsync(db, new DutyStart(DutyKinds.GiftReport, duty.SubjectId, duty.Label, duty.RuleCode, duty.UnitId, owner, duty.Link, today,
            Calendar.AddWorkingDays(today, 5)));
        await db.SaveChangesAsync();
        var moved = await db.Duties.AsNoTracking().SingleAsync(d => d.Id == duty.Id);
        Assert.Equal(duty.Round + 1, moved.Round);
        Assert.Equal(["50%", "80%", "due"], (await DutyWorld.PointsAsync(World.Factory, duty.Id)).Keys.Order(StringComparer.Ordinal));
    }
}
