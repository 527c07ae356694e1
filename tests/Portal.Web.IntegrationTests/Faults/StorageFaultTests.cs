using System.Net;
using System.Security.Cryptography;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;
using Portal.Web.Features.Audit;
using Portal.Web.IntegrationTests.Features.Intake;
using Portal.Web.IntegrationTests.Infrastructure;

namespace Portal.Web.IntegrationTests.Faults;

/// <summary>
/// The storage under the portal misbehaves while a reporter sends: another writer holds the SQLite file, or the disk
/// is full. A short lock is waited out; a long one, or a full disk, is a plain refusal that keeps what the reporter
/// wrote on the page and stores nothing, and the same page sends once the fault is gone.
/// </summary>
public sealed class StorageFaultTests
{
    private const string What = "Thủ kho khoa Dược bán thuốc ra ngoài";
    private const string BusyVi = "Cơ sở dữ liệu của Cổng đang bận nên báo cáo của bạn CHƯA được gửi";
    private const string FullVi = "Máy chủ của Cổng tạm thời hết chỗ lưu trữ nên báo cáo của bạn CHƯA được gửi";
    private const string FullEn = "The portal's server has run out of storage space for now, so your report has NOT been sent";

    [SqliteOnlyFact("SQLite's file lock: PostgreSQL queues writers instead of refusing them")]
    public async Task Submit_WaitsAndStores_WhenAnotherWriterReleasesTheDatabaseInTime()
    {
        using var factory = new PortalFactory();
        factory.Settings["Portal:Database:BusyTimeoutSeconds"] = "20";
        await IntakeWorld.CreateAsync(factory);
        var client = factory.CreateBrowserlessClient();
        var review = await IntakeWorld.ReviewAsync(client, Details());

        Task<HttpResponseMessage> sending;
        await using (var holder = await HoldWriteLockAsync(factory))
        {
            sending = IntakeWorld.SendAsync(client, review, ("so-kho.txt", "Sổ kho tháng 9"u8.ToArray()));
            // A backup or a long transaction elsewhere, for a moment: the send waits behind it.
            await Task.Delay(1500);
            Assert.False(sending.IsCompleted);
        }

        var sent = await sending;
        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        Assert.NotNull(IntakeWorld.Receipt(await sent.Content.ReadAsStringAsync()));
        await AssertStoredAsync(factory, reports: 1);
    }

    [SqliteOnlyFact("SQLite's file lock: PostgreSQL queues writers instead of refusing them")]
    public async Task Submit_IsRefusedPlainlyAndStoresNothing_WhenAnotherWriterHoldsTheDatabaseTooLong()
    {
        using var factory = new PortalFactory();
        factory.Settings["Portal:Database:BusyTimeoutSeconds"] = "2";
        await IntakeWorld.CreateAsync(factory);
        var client = factory.CreateBrowserlessClient();
        var review = await IntakeWorld.ReviewAsync(client, Details());

        HttpResponseMessage refused;
        await using (var holder = await HoldWriteLockAsync(factory))
        {
            refused = await IntakeWorld.SendAsync(client, review, ("so-kho.txt", "Sổ kho tháng 9"u8.ToArray()));
        }

        var page = await AssertRefusedAsync(refused, BusyVi);
        await AssertStoredAsync(factory, reports: 0);

        // The refusal is the review page again: sending it once the lock is gone stores the report.
        var again = await IntakeWorld.SendAsync(client, page, ("so-kho.txt", "Sổ kho tháng 9"u8.ToArray()));
        Assert.NotNull(IntakeWorld.Receipt(await again.Content.ReadAsStringAsync()));
        await AssertStoredAsync(factory, reports: 1);
    }

    [Fact]
    public async Task Submit_IsRefusedPlainlyAndStoresNothing_WhenTheDiskFillsDuringAnUpload()
    {
        using var disk = SmallDisk.Mount(megabytes: 48);
        using var factory = PortalFactory.On(Path.Combine(disk.Path, "data"));
        await IntakeWorld.CreateAsync(factory);
        var client = factory.CreateBrowserlessClient();
        var review = await IntakeWorld.ReviewAsync(client, Details());
        var contract = RandomNumberGenerator.GetBytes(4 * 1024 * 1024);

        // Full before the very first report, when the receipt key file is still to be written: refused, and no
        // half-written key is left to make every later start fail.
        disk.Fill();
        var page = await AssertRefusedAsync(await IntakeWorld.SendAsync(client, review, ("hop-dong.txt", contract)), FullVi);
        disk.Release();
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(factory.DataDirectory, "keys"), "*.tmp"));
        await AssertStoredAsync(factory, reports: 0);

        disk.Fill(freeBytes: 512 * 1024);
        page = await AssertRefusedAsync(await IntakeWorld.SendAsync(client, page, ("hop-dong.txt", contract)), FullVi);
        await AssertStoredAsync(factory, reports: 0);
        await AssertRefusedAsync(
            await IntakeWorld.SendContentToAsync(client, "/report/send?culture=en", page, ("hop-dong.txt", new ByteArrayContent(contract))), FullEn);
        await AssertStoredAsync(factory, reports: 0);

        disk.Release();
        var sent = await IntakeWorld.SendAsync(client, page, ("hop-dong.txt", contract));
        Assert.NotNull(IntakeWorld.Receipt(await sent.Content.ReadAsStringAsync()));
        await AssertStoredAsync(factory, reports: 1);
    }

    [SqliteOnlyFact("the SQLite file on a full disk; PostgreSQL's disk is the server's")]
    public async Task Submit_IsRefusedPlainlyAndStoresNothing_WhenTheDatabaseDiskIsFull()
    {
        using var disk = SmallDisk.Mount(megabytes: 48);
        using var factory = PortalFactory.On(Path.Combine(disk.Path, "data"));
        await IntakeWorld.CreateAsync(factory);
        var client = factory.CreateBrowserlessClient();
        // A first report writes the key files; the second meets the full disk in the database alone.
        Assert.NotNull(IntakeWorld.Receipt(await (await IntakeWorld.SendAsync(client, await IntakeWorld.ReviewAsync(client, Details()))).Content.ReadAsStringAsync()));
        var review = await IntakeWorld.ReviewAsync(client, Details());
        await using (var db = await factory.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync())
        {
            // An empty write-ahead log, so that the report's transaction needs new space on the disk.
            await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE)");
        }

        disk.Fill();
        var page = await AssertRefusedAsync(await IntakeWorld.SendAsync(client, review), FullVi);
        disk.Release();
        await AssertStoredAsync(factory, reports: 1);

        var sent = await IntakeWorld.SendAsync(client, page);
        Assert.NotNull(IntakeWorld.Receipt(await sent.Content.ReadAsStringAsync()));
        await AssertStoredAsync(factory, reports: 2);
    }

    private static Dictionary<string, string> Details() => new()
    {
        ["Details.Channel"] = "GiftBribeAbuse", ["Details.WhatHappened"] = What,
    };

    /// <summary>A second, real connection to the portal's file that takes the write lock (what a long transaction does).</summary>
    private static async Task<SqliteConnection> HoldWriteLockAsync(PortalFactory factory)
    {
        var connection = new SqliteConnection($"Data Source={Path.Combine(factory.DataDirectory, "portal.db")};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "BEGIN IMMEDIATE;";
        await command.ExecuteNonQueryAsync();
        return connection;
    }

    private static async Task<string> AssertRefusedAsync(HttpResponseMessage response, string message)
    {
        var page = await response.Content.ReadAsStringAsync();
        var text = WebUtility.HtmlDecode(page);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains(message, text, StringComparison.Ordinal);
        // What the reporter wrote is still there to send again, and nothing of the fault's inner workings shows.
        Assert.Contains(What, text, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", text, StringComparison.Ordinal);
        Assert.DoesNotContain("SQLite", text, StringComparison.OrdinalIgnoreCase);
        return page;
    }

    /// <summary>Exactly this many reports, every attachment file named by a row and none half-written, and an intact audit chain.</summary>
    private static async Task AssertStoredAsync(PortalFactory factory, int reports)
    {
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        Assert.Equal(reports, await db.Reports.CountAsync());
        var referenced = await db.ReportAttachments.Select(a => a.StoredName).ToListAsync();
        var folder = Path.Combine(factory.DataDirectory, "attachments");
        var files = Directory.Exists(folder) ? Directory.EnumerateFiles(folder).Select(f => Path.GetFileName(f)!).ToList() : [];
        Assert.Equal(referenced.Order(), files.Order());
        if (!TestDatabase.IsPostgreSql)
        {
            Assert.Equal("ok", (await db.Database.SqlQueryRaw<string>("PRAGMA integrity_check").ToListAsync()).Single());
        }

        Assert.True((await factory.Services.GetRequiredService<AuditLog>().VerifyAsync()).Intact);
    }
}
