using Portal.Web.Features.Deadlines.Calendar;
using Microsoft.EntityFrameworkCore;
using netDumbster.smtp;
using Portal.Web.Features.Cases;
using Portal.Web.Features.Deadlines.Alerts;
using Portal.Web.Features.Deadlines.Rules;
using Portal.Web.IntegrationTests.Features.Cases;
using Portal.Web.IntegrationTests.Infrastructure;

namespace Portal.Web.IntegrationTests.Features.Deadlines.Alerts;

public sealed class AlertFixture : IAsyncLifetime
{
    public SimpleSmtpServer Smtp { get; private set; } = default!;

    public PortalFactory Factory { get; private set; } = default!;

    public CaseWorld World { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        var port = Loopback.FreePort();
        Smtp = SimpleSmtpServer.Start(port);
        Factory = new PortalFactory().WithSmtp(port);
        World = await AlertWorld.CreateAsync(Factory);
    }

    public Task DisposeAsync()
    {
        Factory.Dispose();
        Smtp.Dispose();
        return Task.CompletedTask;
    }
}

/// <summary>
/// The sweep, escalation and delivery through the real Hangfire server and a real SMTP listener on loopback, as
/// the fake clock moves through a case's alert points. Time only moves forward, so each test reads its own
/// case's dates and asserts on its own case.
/// </summary>
public sealed class DeadlineAlertTests(AlertFixture fixture) : IClassFixture<AlertFixture>
{
    private CaseWorld World => fixture.World;

    [Fact]
    public async Task Sweep_RemindsHandlerThenEscalatesToHeadAndDirector_WhenClockAdvances()
    {
        const string secret = "Bác sĩ Trần Quốc Bảo nhận 20 triệu đồng phong bì tại khoa Ngoại ngày 3/11";
        var started = await AlertWorld.StartCaseAsync(World, secret);
        var points = await AlertWorld.PointsAsync(World, started.ClockId);
        Assert.Equal(["50%", "80%", "due"], points.Keys.Order(StringComparer.Ordinal));

        AlertWorld.MoveTo(World.Factory.Clock, points["50%"]);
        await AlertWorld.SweepAsync(World.Factory);
        var half = await AlertWorld.DeliveriesAsync(World.Factory, started.Report.Id);
        Assert.All(half, d => Assert.Equal("50%", d.Point));
        Assert.Equal([World.HandlerA.Id], half.Select(d => d.UserId).Distinct());
        Assert.All(half, d => Assert.Equal(DeliveryState.Sent, d.State));
        Assert.Contains(half, d => d.Channel == DeliveryChannel.Email);

        AlertWorld.MoveTo(World.Factory.Clock, points["due"]);
        await AlertWorld.SweepAsync(World.Factory);
        var due = (await AlertWorld.DeliveriesAsync(World.Factory, started.Report.Id)).Where(d => d.Point == "due").ToList();
        Assert.Equal(new[] { World.HandlerA.Id, World.HospitalHead.Id }.Order(), due.Select(d => d.UserId).Distinct().Order());

        var thirdDayOverdue = WorkingCalendar.CreateStatutory().AddWorkingDays(points["due"], 3);
        AlertWorld.MoveTo(World.Factory.Clock, thirdDayOverdue);
        await AlertWorld.SweepAsync(World.Factory);
        var overdue = (await AlertWorld.DeliveriesAsync(World.Factory, started.Report.Id)).Where(d => d.Point == $"overdue:{thirdDayOverdue:yyyy-MM-dd}").ToList();
        Assert.Equal(new[] { World.HandlerA.Id, World.HospitalHead.Id, World.Director.Id }.Order(), overdue.Select(d => d.UserId).Distinct().Order());

        // The e-mails name the case and the step, in Vietnamese, and never what the reporter wrote.
        var mails = AlertWorld.Decode(fixture.Smtp).Where(m => m.Subject.Contains(started.Report.CaseCode, StringComparison.Ordinal)).ToList();
        Assert.Contains(mails, m => m.To == AlertWorld.HandlerAMail && m.Subject.Contains("Thụ lý hoặc không thụ lý tố cáo", StringComparison.Ordinal));
        Assert.Contains(mails, m => m.To == AlertWorld.DirectorMail && m.Subject.Contains("quá hạn 3 ngày làm việc", StringComparison.Ordinal));
        Assert.All(AlertWorld.Decode(fixture.Smtp), m =>
        {
            Assert.DoesNotContain(secret, m.Body, StringComparison.Ordinal);
            Assert.DoesNotContain("Trần Quốc Bảo", m.Body + m.Subject + m.Raw, StringComparison.Ordinal);
            Assert.DoesNotContain("Phạm Thị Lan", m.Body + m.Subject + m.Raw, StringComparison.Ordinal);
        });

        // In the portal, each person has one notice per alert, linking to the case.
        await using var db = await World.DbAsync();
        var notices = await db.Notifications.Where(n => n.ReportId == started.Report.Id).ToListAsync();
        Assert.Equal(notices.Count, notices.Select(n => (n.UserId, n.DeliveryId)).Distinct().Count());
        var sentInApp = (await AlertWorld.DeliveriesAsync(World.Factory, started.Report.Id)).Count(d => d.Channel == DeliveryChannel.InApp && d.State == DeliveryState.Sent);
        Assert.Equal(sentInApp, notices.Count);
        var center = World.Factory.Services.GetRequiredService<NotificationCenter>();
        var latest = await center.LatestAsync(World.Director.Id, 50);
        Assert.Contains(latest, n => n.Link == $"/cases/{started.Report.Id}" && n.DaysOverdue == 3 && n.StepVi == "Thụ lý hoặc không thụ lý tố cáo");
        var unread = await center.UnreadCountAsync(World.Director.Id);
        await center.MarkReadAsync(World.Director.Id, null);
        Assert.True(unread > 0);
        Assert.Equal(0, await center.UnreadCountAsync(World.Director.Id));
    }

    [Fact]
    public async Task Sweep_NeverAlertsARecusedHead_WhenTheReportNamesSomeoneInTheirUnit()
    {
        // The nurse is named: her head is recused as her line manager, and the Director hears in the head's place.
        var started = await AlertWorld.StartCaseAsync(World, "Điều dưỡng thu thêm tiền ngoài quy định", persons: [CaseWorld.NurseName]);
        await using (var db = await World.DbAsync())
        {
            Assert.True(await World.Factory.Services.GetRequiredService<CaseGate>().IsRecusedAsync(db, started.Report.Id, World.HospitalHead.Id, CancellationToken.None));
        }

        var points = await AlertWorld.PointsAsync(World, started.ClockId);
        AlertWorld.MoveTo(World.Factory.Clock, points["due"]);
        await AlertWorld.SweepAsync(World.Factory);
        var thirdDayOverdue = WorkingCalendar.CreateStatutory().AddWorkingDays(points["due"], 3);
        AlertWorld.MoveTo(World.Factory.Clock, thirdDayOverdue);
        await AlertWorld.SweepAsync(World.Factory);

        var deliveries = await AlertWorld.DeliveriesAsync(World.Factory, started.Report.Id);
        Assert.DoesNotContain(deliveries, d => d.UserId == World.HospitalHead.Id);
        Assert.Contains(deliveries, d => d.Point == "due" && d.UserId == World.Director.Id);
        await using (var db = await World.DbAsync())
        {
            Assert.False(await db.Notifications.AnyAsync(n => n.UserId == World.HospitalHead.Id && n.ReportId == started.Report.Id));
            // Nor does the case appear in the head's digest.
            var digests = await db.LeaderDigests.Where(d => d.UserId == World.HospitalHead.Id).Select(d => d.Items).ToListAsync();
            Assert.All(digests, items => Assert.DoesNotContain(started.Report.CaseCode, items, StringComparison.Ordinal));
        }

        Assert.DoesNotContain(AlertWorld.Decode(fixture.Smtp),
            m => m.To == AlertWorld.HeadMail && (m.Body + m.Subject).Contains(started.Report.CaseCode, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Sweep_RaisesNothing_WhilePausedAndMovesPointsOnResume()
    {
        var started = await AlertWorld.StartCaseAsync(World, "Nhận quà biếu của nhà thầu thiết bị y tế");
        var handler = await AlertWorld.FreshAsync(World, World.HandlerA);
        Assert.Equal(CaseOutcome.Done, (await World.RunAsync(handler, started.Report.Id, CaseAction.Accept)).Outcome);
        await using var db = await World.DbAsync();
        var settle = await db.CaseClocks.SingleAsync(c => c.ReportId == started.Report.Id && c.RuleCode == RuleCodes.DenunciationSettle);
        var before = await AlertWorld.PointsAsync(World, settle.Id);
        Assert.Equal(CaseOutcome.Done, (await World.RunAsync(handler, started.Report.Id, CaseAction.Suspend)).Outcome);

        AlertWorld.MoveTo(World.Factory.Clock, before["80%"]);
        await AlertWorld.SweepAsync(World.Factory);
        Assert.DoesNotContain(await db.DeadlineAlerts.Where(a => a.ClockId == settle.Id).ToListAsync(), a => !a.Point.StartsWith("overdue", StringComparison.Ordinal));

        handler = await AlertWorld.FreshAsync(World, World.HandlerA);
        Assert.Equal(CaseOutcome.Done, (await World.RunAsync(handler, started.Report.Id, CaseAction.Resume)).Outcome);
        var after = await AlertWorld.PointsAsync(World, settle.Id);
        var resumed = await db.CaseClocks.AsNoTracking().SingleAsync(c => c.Id == settle.Id);
        Assert.Equal(resumed.DueOn, after["due"]);
        Assert.True(after["80%"] > before["80%"]);
    }
}
