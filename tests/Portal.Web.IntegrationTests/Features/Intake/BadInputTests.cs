using System.Net;
using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;
using Portal.Web.IntegrationTests.Infrastructure;

namespace Portal.Web.IntegrationTests.Features.Intake;

/// <summary>Misuse of the channel: each gets a clear answer, nothing half-stored, nothing crashes.</summary>
public sealed class BadInputTests(BadInputTests.SmallLimits fixture) : IClassFixture<BadInputTests.SmallLimits>
{
    public sealed class SmallLimits : IAsyncLifetime
    {
        public PortalFactory Factory { get; } = new();

        public async Task InitializeAsync()
        {
            Factory.Settings["Portal:Intake:MaxFileBytes"] = "4096";
            Factory.Settings["Portal:Intake:MaxReportBytes"] = "6000";
            await IntakeWorld.CreateAsync(Factory);
        }

        public Task DisposeAsync()
        {
            Factory.Dispose();
            return Task.CompletedTask;
        }
    }

    private PortalFactory Factory => fixture.Factory;

    private static readonly Dictionary<string, string> Details = new()
    {
        ["Details.Channel"] = "Petition", ["Details.WhatHappened"] = "Thủ tục cấp giấy chứng nhận bị kéo dài bất thường.",
    };

    private async Task<(int Reports, int Files)> CountAsync()
    {
        await using var db = await Factory.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        var folder = Path.Combine(Factory.DataDirectory, "attachments");
        return (await db.Reports.CountAsync(), Directory.Exists(folder) ? Directory.GetFiles(folder).Length : 0);
    }

    [Fact]
    public async Task DoubleSubmit_CreatesOneReport_AndBothAnswersShowTheSameReceipt()
    {
        var client = Factory.CreateBrowserlessClient();
        var review = await IntakeWorld.ReviewAsync(client, Details);
        var before = await CountAsync();

        var answers = await Task.WhenAll(IntakeWorld.SendAsync(client, review), IntakeWorld.SendAsync(client, review));

        var receipts = await Task.WhenAll(answers.Select(async a => IntakeWorld.Receipt(WebUtility.HtmlDecode(await a.Content.ReadAsStringAsync()))));
        Assert.NotNull(receipts[0]);
        Assert.Equal(receipts[0], receipts[1]);
        Assert.Equal(before.Reports + 1, (await CountAsync()).Reports);
    }

    [Fact]
    public async Task OversizedFile_IsRefusedByName_AndNothingIsStored()
    {
        var client = Factory.CreateBrowserlessClient();
        var before = await CountAsync();

        var sent = await IntakeWorld.SendAsync(client, await IntakeWorld.ReviewAsync(client, Details),
            ("nho.txt", new byte[100]), ("qua-lon.bin", new byte[5000]));
        var page = WebUtility.HtmlDecode(await sent.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, sent.StatusCode);
        Assert.Contains("qua-lon.bin", page, StringComparison.Ordinal);
        Assert.Contains("Chưa có gì được lưu", page, StringComparison.Ordinal);
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task HostileFileNames_AreCleaned_BeforeAnyoneSeesThem()
    {
        var client = Factory.CreateBrowserlessClient();

        var sent = await IntakeWorld.SendAsync(client, await IntakeWorld.ReviewAsync(client, Details),
            ("../../etc/passwd", new byte[10]), ("hoa-don\u202Etxt.exe", new byte[10]));
        var page = WebUtility.HtmlDecode(await sent.Content.ReadAsStringAsync());

        Assert.NotNull(IntakeWorld.Receipt(page));
        Assert.DoesNotContain("../", page, StringComparison.Ordinal);
        Assert.DoesNotContain("\u202E", page, StringComparison.Ordinal);
        Assert.Contains("passwd", page, StringComparison.Ordinal);
        Assert.Contains("hoa-dontxt.exe", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InterruptedUpload_LeavesNoReportAndNoFile()
    {
        var client = Factory.CreateBrowserlessClient();
        var review = await IntakeWorld.ReviewAsync(client, Details);
        var before = await CountAsync();

        await Assert.ThrowsAnyAsync<Exception>(() => IntakeWorld.SendContentAsync(client, review, ("cat-ngang.bin", (HttpContent)new BrokenContent())));

        await Task.Delay(200);
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task ExpiredPage_IsExplained_WhenAntiforgeryCookieIsGone()
    {
        var client = Factory.CreateBrowserlessClient();
        var review = await IntakeWorld.ReviewAsync(client, Details);
        var fresh = Factory.CreateBrowserlessClient();

        var sent = await IntakeWorld.SendAsync(fresh, review);

        Assert.Equal(HttpStatusCode.BadRequest, sent.StatusCode);
        Assert.Contains("hết hạn", WebUtility.HtmlDecode(await sent.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    /// <summary>A body that fails half-way, as when a reporter's connection drops during an upload.</summary>
    private sealed class BrokenContent : HttpContent
    {
        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            await stream.WriteAsync(new byte[3000]);
            await stream.FlushAsync();
            throw new IOException("connection lost");
        }

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
