using Microsoft.Playwright;
using OtpNet;

namespace Portal.E2E;

[Collection(BrowserGroup.Name)]
public sealed class SignInTests(BrowserFixture fixture)
{
    private const string Password = "demo-portal-2026";

    public static TheoryData<string, string?, string> DemoAccounts => new()
    {
        { "admin", null, "Ngô Thanh Sơn" },
        { "staff", null, "Nông Thị Xuân" },
        { "director", "DEMODIRECTORKEY2", "Nguyễn Văn Hùng" },
        { "head.bvdk", "DEMOHOSPITALKEY2", "Lương Văn Khánh" },
        { "handler", "DEMOHANDLERKEY23", "Vũ Minh Tuấn" },
        { "custodian", "DEMOCUSTODIANKY2", "Hoàng Thị Lan" },
        { "personnel", "DEMOPERSONNELKY2", "Lý Thị Ngọc" },
        { "control", "DEMOCONTROLBODY2", "Phạm Đức Thắng" },
    };

    internal static async Task SignInAsync(IPage page, string userName, string? totpSecret)
    {
        await page.GotoAsync("/account/login");
        await page.FillAsync("#username", userName);
        await page.FillAsync("#password", Password);
        await page.ClickAsync("#sign-in");
        if (totpSecret is not null)
        {
            // Wait for what the next page shows, not for a URL: robust however fast the redirect is.
            await WaitForAsync(page, "#code, #login-error");
            Assert.True(await page.IsVisibleAsync("#code"), await page.InnerTextAsync("body"));
            await page.FillAsync("#code", new Totp(Base32Encoding.ToBytes(totpSecret)).ComputeTotp(DateTime.UtcNow));
            await page.ClickAsync("#verify");
        }

        await WaitForAsync(page, "#welcome, #login-error");
        Assert.True(await page.IsVisibleAsync("#welcome"), await page.InnerTextAsync("body"));
    }

    private static async Task WaitForAsync(IPage page, string selector) =>
        await page.WaitForSelectorAsync(selector, new PageWaitForSelectorOptions { Timeout = 60_000 });

    [Theory]
    [MemberData(nameof(DemoAccounts))]
    public async Task SignIn_ReachesHome_ForEachDemoRole(string userName, string? totpSecret, string displayName)
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();

        await SignInAsync(page, userName, totpSecret);

        Assert.Contains(displayName, await page.InnerTextAsync("#welcome"), StringComparison.Ordinal);
        await BrowserFixture.ScreenshotAsync(page, $"home-{userName}");
    }

    [Fact]
    public async Task SignIn_ShowsError_WhenTotpCodeWrong()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/account/login");
        await page.FillAsync("#username", "director");
        await page.FillAsync("#password", Password);
        await page.ClickAsync("#sign-in");
        await WaitForAsync(page, "#code");
        await BrowserFixture.ScreenshotAsync(page, "login-2fa");

        await page.FillAsync("#code", "000000");
        await page.ClickAsync("#verify");

        Assert.Contains("Mã xác thực không đúng", await page.InnerTextAsync("#login-error"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task StaffRole_IsRefused_WhenOpeningAdminPage()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignInAsync(page, "staff", null);

        await page.GotoAsync("/admin/accounts");

        Assert.Equal("Không có quyền truy cập", await page.InnerTextAsync("#access-denied"));
    }

    [Fact]
    public async Task Administrator_SeesUnitTreeAndAccounts_InInteractivePages()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignInAsync(page, "admin", null);

        await page.GotoAsync("/admin/units");
        await page.WaitForSelectorAsync("#unit-tree");
        Assert.Contains("Bệnh viện Đa khoa tỉnh", await page.InnerTextAsync("#unit-tree"), StringComparison.Ordinal);
        await BrowserFixture.ScreenshotAsync(page, "admin-units");

        await page.GotoAsync("/admin/accounts");
        await page.WaitForSelectorAsync("#accounts >> text=custodian");
        await BrowserFixture.ScreenshotAsync(page, "admin-accounts");
    }
}
