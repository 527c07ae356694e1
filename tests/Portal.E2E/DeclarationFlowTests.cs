using Microsoft.Playwright;

namespace Portal.E2E;

/// <summary>A declarant files, the personnel officer asks for a correction, the declarant corrects, the officer accepts: all in the browser.</summary>
[Collection(BrowserGroup.Name)]
public sealed class DeclarationFlowTests(BrowserFixture fixture)
{
    private const string Declarant = "Nông Thị Xuân";

    [Fact]
    public async Task Declaration_IsAccepted_AfterCorrectionRequestedAndMade()
    {
        await using var declarantContext = await fixture.NewContextAsync();
        await using var reviewerContext = await fixture.NewContextAsync();
        var declarant = await declarantContext.NewPageAsync();
        var reviewer = await reviewerContext.NewPageAsync();
        await SignInTests.SignInAsync(declarant, "staff", null);
        await SignInTests.SignInAsync(reviewer, "personnel", "DEMOPERSONNELKY2");

        // The declarant starts this year's annual declaration and submits one asset.
        await WhistleblowerFlowTests.GotoInteractiveAsync(declarant, "/integrity/declarations");
        await declarant.SelectOptionAsync("#start-kind", "Annual");
        await declarant.ClickAsync("#start-declaration");
        await declarant.WaitForSelectorAsync("#add-asset");
        await declarant.ClickAsync("#add-asset");
        await declarant.Locator(".asset-description").Last.FillAsync("Nhà ở cấp 4, xã Bình Thuận");
        await declarant.Locator(".asset-value").Last.FillAsync("900000000");
        await declarant.FillAsync("#total-income", "150000000");
        await BrowserFixture.ScreenshotAsync(declarant, "declaration-form");
        await declarant.ClickAsync("#submit-declaration");
        await ExpectStatusAsync(declarant, "#declaration-status", "Đã nộp");

        // The reviewer opens it through the reviewers' inbox and asks for a correction.
        await WhistleblowerFlowTests.GotoInteractiveAsync(reviewer, "/integrity/review");
        await reviewer.ClickAsync($"[data-review=\"{Declarant}\"]");
        await reviewer.WaitForSelectorAsync("#review-declaration >> text=Nhà ở cấp 4, xã Bình Thuận");
        await reviewer.FillAsync("#correction-reason", "Bổ sung xe máy đứng tên chồng và tiền gửi tiết kiệm.");
        await BrowserFixture.ScreenshotAsync(reviewer, "declaration-review");
        await reviewer.ClickAsync("#request-correction");
        await ExpectStatusAsync(reviewer, "#review-status", "Cần bổ sung");

        // The declarant sees the request, adds what was missing and submits again.
        await WhistleblowerFlowTests.GotoInteractiveAsync(declarant, "/integrity/declarations");
        await declarant.ClickAsync("#my-declarations [data-open^=\"Annual-\"]");
        await declarant.WaitForSelectorAsync("#correction-requested >> text=Bổ sung xe máy");
        await BrowserFixture.ScreenshotAsync(declarant, "declaration-correction");
        await declarant.ClickAsync("#add-asset");
        await declarant.Locator(".asset-category").Last.SelectOptionAsync("Money");
        await declarant.Locator(".asset-description").Last.FillAsync("Tiền gửi tiết kiệm");
        await declarant.Locator(".asset-value").Last.FillAsync("120000000");
        await declarant.ClickAsync("#submit-declaration");
        await ExpectStatusAsync(declarant, "#declaration-status", "Đã nộp");

        // The reviewer sees the second submission and accepts it.
        await WhistleblowerFlowTests.GotoInteractiveAsync(reviewer, "/integrity/review");
        await reviewer.ClickAsync($"[data-review=\"{Declarant}\"]");
        await reviewer.WaitForSelectorAsync("#review-declaration >> text=Tiền gửi tiết kiệm");
        await reviewer.ClickAsync("#accept-declaration");
        await ExpectStatusAsync(reviewer, "#review-status", "Đã tiếp nhận");
        await BrowserFixture.ScreenshotAsync(reviewer, "declaration-accepted");
        Assert.Contains("Lần nộp thứ 2", await reviewer.InnerTextAsync("#review-declaration"), StringComparison.Ordinal);
    }

    private static async Task ExpectStatusAsync(IPage page, string selector, string text)
    {
        try
        {
            await page.WaitForSelectorAsync($"{selector} >> text={text}", new PageWaitForSelectorOptions { Timeout = 30_000 });
        }
        catch (TimeoutException)
        {
            Assert.Fail($"'{text}' not shown; the page says: {await page.InnerTextAsync("body")}");
        }
    }
}
