using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using netDumbster.smtp;
using Portal.Web.Data;
using Portal.Web.Features.Deadlines.Alerts;
using Portal.Web.IntegrationTests.Features.Deadlines.Alerts;
using Portal.Web.IntegrationTests.Infrastructure;

namespace Portal.Web.IntegrationTests.Features.Deadlines.Duties;

/// <summary>Two portal nodes sweeping one database at once raise, expand and deliver each duty alert exactly once.</summary>
public sealed class DutyAlertOnceTests : IDisposable
{
    private readonly string dataDirectory = Path.Combine(Path.GetTempPath(), "portal-tests", Guid.NewGuid().ToString("N"));
    private readonly FakeTimeProvider clock = new(DateTimeOffset.UtcNow);
    private readonly int port = Loopback.FreePort();
    private readonly string? database = TestDatabase.CreateShared();

    [Fact]
    public async Task DutyAlerts_AreDeliveredOnce_WhenTwoInstancesSweepTheSameDatabaseAtOnce()
    {
        using var smtp = SimpleSmtpServer.Start(port);
        using var one = PortalFactory.On(dataDirectory, clock, database).WithSmtp(port);
        var world = await AlertWorld.CreateAsync(one);
        var owner = await DutyWorld.OwnerAsync(world);
        var labels = new List<string>();
        var duties = new List<Guid>();
        for (var i = 0; i < 4; i++)
        {
            labels.Add($"QT-2026-01{i}");
            duties.Add((await DutyWorld.TrackGiftAsync(one, owner, world.HospitalId, labels[^1])).Id);
        }

        using var two = PortalFactory.On(dataDirectory, clock, database).WithSmtp(port);
        _ = two.Services;
        AlertWorld.MoveTo(clock, (await DutyWorld.PointsAsync(one, duties[0]))["due"]);
        await Task.WhenAll(AlertWorld.SweepAsync(one), AlertWorld.SweepAsync(two));
        await Task.WhenAll(AlertWorld.SweepAsync(two), AlertWorld.SweepAsync(one));

        await using var db = await one.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        var alerts = await db.DeadlineAlerts.Where(a => a.DutyId != null).ToListAsync();
        Assert.Equal(duties.Order(), alerts.Select(a => a.DutyId!.Value).Order());
        Assert.All(alerts, a => Assert.True(a.Expanded));
        var deliveries = await db.AlertDeliveries.Where(d => alerts.Select(a => a.Id).Contains(d.AlertId!.Value)).ToListAsync();
        Assert.All(deliveries, d => Assert.Equal(DeliveryState.Sent, d.State));
        Assert.Equal(deliveries.Count(d => d.Channel == DeliveryChannel.InApp), await db.Notifications.CountAsync(n => n.DutyId != null));

        var mails = AlertWorld.Decode(smtp).Where(m => labels.Any(l => m.Subject.Contains(l, StringComparison.Ordinal))).ToList();
        Assert.Equal(deliveries.Count(d => d.Channel == DeliveryChannel.Email), mails.Count);
        foreach (var label in labels)
        {
            Assert.Single(mails, m => m.To == DutyWorld.OwnerMail && m.Subject.Contains(label, StringComparison.Ordinal));
            Assert.Single(mails, m => m.To == AlertWorld.HeadMail && m.Subject.Contains(label, StringComparison.Ordinal));
        }

        HangfireQuiet.AfterHostDisposed();
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
