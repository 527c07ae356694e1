using System.Net;
using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;
using Portal.Web.IntegrationTests.Infrastructure;

namespace Portal.Web.IntegrationTests.Features.Intake;

public sealed class SubmitReportTests(IntakeFixture fixture) : IClassFixture<IntakeFixture>
{
    private PortalFactory Factory => fixture.Factory;

    private static Dictionary<string, string> Details(string what = "Bác sĩ khoa Nội nhận phong bì của người nhà bệnh nhân.") => new()
    {
        ["Details.Channel"] = "Denunciation",
        ["Details.WhatHappened"] = what,
        ["Details.When"] = "Tháng 10/2026",
        ["Details.Persons[0].Name"] = "Nguyễn Văn A",
        ["Details.Persons[0].Position"] = "Bác sĩ",
    };

    [Fact]
    public async Task Submit_ShowsReceiptOnce_AndMailboxOpensWithIt()
    {
        var client = Factory.CreateBrowserlessClient();
        var review = await IntakeWorld.ReviewAsync(client, Details());
        Assert.Contains("Bác sĩ khoa Nội nhận phong bì", WebUtility.HtmlDecode(review), StringComparison.Ordinal);

        var sent = await IntakeWorld.SendAsync(client, review, ("bang-chung.txt", "nội dung tệp"u8.ToArray()));
        var page = WebUtility.HtmlDecode(await sent.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        var receipt = IntakeWorld.Receipt(page);
        Assert.NotNull(receipt);
        Assert.Matches("^[0-9A-Z]{4}(-[0-9A-Z]{4}){4}$", receipt);
        Assert.Contains("bang-chung.txt", page, StringComparison.Ordinal);

        var mailbox = await client.PostToAsync("/follow-up", "/follow-up/open",
            new Dictionary<string, string> { ["receipt"] = receipt.ToLowerInvariant().Replace("-", " ", StringComparison.Ordinal) });
        var box = WebUtility.HtmlDecode(await mailbox.Content.ReadAsStringAsync());
        Assert.Contains("Bác sĩ khoa Nội nhận phong bì", box, StringComparison.Ordinal);
        Assert.Contains("Nguyễn Văn A", box, StringComparison.Ordinal);
        Assert.Contains("bang-chung.txt", box, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mailbox_ShowsStatutoryDecisionDate_WhenReporterGaveIdentity()
    {
        var client = Factory.CreateBrowserlessClient();
        var details = Details();
        details["Details.FullName"] = "Phạm Thị D";
        var sent = await IntakeWorld.SendAsync(client, await IntakeWorld.ReviewAsync(client, details));
        var receipt = IntakeWorld.Receipt(WebUtility.HtmlDecode(await sent.Content.ReadAsStringAsync()))!;

        var box = WebUtility.HtmlDecode(await (await client.PostToAsync("/follow-up", "/follow-up/open", new Dictionary<string, string> { ["receipt"] = receipt })).Content.ReadAsStringAsync());

        var due = System.Text.RegularExpressions.Regex.Match(box, "id=\"due-date\">([^<]+)<");
        Assert.True(due.Success, box);
        Assert.Contains("Thụ lý hoặc không thụ lý tố cáo", due.Groups[1].Value, StringComparison.Ordinal);
        Assert.Contains("Điều 24 khoản 1", box, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConcurrentSubmissions_GetDistinctCaseNumbers_AndAllAreStored()
    {
        var submission = Factory.Services.GetRequiredService<Portal.Web.Features.Intake.IntakeSubmission>();
        var draft = new Portal.Web.Features.Intake.ReportDraft { Content = new Portal.Web.Features.Intake.ReportContent { WhatHappened = "song song" } };
        var pending = new List<Portal.Web.Features.Intake.PendingReport>();
        for (var i = 0; i < 10; i++)
        {
            pending.Add((await submission.BeginAsync(draft, CancellationToken.None)).Report!);
        }

        var codes = await Task.WhenAll(pending.Select(p => Task.Run(() => p.CommitAsync(CancellationToken.None))));

        Assert.Equal(10, codes.Distinct().Count());
        foreach (var p in pending)
        {
            await p.DisposeAsync();
        }
    }

    [Fact]
    public async Task Submit_StoresOneRowAndOneEncryptedFile_PerReport()
    {
        var client = Factory.CreateBrowserlessClient();
        await using var db = await Factory.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        var before = await db.Reports.CountAsync();

        var sent = await IntakeWorld.SendAsync(client, await IntakeWorld.ReviewAsync(client, Details()), ("a.pdf", new byte[10_000]));

        Assert.True(sent.StatusCode == HttpStatusCode.OK, WebUtility.HtmlDecode(await sent.Content.ReadAsStringAsync()));
        Assert.Equal(before + 1, await db.Reports.CountAsync());
        var report = await db.Reports.OrderByDescending(r => r.CaseCode).FirstAsync();
        var file = await db.ReportAttachments.SingleAsync(a => a.ReportId == report.Id);
        var stored = Path.Combine(Factory.DataDirectory, "attachments", file.StoredName);
        Assert.True(File.Exists(stored));
        Assert.NotEqual(new byte[10_000], (await File.ReadAllBytesAsync(stored))[..10_000]);
        Assert.Equal(fixture.World.DepartmentId, report.ReceivingUnitId);
        // Nothing records the time of day: ids are random and the file carries only the day.
        Assert.Equal(4, report.Id.Version);
        Assert.Equal(4, file.Id.Version);
        Assert.Equal(TimeSpan.Zero, File.GetLastWriteTimeUtc(stored).TimeOfDay);
    }

    [Fact]
    public async Task Submit_StoresNothing_WhenAFileIsEmpty()
    {
        var client = Factory.CreateBrowserlessClient();
        await using var db = await Factory.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        var before = await db.Reports.CountAsync();
        var filesBefore = Directory.Exists(Path.Combine(Factory.DataDirectory, "attachments"))
            ? Directory.GetFiles(Path.Combine(Factory.DataDirectory, "attachments")).Length : 0;

        var sent = await IntakeWorld.SendAsync(client, await IntakeWorld.ReviewAsync(client, Details()),
            ("good.txt", "ok"u8.ToArray()), ("empty.txt", []));
        var page = WebUtility.HtmlDecode(await sent.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, sent.StatusCode);
        Assert.Contains("empty.txt", page, StringComparison.Ordinal);
        Assert.Contains("Chưa có gì được lưu", page, StringComparison.Ordinal);
        Assert.Contains("Bác sĩ khoa Nội nhận phong bì", page, StringComparison.Ordinal);
        Assert.Equal(before, await db.Reports.CountAsync());
        Assert.Equal(filesBefore, Directory.GetFiles(Path.Combine(Factory.DataDirectory, "attachments")).Length);
    }

    [Fact]
    public async Task Details_ExplainsWhatToFix_WhenRequiredMissingOrTooLong()
    {
        var client = Factory.CreateBrowserlessClient();

        var page = WebUtility.HtmlDecode(await IntakeWorld.ReviewAsync(client, new Dictionary<string, string>
        {
            ["Details.Channel"] = "Denunciation", ["Details.WhatHappened"] = "", ["Details.Persons[0].Name"] = new string('x', 10_000),
        }));

        Assert.Contains("Hãy mô tả sự việc.", page, StringComparison.Ordinal);
        Assert.Contains("dài quá 200 ký tự", page, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"draft\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Submit_RendersScriptsAsText_InReviewAndMailbox()
    {
        var client = Factory.CreateBrowserlessClient();
        var script = "<script>alert('x')</script><img src=x onerror=alert(1)>";

        var review = await IntakeWorld.ReviewAsync(client, Details(script));
        var sent = await IntakeWorld.SendAsync(client, review);
        var raw = await sent.Content.ReadAsStringAsync();

        Assert.DoesNotContain("<script>alert", raw, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", raw, StringComparison.Ordinal);
        Assert.NotNull(IntakeWorld.Receipt(WebUtility.HtmlDecode(raw)));
    }

    [Fact]
    public async Task Send_IsRefusedClearly_WhenAntiforgeryTokenForged()
    {
        var client = Factory.CreateBrowserlessClient();
        var review = await IntakeWorld.ReviewAsync(client, Details());
        var forged = System.Text.RegularExpressions.Regex.Replace(review, "(action=\"/report/send\"[^>]*>\\s*<input type=\"hidden\" name=\"__RequestVerificationToken\" value=\")[^\"]+", "${1}forged");

        var sent = await IntakeWorld.SendAsync(client, forged);

        Assert.Equal(HttpStatusCode.BadRequest, sent.StatusCode);
        Assert.Contains("hết hạn", WebUtility.HtmlDecode(await sent.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Open_GivesSameRefusal_ForUnknownReceipt()
    {
        var client = Factory.CreateBrowserlessClient();
        var unknown = Portal.Crypto.Receipt.Generate().FormatForDisplay();

        var response = await client.PostToAsync("/follow-up", "/follow-up/open",
            new Dictionary<string, string> { ["receipt"] = unknown });
        var typo = await client.PostToAsync("/follow-up", "/follow-up/open",
            new Dictionary<string, string> { ["receipt"] = "ABCD" });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Không mở được hộp thư", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Contains("20 ký tự", WebUtility.HtmlDecode(await typo.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
