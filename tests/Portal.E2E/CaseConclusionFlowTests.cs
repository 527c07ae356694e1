using Microsoft.Playwright;

namespace Portal.E2E;

/// <summary>
/// Issue 4's end-to-end promise: a report sent with JavaScript off is classified, accepted, concluded by a
/// handler's proposal and a leader's approval, and the whistleblower reads the outcome in the mailbox.
/// </summary>
[Collection(BrowserGroup.Name)]
public sealed class CaseConclusionFlowTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Report_WithJavaScriptOff_IsExtendedAndConcludedByHandlerAndDirector_AndReporterSeesOutcome()
    {
        var marker = "E2E-" + Guid.NewGuid().ToString("N")[..8];
        await using var reporterContext = await fixture.NewContextAsync(javaScript: false);
        var reporter = await reporterContext.NewPageAsync();
        await reporter.GotoAsync("/report");
        await reporter.CheckAsync("#channel-GiftBribeAbuse");
        await reporter.ClickAsync("#choose-channel");
        await reporter.FillAsync("#what", $"Phó phòng Vật tư nhận phong bì của nhà cung cấp. {marker}");
        await reporter.SelectOptionAsync("#unit", new SelectOptionValue { Label = "    Khoa Nội tổng hợp" });
        await reporter.FillAsync("#fullname", "Trần Thị Tố");
        await reporter.FillAsync("#phone", "0912345678");
        await reporter.ClickAsync("#review");
        await reporter.ClickAsync("#send");
        var receipt = (await reporter.InnerTextAsync("#receipt")).Trim();
        var caseCode = (await reporter.InnerTextAsync("#case-code")).Trim();

        await using var handlerContext = await fixture.NewContextAsync();
        var handler = await handlerContext.NewPageAsync();
        await SignInTests.SignInAsync(handler, "handler", "DEMOHANDLERKEY23");
        await WhistleblowerFlowTests.OpenCaseAsync(handler, caseCode);
        await handler.ClickAsync("text=Các bước xử lý");
        await StepAsync(handler, "Classify", "Người tố cáo nêu rõ họ tên, nội dung có căn cứ.", "Đã phân loại, chờ thụ lý");
        await StepAsync(handler, "Accept", "Đủ điều kiện thụ lý.", "Đang xác minh");

        // Verification spans several hospitals: the handler asks to extend the settlement time limit.
        await handler.ClickAsync("[data-action=RequestExtension]");
        await handler.ClickAsync("#step-grade");
        await handler.ClickAsync(".mud-popover-open >> text=Vụ việc phức tạp");
        await handler.FillAsync("#step-reason", "Phải xác minh tại ba bệnh viện và nhà cung cấp.");
        await handler.ClickAsync("#step-submit");
        await handler.WaitForSelectorAsync("#extension-pending");
        Assert.Equal(0, await handler.Locator("#extension-approve").CountAsync());
        await handler.ClickAsync("[data-action=ProposeConclusion]");
        await handler.ClickAsync("#step-outcome");
        await handler.ClickAsync(".mud-popover-open >> text=Tố cáo đúng");
        await handler.FillAsync("#step-findings", $"Có nhận 5 triệu đồng của nhà cung cấp. {marker}");
        await handler.ClickAsync("#add-action");
        await handler.Locator(".action-description input").Last.FillAsync("Kiểm điểm, xem xét kỷ luật");
        await BrowserFixture.ScreenshotAsync(handler, "case-propose-conclusion");
        await handler.ClickAsync("#step-submit");
        await handler.WaitForSelectorAsync("#case-stage >> text=Chờ duyệt kết luận");

        // The Director approves; a handler could not approve their own proposal.
        Assert.Equal(0, await handler.Locator("[data-action=ApproveConclusion]").CountAsync());
        await using var directorContext = await fixture.NewContextAsync();
        var director = await directorContext.NewPageAsync();
        await SignInTests.SignInAsync(director, "director", "DEMODIRECTORKEY2");
        await WhistleblowerFlowTests.OpenCaseAsync(director, caseCode);
        await director.ClickAsync("text=Các bước xử lý");
        await BrowserFixture.ScreenshotAsync(director, "case-extension-request");
        await director.ClickAsync("#extension-approve");
        await director.WaitForSelectorAsync("#follow-up >> text=đã gia hạn 1 lần");
        await director.ClickAsync("[data-action=ApproveConclusion]");
        Assert.Contains(marker, await director.InnerTextAsync("#proposal"), StringComparison.Ordinal);
        await BrowserFixture.ScreenshotAsync(director, "case-approve-conclusion");
        await director.ClickAsync("#step-submit");
        await director.WaitForSelectorAsync("#case-stage >> text=Đã kết luận");

        // The reporter, still without JavaScript, reads the outcome in plain words.
        await reporter.GotoAsync("/follow-up");
        await reporter.FillAsync("#receipt", receipt);
        await reporter.ClickAsync("#open-mailbox");
        Assert.Equal("Tố cáo đúng", (await reporter.InnerTextAsync("#outcome")).Trim());
        Assert.Equal(0, await reporter.Locator("#withdraw").CountAsync());
        await BrowserFixture.ScreenshotAsync(reporter, "mailbox-outcome");
    }

    private static async Task StepAsync(IPage page, string action, string reason, string stageAfter)
    {
        await page.ClickAsync($"[data-action={action}]");
        await page.FillAsync("#step-reason", reason);
        await page.ClickAsync("#step-submit");
        await page.WaitForSelectorAsync($"#case-stage >> text={stageAfter}");
    }
}
