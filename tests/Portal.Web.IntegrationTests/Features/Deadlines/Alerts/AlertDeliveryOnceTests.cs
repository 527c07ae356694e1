using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using netDumbster.smtp;
using Portal.Web.Data;
using Portal.Web.Features.Deadlines.Alerts;
using Portal.Web.IntegrationTests.Infrastructure;

namespace Portal.Web.IntegrationTests.Features.Deadlines.Alerts;

/// <summary>
/// Exactly once across a restart and across two instances on one database, and retries while SMTP is down.
/// Each test owns a data folder that outlives the hosts it starts on it.
/// </summary>
public sealed class AlertDeliveryOnceTests : IDisposable
{
    private readonly string dataDirectory = Path.Combine(Path.GetTempPath(), "portal-tests", Guid.NewGuid().ToString("N"));
    private readonly FakeTimeProvider clock = new(DateTimeOffset.UtcNow);
    private readonly int port = Loopback.FreePort();
    private readonly string? database = TestDatabase.CreateShared();

    [Fact]
    public async Task Delivery_IsExactlyOnce_WhenHostStopsMidWayAndAnotherStartsOnTheSameFile()
    {
        using var smtp = SimpleSmtpServer.Start(port);
        var codes = new List<string>();
        var first = PortalFactory.On(dataDirectory, clock, database).WithSmtp(port);
        try
        {
            var world = await AlertWorld.CreateAsync(first);
            var cases = new List<AlertCase>();
            for (var i = 0; i < 4; i++)
            {
                cases.Add(await AlertWorld.StartCaseAsync(world, $"Thu tiền sai quy định, lần {i}"));
            }

            codes.AddRange(cases.Select(c => c.Report.CaseCode));
            AlertWorld.MoveTo(clock, (await AlertWorld.PointsAsync(world, cases[0].ClockId))["due"]);
            first.Services.GetRequiredService<Hangfire.IRecurringJobManagerV2>().TriggerJob(AlertSweepJob.Id);
            // Stop as soon as the outbox has rows: expansion and delivery are caught part-way.
            await AlertWorld.WaitAsync(async () => await CountAsync(first, db => db.DeadlineAlerts.CountAsync()) > 0);
        }
        finally
        {
            first.Dispose();
            HangfireQuiet.AfterHostDisposed();
        }

        using var second = PortalFactory.On(dataDirectory, clock, database).WithSmtp(port);
        // An attempt the stop interrupted holds its lease until it ends; then the sweep picks it up again.
        clock.Advance(TimeSpan.FromMinutes(6));
        await AlertWorld.SweepAsync(second);

        await AssertExactlyOnceAsync(second, smtp, codes);
    }

    [Fact]
    public async Task Delivery_IsExactlyOnce_WhenTwoInstancesSweepTheSameDatabaseAtOnce()
    {
        using var smtp = SimpleSmtpServer.Start(port);
        using var one = PortalFactory.On(dataDirectory, clock, database).WithSmtp(port);
        var world = await AlertWorld.CreateAsync(one);
        var cases = new List<AlertCase>();
        for (var i = 0; i < 4; i++)
        {
            cases.Add(await AlertWorld.StartCaseAsync(world, $"Lạm dụng chức vụ khi mua sắm, lần {i}"));
        }

        using var two = PortalFactory.On(dataDirectory, clock, database).WithSmtp(port);
        _ = two.Services;
        AlertWorld.MoveTo(clock, (await AlertWorld.PointsAsync(world, cases[0].ClockId))["due"]);
        await Task.WhenAll(AlertWorld.SweepAsync(one), AlertWorld.SweepAsync(two));
        await Task.WhenAll(AlertWorld.SweepAsync(two), AlertWorld.SweepAsync(one));

        await AssertExactlyOnceAsync(one, smtp, cases.Select(c => c.Report.CaseCode).ToList());
        // One digest per leader for the day, however many sweeps built it.
        var digests = await CountAsync(one, db => db.LeaderDigests.GroupBy(d => new { d.UserId, d.Day }).Select(g => g.Count()).MaxAsync());
        Assert.Equal(1, digests);
        var digestMails = AlertWorld.Decode(smtp).Where(m => m.Subject.Contains("Tổng hợp hằng ngày", StringComparison.Ordinal)).ToList();
        Assert.Equal(digestMails.Count, digestMails.Select(m => m.To).Distinct().Count());
        Assert.Contains(digestMails, m => m.To == AlertWorld.DirectorMail);
        HangfireQuiet.AfterHostDisposed();
    }

    [Fact]
    public async Task Delivery_RetriesVisiblyAndSendsOnce_WhenSmtpIsDownThenBack()
    {
        using var factory = PortalFactory.On(dataDirectory, clock, database).WithSmtp(port);
        var world = await AlertWorld.CreateAsync(factory);
        var started = await AlertWorld.StartCaseAsync(world, "Nhận tiền để xếp lịch mổ sớm");
        AlertWorld.MoveTo(clock, (await AlertWorld.PointsAsync(world, started.ClockId))["50%"]);

        await AlertWorld.SweepAsync(factory);
        clock.Advance(TimeSpan.FromMinutes(3));
        await AlertWorld.SweepAsync(factory);

        var failing = (await AlertWorld.DeliveriesAsync(factory, started.Report.Id)).Single(d => d.Channel == DeliveryChannel.Email);
        Assert.Equal(DeliveryState.Pending, failing.State);
        Assert.Equal(2, failing.Attempts);
        Assert.False(string.IsNullOrEmpty(failing.Error));
        var shown = await factory.Services.GetRequiredService<DeliveryAdministration>().ListAsync(problemsOnly: true);
        Assert.Contains(shown, r => r.CaseCode == started.Report.CaseCode && r.Channel == DeliveryChannel.Email && r.Attempts == 2 && r.LastError is not null);
        Assert.Contains((await AlertWorld.DeliveriesAsync(factory, started.Report.Id)), d => d.Channel == DeliveryChannel.InApp && d.State == DeliveryState.Sent);

        using var smtp = SimpleSmtpServer.Start(port);
        clock.Advance(TimeSpan.FromMinutes(5));
        await AlertWorld.SweepAsync(factory);
        clock.Advance(TimeSpan.FromMinutes(10));
        await AlertWorld.SweepAsync(factory);

        var sent = (await AlertWorld.DeliveriesAsync(factory, started.Report.Id)).Single(d => d.Channel == DeliveryChannel.Email);
        Assert.Equal(DeliveryState.Sent, sent.State);
        Assert.Equal(3, sent.Attempts);
        Assert.Single(AlertWorld.Decode(smtp), m => m.Subject.Contains(started.Report.CaseCode, StringComparison.Ordinal));
        HangfireQuiet.AfterHostDisposed();
    }

    private static async Task AssertExactlyOnceAsync(PortalFactory factory, SimpleSmtpServer smtp, IReadOnlyList<string> codes)
    {
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        var deliveries = await db.AlertDeliveries.Where(d => d.AlertId != null).ToListAsync();
        Assert.NotEmpty(deliveries);
        Assert.All(deliveries, d => Assert.Equal(DeliveryState.Sent, d.State));
        Assert.All(await db.DeadlineAlerts.ToListAsync(), a => Assert.True(a.Expanded));
        Assert.Equal(deliveries.Count(d => d.Channel == DeliveryChannel.InApp), await db.Notifications.CountAsync(n => n.Kind == NotificationKind.Alert));

        var mails = AlertWorld.Decode(smtp).Where(m => codes.Any(c => m.Subject.Contains(c, StringComparison.Ordinal))).ToList();
        Assert.Equal(deliveries.Count(d => d.Channel == DeliveryChannel.Email), mails.Count);
        Assert.Equal(mails.Count, mails.Select(m => m.MessageId).Distinct().Count());
        // Every case's due-day alert reached its handler and its head once each.
        foreach (var code in codes)
        {
            Assert.Single(mails, m => m.To == AlertWorld.HandlerAMail && m.Subject.Contains(code, StringComparison.Ordinal));
            Assert.Single(mails, m => m.To == AlertWorld.HeadMail && m.Subject.Contains(code, StringComparison.Ordinal));
        }
    }

    private static async Task<T> CountAsync<T>(PortalFactory factory, Func<PortalDbContext, Task<T>> query)
    {
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        return await query(db);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        TestDatabase.DropShared(database);
        try
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // Litter in the temp folder only.
        }
    }
}
