using Microsoft.Playwright;

namespace Portal.E2E;

[Collection(BrowserGroup.Name)]
public sealed class AccountabilityFlowTests(BrowserFixture fixture)
{
    /// <summary>
    /// The main path: the Director records the responsibility of the internal medicine ward's head for the concluded
    /// bribery case, decides a reprimand, and the second reprimand in the term raises the review flag for a leader.
    /// </summary>
    [Fact]
    public async Task Director_RecordsHeadsResponsibilityFromConclusion_Decides_AndSeesTheReviewFlag()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignInTests.SignInAsync(page, "director", "DEMODIRECTORKEY2");

        await WhistleblowerFlowTests.GotoInteractiveAsync(page, "/accountability");
        await page.WaitForSelectorAsync("#heads >> text=12/KL-TTr");
        await page.SelectOptionAsync("#head-staff", new SelectOptionValue { Label = "Quách Văn Hải · Khoa Nội tổng hợp" });
        await page.SelectOptionAsync("#head-case", new SelectOptionValue { Index = 1 });
        await page.SelectOptionAsync("#head-severity", "LessSerious");
        await BrowserFixture.ScreenshotAsync(page, "accountability-heads");
        await page.ClickAsync("#head-record");

        var row = page.Locator("#heads tr", new() { HasText = "Quách Văn Hải" });
        await row.WaitForAsync();
        Assert.Contains("Chưa xem xét", await row.InnerTextAsync(), StringComparison.Ordinal);
        var code = (await row.Locator("td").First.InnerTextAsync()).Trim();
        Assert.Matches(@"^TN-\d{4}-\d{2}$", code);

        await page.SelectOptionAsync($"#decide-outcome-{code}", "Disciplined");
        await page.SelectOptionAsync($"#decide-form-{code}", "Reprimand");
        await page.FillAsync($"#decide-number-{code}", "88/QĐ-SYT");
        await page.ClickAsync($"#decide-{code}");
        await page.WaitForSelectorAsync($"#head-{code} >> text=Xử lý kỷ luật");

        await page.Locator(".mud-tab", new() { HasText = "Sổ kỷ luật" }).ClickAsync();
        await page.WaitForSelectorAsync("#discipline >> text=88/QĐ-SYT");
        await BrowserFixture.ScreenshotAsync(page, "accountability-discipline");

        await page.Locator(".mud-tab", new() { HasText = "Xem xét cán bộ" }).ClickAsync();
        var flag = page.Locator("#flag-review\\.two-reprimands");
        await flag.WaitForAsync();
        var text = await flag.InnerTextAsync();
        Assert.Contains("Quách Văn Hải", text, StringComparison.Ordinal);
        Assert.Contains("Xem xét miễn nhiệm", text, StringComparison.Ordinal);
        // A flag, never a decision: the Director is offered the choice.
        Assert.True(await page.Locator("#flag-start-review\\.two-reprimands").IsVisibleAsync());
        await BrowserFixture.ScreenshotAsync(page, "accountability-flags");

        await page.Locator(".mud-tab", new() { HasText = "Chuyển đổi vị trí công tác" }).ClickAsync();
        await page.WaitForSelectorAsync("#rotation-plan >> text=Mai Thị Hồng");
        await BrowserFixture.ScreenshotAsync(page, "accountability-rotation");
    }
}
