using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using netDumbster.smtp;
using Portal.Web.Data;
using Portal.Web.Features.Deadlines.Alerts;
using Portal.Web.IntegrationTests.Features.Cases;
using Portal.Web.IntegrationTests.Features.Deadlines.Alerts;
using Portal.Web.IntegrationTests.Infrastructure;

namespace Portal.Web.IntegrationTests.Faults;

/// <summary>
/// The portal process is killed (SIGKILL) four times in a row while it works through due clocks: inside the
/// sweep's transaction, in the middle of expanding alerts, while a delivery is claimed, and after the SMTP server
/// accepted an e-mail but before its row says so. Each kill lands on an exact line (<c>Portal:FaultHold</c>), one
/// Hangfire worker makes the order of the jobs fixed. After a restart every alert exists once, every person hears
/// once per channel, nothing is lost, and the only e-mail that arrives twice is the one the last kill interrupted,
/// with the same Message-Id (ADR 0006 accepts that window).
/// </summary>
public sealed class KilledSweepTests : IDisposable
{
    private const int Cases = 6;
    private readonly string dataDirectory = Path.Combine(Path.GetTempPath(), "portal-tests", "sweep-kill-" + Guid.NewGuid().ToString("N"));
    private readonly FakeTimeProvider clock = new(DateTimeOffset.UtcNow);
    private readonly int port = Loopback.FreePort();
    private readonly string? database = TestDatabase.CreateShared();

    [Fact]
    public async Task Kill_DuringSweepExpansionAndDelivery_LosesNothingAndDuplicatesNothing_AfterRestart()
    {
        using var smtp = SimpleSmtpServer.Start(port);
        var (world, codes) = await SeedDueClocksAsync();

        await KillAtAsync("alerts.sweep.raised");
        // The sweep's transaction died with the process: no alert, and every due point is still there to raise.
        Assert.Equal(0, await CountAsync("SELECT COUNT(*) FROM \"DeadlineAlerts\""));

        await KillAtAsync("alerts.expansion.written@3");
        Assert.Equal(Cases, await CountAsync("SELECT COUNT(*) FROM \"DeadlineAlerts\""));
        Assert.Equal(2, await CountAsync("SELECT COUNT(*) FROM \"DeadlineAlerts\" WHERE \"Expanded\" = TRUE"));
        // The third expansion's deliveries were rolled back with its claim; the two before it committed whole.
        Assert.Equal(0, await CountAsync(
            "SELECT COUNT(*) FROM \"AlertDeliveries\" d JOIN \"DeadlineAlerts\" a ON a.\"Id\" = d.\"AlertId\" WHERE a.\"Expanded\" = FALSE"));

        await KillAtAsync("alerts.delivery.claimed@5");
        Assert.True(await CountAsync($"SELECT COUNT(*) FROM \"AlertDeliveries\" WHERE \"AlertId\" IS NOT NULL AND \"State\" = {(int)DeliveryState.Sent}") > 0);
        Assert.True(await CountAsync($"SELECT COUNT(*) FROM \"AlertDeliveries\" WHERE \"AlertId\" IS NOT NULL AND \"State\" = {(int)DeliveryState.Pending}") > 0);

        var mailsBefore = smtp.ReceivedEmailCount;
        await KillAtAsync($"alerts.delivery.sent.{DeliveryChannel.Email}@2");
        Assert.True(smtp.ReceivedEmailCount > mailsBefore);
        // The e-mail in flight: claimed, accepted by the SMTP server, its row still pending.
        var inFlight = await CountAsync(
            $"SELECT MIN(\"Id\") FROM \"AlertDeliveries\" WHERE \"Channel\" = {(int)DeliveryChannel.Email} AND \"State\" = {(int)DeliveryState.Pending} AND \"Attempts\" > 0");
        Assert.Equal(1, await CountAsync(
            $"SELECT COUNT(*) FROM \"AlertDeliveries\" WHERE \"Channel\" = {(int)DeliveryChannel.Email} AND \"State\" = {(int)DeliveryState.Pending} AND \"Attempts\" > 0"));
        var interrupted = $"delivery-{inFlight}@127.0.0.1";
        Assert.Contains(AlertWorld.Decode(smtp), m => m.MessageId == interrupted);

        // The restart, in-process on the same storage, once the leases of the killed attempts have run out.
        clock.SetUtcNow(DateTimeOffset.UtcNow.AddMinutes(6));
        using var restarted = PortalFactory.On(dataDirectory, clock, database).WithSmtp(port);
        await SweepUntilSettledAsync(restarted);

        await using var db = await restarted.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        var alerts = await db.DeadlineAlerts.ToListAsync();
        Assert.Equal(Cases, alerts.Count);
        Assert.Equal(Cases, alerts.Select(a => a.ClockId).Distinct().Count());
        Assert.All(alerts, a => Assert.Equal("due", a.Point));
        var deliveries = await db.AlertDeliveries.Where(d => d.AlertId != null).ToListAsync();
        Assert.All(deliveries, d => Assert.Equal(DeliveryState.Sent, d.State));
        // Each alert reached the handler and the hospital's head once on each channel, and no one else.
        foreach (var alert in alerts)
        {
            var mine = deliveries.Where(d => d.AlertId == alert.Id).Select(d => (d.UserId, d.Channel)).Order().ToList();
            Assert.Equal(new[] { world.HandlerA.User.Id, world.HospitalHead.User.Id }
                .SelectMany(u => new[] { (u, DeliveryChannel.InApp), (u, DeliveryChannel.Email) }).Order(), mine);
        }

        var notices = await db.Notifications.Where(n => n.Kind == NotificationKind.Alert).Select(n => n.DeliveryId).ToListAsync();
        Assert.Equal(deliveries.Where(d => d.Channel == DeliveryChannel.InApp).Select(d => d.Id).Order(), notices.Order());

        var mails = AlertWorld.Decode(smtp).Where(m => codes.Any(c => m.Subject.Contains(c, StringComparison.Ordinal))).ToList();
        var expected = deliveries.Where(d => d.Channel == DeliveryChannel.Email).Select(d => $"delivery-{d.Id}@127.0.0.1").Order().ToList();
        Assert.Equal(expected, mails.Select(m => m.MessageId).Distinct().Order());
        var twice = Assert.Single(mails.GroupBy(m => m.MessageId), g => g.Count() > 1);
        Assert.Equal(interrupted, twice.Key);
        Assert.Equal(2, twice.Count());
        foreach (var code in codes)
        {
            Assert.Contains(mails, m => m.To == AlertWorld.HandlerAMail && m.Subject.Contains(code, StringComparison.Ordinal));
            Assert.Contains(mails, m => m.To == AlertWorld.HeadMail && m.Subject.Contains(code, StringComparison.Ordinal));
        }

        if (!TestDatabase.IsPostgreSql)
        {
            Assert.Equal("ok", (await db.Database.SqlQueryRaw<string>("PRAGMA integrity_check").ToListAsync()).Single());
        }

        HangfireQuiet.AfterHostDisposed();
    }

    /// <summary>Cases whose acceptance clocks are all at their due day today, by the real clock the child process reads.</summary>
    private async Task<(CaseWorld World, List<string> Codes)> SeedDueClocksAsync()
    {
        var setup = PortalFactory.On(dataDirectory, clock, database).WithSmtp(port);
        var world = await AlertWorld.CreateAsync(setup);
        var codes = new List<string>();
        for (var i = 0; i < Cases; i++)
        {
            codes.Add((await AlertWorld.StartCaseAsync(world, $"Thu tiền ngoài quy định khi cấp giấy, lần {i}")).Report.CaseCode);
        }

        setup.Dispose();
        HangfireQuiet.AfterHostDisposed();
        // Made due only once no portal runs: a recurring sweep of the set-up host must not raise them first.
        // 50%, 80% and the due day are reached; the overdue points (+1, +3) are not.
        var today = DepartmentDate.Of(DateTimeOffset.UtcNow);
        Assert.Equal(Cases, await ExecuteAsync(
            "UPDATE \"ClockAlertPoints\" SET \"On\" = @today WHERE \"Point\" = 'due'", database is null ? today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : today));
        await ExecuteAsync("UPDATE \"ClockAlertPoints\" SET \"On\" = @today WHERE \"Point\" IN ('50%', '80%')",
            database is null ? today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : today);
        Assert.Equal(0, await CountAsync("SELECT COUNT(*) FROM \"DeadlineAlerts\""));
        return (world, codes);
    }

    /// <summary>Starts the built portal on the storage, lets it sweep at start, and kills it when it reaches the point.</summary>
    private async Task KillAtAsync(string point)
    {
        await using var portal = await ServingPortal.StartAsync(dataDirectory, database, demo: false, new Dictionary<string, string>
        {
            ["Portal:FaultHold"] = point, ["Portal:Jobs:WorkerCount"] = "1",
            ["SmtpOptions:Host"] = "127.0.0.1", ["SmtpOptions:Port"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["SmtpOptions:Security"] = "None", ["SmtpOptions:FromAddress"] = "canh-bao@soyte.example.vn", ["SmtpOptions:TimeoutSeconds"] = "5",
        });
        await portal.WaitForOutputAsync("FAULT HOLD " + point.Split('@')[0], TimeSpan.FromSeconds(60));
        await portal.KillAsync();
    }

    /// <summary>
    /// Sweeps until nothing is left to do. Waits on the tables, not on Hangfire's counters: on PostgreSQL the killed
    /// processes' jobs stay "processing" in the shared queue until their invisibility timeout.
    /// </summary>
    private static async Task SweepUntilSettledAsync(PortalFactory portal)
    {
        var contexts = portal.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>();
        var manager = portal.Services.GetRequiredService<Hangfire.IRecurringJobManagerV2>();
        manager.TriggerJob(AlertSweepJob.Id);
        await AlertWorld.WaitAsync(async () =>
        {
            await using var db = await contexts.CreateDbContextAsync();
            return !await db.DeadlineAlerts.AnyAsync(a => !a.Expanded) && !await db.AlertDeliveries.AnyAsync(d => d.State == DeliveryState.Pending);
        }, seconds: 60);
    }

    private async Task<int> ExecuteAsync(string sql, object today)
    {
        await using System.Data.Common.DbConnection connection = database is null
            ? new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(dataDirectory, "portal.db")};Pooling=False")
            : new Npgsql.NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var parameter = command.CreateParameter();
        parameter.ParameterName = "today";
        parameter.Value = today;
        command.Parameters.Add(parameter);
        return await command.ExecuteNonQueryAsync();
    }

    private async Task<long> CountAsync(string sql)
    {
        await using System.Data.Common.DbConnection connection = database is null
            ? new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(dataDirectory, "portal.db")};Pooling=False")
            : new Npgsql.NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
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
