namespace Portal.E2E;

[Collection(BrowserGroup.Name)]
public sealed class AuditPageTests(BrowserFixture fixture)
{
    [Fact]
    public async Task AuditPage_SaysIntactAndListsSignIns_WhenAdministratorVerifies()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignInTests.SignInAsync(page, "admin", null);

        await page.GotoAsync("/admin/audit");
        await page.WaitForSelectorAsync("#audit-grid >> text=account.sign-in");
        await page.ClickAsync("#verify-chain");
        await page.WaitForSelectorAsync("#chain-intact, #chain-broken");

        Assert.Contains("Nguyên vẹn: đã kiểm tra", await page.InnerTextAsync("#chain-status"), StringComparison.Ordinal);
        Assert.Contains("Ngô Thanh Sơn (admin)", await page.InnerTextAsync("#audit-grid"), StringComparison.Ordinal);
        await BrowserFixture.ScreenshotAsync(page, "admin-audit");
    }
}
