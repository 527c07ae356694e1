using Microsoft.Playwright;

namespace Portal.E2E;

/// <summary>
/// A handler records a report taken by phone and prints the caller's receipt slip; later the handler asks for
/// the reporter's identity and sees it only after a custodian approves.
/// </summary>
[Collection(BrowserGroup.Name)]
public sealed class AssistedIntakeAndIdentityTests(BrowserFixture fixture)
{
    [Fact]
    public async Task PhoneReport_GetsSlip_AndIdentityOpensOnlyAfterCustodianApproves()
    {
        var marker = "E2E-" + Guid.NewGuid().ToString("N")[..8];
        await using var handlerContext = await fixture.NewContextAsync();
        var handler = await handlerContext.NewPageAsync();
        await SignInTests.SignInAsync(handler, "handler", "DEMOHANDLERKEY23");
        await WhistleblowerFlowTests.GotoInteractiveAsync(handler, "/cases/record");
        await handler.FillAsync("#assisted-what", $"Người gọi cho biết kế toán bệnh viện yêu cầu chia lại tiền phụ cấp. {marker}");
        await handler.FillAsync("#assisted-name", "Vũ Thị Gọi");
        await handler.ClickAsync("#assisted-submit");
        await handler.WaitForSelectorAsync("#assisted-receipt, #assisted-errors");
        Assert.True(await handler.IsVisibleAsync("#assisted-receipt"), await handler.InnerTextAsync("body"));
        var caseCode = (await handler.InnerTextAsync("#case-code")).Trim();
        Assert.Matches("^[0-9A-Z]{4}(-[0-9A-Z]{4}){4}$", (await handler.InnerTextAsync("#receipt")).Trim());
        await BrowserFixture.ScreenshotAsync(handler, "assisted-slip");

        await WhistleblowerFlowTests.GotoInteractiveAsync(handler, "/cases");
        await handler.WaitForSelectorAsync($"#cases >> text={caseCode}");
        await BrowserFixture.ScreenshotAsync(handler, "case-inbox");
        await WhistleblowerFlowTests.OpenCaseAsync(handler, caseCode);
        await handler.ClickAsync("text=Danh tính người báo");
        Assert.Equal(0, await handler.Locator("#identity-open").CountAsync());
        await handler.FillAsync("#identity-reason", "Cần mời người báo đến làm việc để xác minh chứng từ.");
        await handler.ClickAsync("#identity-ask");
        await handler.WaitForSelectorAsync("#identity-message");

        await using var custodianContext = await fixture.NewContextAsync();
        var custodian = await custodianContext.NewPageAsync();
        await SignInTests.SignInAsync(custodian, "custodian", "DEMOCUSTODIANKY2");
        await WhistleblowerFlowTests.GotoInteractiveAsync(custodian, "/identity-requests");
        await custodian.WaitForSelectorAsync($"[data-request='{caseCode}']");
        Assert.DoesNotContain(marker, await custodian.InnerTextAsync("body"), StringComparison.Ordinal);
        await BrowserFixture.ScreenshotAsync(custodian, "identity-requests");
        await custodian.ClickAsync($"[data-approve='{caseCode}']");
        await custodian.WaitForSelectorAsync($"[data-request='{caseCode}']", new PageWaitForSelectorOptions { State = WaitForSelectorState.Detached });

        await WhistleblowerFlowTests.OpenCaseAsync(handler, caseCode);
        await handler.ClickAsync("text=Danh tính người báo");
        Assert.Contains("Vũ Thị Gọi", await handler.InnerTextAsync("#identity-open"), StringComparison.Ordinal);
    }
}
