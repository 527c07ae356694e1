using Microsoft.Playwright;

namespace Portal.E2E;

[Collection(BrowserGroup.Name)]
public sealed class WhistleblowerFlowTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Report_WithJavaScriptOff_ReachesHandler_AndConversationFlowsBothWays()
    {
        var marker = "E2E-" + Guid.NewGuid().ToString("N")[..8];

        // The reporter, with JavaScript off (Tor Browser "Safest").
        await using var reporterContext = await fixture.NewContextAsync(javaScript: false);
        var reporter = await reporterContext.NewPageAsync();
        await reporter.GotoAsync("/report");
        await reporter.CheckAsync("#channel-GiftBribeAbuse");
        await reporter.ClickAsync("#choose-channel");
        await reporter.FillAsync("#what", $"Trưởng khoa đòi tiền để xếp lịch mổ sớm. {marker}");
        await reporter.FillAsync("#when", "Tuần trước");
        await reporter.SelectOptionAsync("#unit", new SelectOptionValue { Label = "    Khoa Nội tổng hợp" });
        await BrowserFixture.ScreenshotAsync(reporter, "intake-details");
        await reporter.ClickAsync("#review");
        Assert.Contains(marker, await reporter.InnerTextAsync("#review-summary"), StringComparison.Ordinal);
        await reporter.SetInputFilesAsync("#files", new FilePayload { Name = "hoa-don.txt", MimeType = "text/plain", Buffer = "biên lai"u8.ToArray() });
        await BrowserFixture.ScreenshotAsync(reporter, "intake-review");
        await reporter.ClickAsync("#send");
        var receipt = (await reporter.InnerTextAsync("#receipt")).Trim();
        var caseCode = (await reporter.InnerTextAsync("#case-code")).Trim();
        Assert.Matches("^[0-9A-Z]{4}(-[0-9A-Z]{4}){4}$", receipt);
        await BrowserFixture.ScreenshotAsync(reporter, "intake-receipt");

        // The handler finds it in the staff area and asks a question.
        await using var handlerContext = await fixture.NewContextAsync();
        var handler = await handlerContext.NewPageAsync();
        await SignInTests.SignInAsync(handler, "handler", "DEMOHANDLERKEY23");
        await OpenCaseAsync(handler, caseCode);
        await handler.WaitForSelectorAsync($"#case-content >> text={marker}");
        Assert.Contains("hoa-don.txt", await handler.InnerTextAsync("#case-content"), StringComparison.Ordinal);
        await handler.FillAsync("#reply-text", $"Xin cho biết thêm tên bệnh nhân. {marker}-Q");
        await handler.ClickAsync("#send-reply");
        await handler.WaitForSelectorAsync($"#case-messages >> text={marker}-Q");
        await BrowserFixture.ScreenshotAsync(handler, "handler-case");

        // The reporter comes back with the receipt, reads the question, answers.
        await reporter.GotoAsync("/follow-up");
        await reporter.FillAsync("#receipt", receipt.ToLowerInvariant());
        await reporter.ClickAsync("#open-mailbox");
        Assert.Contains($"{marker}-Q", await reporter.InnerTextAsync("#messages"), StringComparison.Ordinal);
        await reporter.FillAsync("#message", $"Bệnh nhân ở giường số 12. {marker}-A");
        await reporter.ClickAsync("#send-reply");
        Assert.Contains($"{marker}-A", await reporter.InnerTextAsync("#messages"), StringComparison.Ordinal);
        await BrowserFixture.ScreenshotAsync(reporter, "mailbox");

        // And the handler sees the answer.
        await handler.ReloadAsync();
        await handler.WaitForSelectorAsync($"#case-messages >> text={marker}-A");
    }

    /// <summary>Opens a staff page and waits for its circuit: input typed into the prerendered copy would be lost.</summary>
    internal static async Task GotoInteractiveAsync(IPage page, string path)
    {
        await page.GotoAsync(path);
        await page.WaitForSelectorAsync("#interactive", new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached });
    }

    /// <summary>
    /// The list shows codes, not content: find the case by its code, then confirm having no conflict of interest,
    /// which the portal asks before a handler first sees a case's content.
    /// </summary>
    internal static async Task OpenCaseAsync(IPage handler, string caseCode)
    {
        await GotoInteractiveAsync(handler, "/cases");
        await handler.FillAsync("#filter-code", caseCode);
        await handler.ClickAsync($"#cases >> text={caseCode}");
        await handler.WaitForSelectorAsync("#conflict-gate, #case-content");
        if (await handler.Locator("#confirm-no-conflict").CountAsync() > 0)
        {
            await handler.ClickAsync("#confirm-no-conflict");
        }

        await handler.WaitForSelectorAsync("#case-content");
    }
}
