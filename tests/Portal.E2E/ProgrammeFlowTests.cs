using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Portal.E2E;

[Collection(BrowserGroup.Name)]
public sealed class ProgrammeFlowTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Director_AddsProgressReport_ToProgrammeTask()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignInTests.SignInAsync(page, "director", "DEMODIRECTORKEY2");

        await WhistleblowerFlowTests.GotoInteractiveAsync(page, "/programme");
        await page.WaitForSelectorAsync("#programme-tasks >> text=Nâng cao chất lượng, hiệu quả công tác tuyên truyền");
        // Task 8 was due on 31 August and is still in progress: the demo shows it overdue.
        Assert.True(await page.Locator("#programme-tasks .overdue-chip").CountAsync() > 0);
        await BrowserFixture.ScreenshotAsync(page, "programme-tasks");

        await page.ClickAsync("#open-8");
        await page.WaitForSelectorAsync("#task-detail >> text=Kế hoạch tuyên truyền số 15/KH-SYT");
        const string text = "Đã phát hành 5.000 tờ rơi về quyền tố cáo tại các bệnh viện trực thuộc.";
        await page.FillAsync("#progress-text", text);
        await page.ClickAsync("#add-progress");

        await page.WaitForSelectorAsync($"#progress-list >> text={text}");
        Assert.Contains("Nguyễn Văn Hùng", await page.InnerTextAsync("#progress-list"), StringComparison.Ordinal);
        await BrowserFixture.ScreenshotAsync(page, "programme-progress");

        await WhistleblowerFlowTests.GotoInteractiveAsync(page, "/programme/loopholes");
        await page.WaitForSelectorAsync("#loopholes >> text=Quy chế mua sắm vật tư y tế");

        // A loophole found by a check goes on the register as proposed, is accepted, and its history says so.
        const string loophole = "Chưa quy định luân phiên thành viên tổ chấm thầu thuốc giữa các năm.";
        await page.ClickAsync("#add-loophole");
        await page.ClickAsync("#loophole-unit");
        await page.ClickAsync(".mud-popover-open >> text=Bệnh viện Đa khoa tỉnh");
        await page.FillAsync("#loophole-description", loophole);
        await page.FillAsync("#loophole-rule", "Quy chế đấu thầu thuốc của bệnh viện");
        await page.FillAsync("#loophole-proposal", "Bổ sung quy định luân phiên tổ chấm thầu ít nhất hai năm một lần.");
        await page.ClickAsync("#save-loophole");
        var row = page.Locator("#loopholes tr", new PageLocatorOptions { HasText = loophole });
        await row.WaitForAsync();
        Assert.Contains("Đề xuất", await row.InnerTextAsync(), StringComparison.Ordinal);
        await row.Locator("button", new LocatorLocatorOptions { HasTextRegex = new Regex(@"^\s*Chấp nhận\s*$") }).ClickAsync();
        await row.Locator("text=Đã chấp nhận").WaitForAsync();
        await row.Locator("button", new LocatorLocatorOptions { HasText = "Lịch sử" }).ClickAsync();
        await page.WaitForSelectorAsync("#loophole-history >> text=Đã chấp nhận");
        await page.EvaluateAsync("window.scrollTo(0, 0)");
        await BrowserFixture.ScreenshotAsync(page, "programme-loopholes");
    }

    [Fact]
    public async Task Leader_ScoresCriterion_AndSeesSectionTotalChange()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignInTests.SignInAsync(page, "director", "DEMODIRECTORKEY2");

        await WhistleblowerFlowTests.GotoInteractiveAsync(page, "/assessment");
        await page.WaitForSelectorAsync("#section-total-A");
        Assert.Equal("0 / 20", (await page.InnerTextAsync("#section-total-A")).Trim());
        Assert.Contains("chưa có số liệu", await page.InnerTextAsync("#portal-figures"), StringComparison.Ordinal);

        await page.ClickAsync("#score-A-1");
        await page.FillAsync("#score-value", "4");
        await page.FillAsync("#score-explanation", "Kế hoạch PCTN ban hành đúng hạn.");
        await page.ClickAsync("#save-score");

        await page.WaitForSelectorAsync("#section-total-A >> text=4 / 20");
        Assert.Equal("4", (await page.InnerTextAsync("#score-of-A-1")).Trim());
        await page.WaitForSelectorAsync("#comparison");
        await BrowserFixture.ScreenshotAsync(page, "assessment");
    }
}
