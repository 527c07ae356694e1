using System.Text;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using MimeKit;
using Portal.Web.Features.Cases;
using Portal.Web.Features.Deadlines.Alerts;
using Portal.Web.Features.Intake;
using Portal.Web.Features.Keys;
using Portal.Web.IntegrationTests.Features.Cases;
using Portal.Web.IntegrationTests.Infrastructure;

namespace Portal.Web.IntegrationTests.Features.Deadlines.Alerts;

public sealed record AlertCase(Submitted Report, Guid ClockId);

public sealed record Mail(string To, string Subject, string Body, string MessageId, string Raw);

/// <summary>
/// The case world of <see cref="CaseWorld"/> with a hospital that handles its own reports (so its head and the
/// Director are two people in the chain), e-mail addresses for everyone, and SMTP pointed at a loopback port.
/// </summary>
public static class AlertWorld
{
    public const string HandlerAMail = "handler-a@soyte.example.vn";
    public const string HandlerBMail = "handler-b@soyte.example.vn";
    public const string HeadMail = "truong-bv@soyte.example.vn";
    public const string DirectorMail = "giam-doc@soyte.example.vn";

    public static PortalFactory WithSmtp(this PortalFactory factory, int port)
    {
        factory.Settings["SmtpOptions:Host"] = "127.0.0.1";
        factory.Settings["SmtpOptions:Port"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        factory.Settings["SmtpOptions:Security"] = "None";
        factory.Settings["SmtpOptions:FromAddress"] = "canh-bao@soyte.example.vn";
        factory.Settings["SmtpOptions:TimeoutSeconds"] = "5";
        factory.Settings["AlertOptions:PortalUrl"] = "https://liemchinh.soyte.example.vn";
        return factory;
    }

    public static async Task<CaseWorld> CreateAsync(PortalFactory factory)
    {
        var world = await CaseWorld.CreateAsync(factory);
        await using (var db = await world.DbAsync())
        {
            await db.Units.Where(u => u.Id == world.HospitalId).ExecuteUpdateAsync(u => u.SetProperty(x => x.ReceivesReports, true));
            foreach (var (person, mail) in new[] { (world.HandlerA, HandlerAMail), (world.HandlerB, HandlerBMail), (world.HospitalHead, HeadMail), (world.Director, DirectorMail) })
            {
                await db.Users.Where(u => u.Id == person.Id).ExecuteUpdateAsync(u => u.SetProperty(x => x.Email, mail));
            }
        }

        var inboxes = factory.Services.GetRequiredService<Inboxes>();
        Assert.Equal(GrantOutcome.Granted, await inboxes.CreateAsync(world.HospitalId, [world.HandlerA.Id, world.HandlerB.Id, world.HospitalHead.Id]));
        return world;
    }

    /// <summary>A fresh key session: the fake clock's jumps end idle sessions.</summary>
    public static async Task<Person> FreshAsync(CaseWorld world, Person person)
    {
        var (_, session) = await world.Factory.Services.GetRequiredService<KeyCustody>().UnlockAsync(person.Id, TestAccounts.Password);
        return person with { Session = session! };
    }

    /// <summary>An identified denunciation about the hospital, classified and assigned to handler A: its acceptance clock runs.</summary>
    public static async Task<AlertCase> StartCaseAsync(CaseWorld world, string what, string[]? persons = null)
    {
        var report = await world.SubmitAsync(what, persons, reporterName: "Phạm Thị Lan");
        var handler = await FreshAsync(world, world.HandlerA);
        Done(await world.RunAsync(handler, report.Id, CaseAction.Classify, c => c with { Track = ReportTrack.IdentifiedDenunciation }));
        Done(await world.RunAsync(handler, report.Id, CaseAction.Assign, c => c with { Assignees = [world.HandlerA.Id] }));
        await using var db = await world.DbAsync();
        Assert.Equal(world.HospitalId, (await db.Reports.SingleAsync(r => r.Id == report.Id)).ReceivingUnitId);
        var clock = await db.CaseClocks.SingleAsync(c => c.ReportId == report.Id && c.StoppedOn == null);
        return new AlertCase(report, clock.Id);
    }

    public static async Task<Dictionary<string, DateOnly>> PointsAsync(CaseWorld world, Guid clockId)
    {
        await using var db = await world.DbAsync();
        return await db.ClockAlertPoints.Where(p => p.ClockId == clockId).ToDictionaryAsync(p => p.Point, p => p.On);
    }

    /// <summary>Moves the fake clock forward to 10:00 Department time on the day (never back).</summary>
    public static void MoveTo(FakeTimeProvider clock, DateOnly day)
    {
        var target = new DateTimeOffset(day.ToDateTime(new TimeOnly(10, 0)), DepartmentDate.Offset);
        if (target > clock.GetUtcNow())
        {
            clock.SetUtcNow(target);
        }
    }

    /// <summary>Triggers the recurring sweep through the real Hangfire server and waits until it and every job it led to are done.</summary>
    public static async Task SweepAsync(PortalFactory factory)
    {
        var manager = factory.Services.GetRequiredService<IRecurringJobManagerV2>();
        var storage = factory.Services.GetRequiredService<JobStorage>();
        var jobId = manager.TriggerJob(AlertSweepJob.Id);
        await WaitAsync(() =>
        {
            using var connection = storage.GetConnection();
            var state = connection.GetStateData(jobId)?.Name;
            Assert.NotEqual("Failed", state);
            var stats = storage.GetMonitoringApi().GetStatistics();
            return Task.FromResult(state == "Succeeded" && stats.Enqueued == 0 && stats.Processing == 0);
        });
    }

    public static async Task WaitAsync(Func<Task<bool>> condition, int seconds = 45)
    {
        var until = DateTime.UtcNow.AddSeconds(seconds);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < until, "Timed out waiting for the background jobs.");
            await Task.Delay(100);
        }
    }

    /// <summary>The alert deliveries of a case: (point, person, channel, state).</summary>
    public static async Task<List<(string Point, Guid UserId, DeliveryChannel Channel, DeliveryState State, int Attempts, string? Error)>> DeliveriesAsync(
        PortalFactory factory, Guid reportId)
    {
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<Portal.Web.Data.PortalDbContext>>().CreateDbContextAsync();
        return (await (from d in db.AlertDeliveries
                       join a in db.DeadlineAlerts on d.AlertId equals a.Id
                       where a.ReportId == reportId
                       select new { a.Point, d.UserId, d.Channel, d.State, d.Attempts, d.LastError }).ToListAsync())
            .Select(x => (x.Point, x.UserId, x.Channel, x.State, x.Attempts, (string?)x.LastError)).ToList();
    }

    public static List<Mail> Decode(netDumbster.smtp.SimpleSmtpServer server) =>
        server.ReceivedEmail.Select(m =>
        {
            using var stream = new MemoryStream(Encoding.UTF8.GetBytes(m.Data));
            var message = MimeMessage.Load(stream);
            return new Mail(string.Join(",", message.To.Mailboxes.Select(x => x.Address)), message.Subject ?? "", message.TextBody ?? "", message.MessageId ?? "", m.Data);
        }).ToList();

    private static void Done(CaseResult result) => Assert.True(result.Outcome == CaseOutcome.Done, result.ToString());
}
