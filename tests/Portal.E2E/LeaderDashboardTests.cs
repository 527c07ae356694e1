using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Portal.E2E;

/// <summary>
/// The Director's view of deadlines on the demo data: the seeder gives the demo cases a past and runs one alert
/// sweep, so the dashboard has overdue cases and the bell has notices from the first sign-in.
/// </summary>
[Collection(BrowserGroup.Name)]
public sealed partial class LeaderDashboardTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Dashboard_ShowsChartsAndDrillsDownToCase_WhenDirectorClicksUnit()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignInTests.SignInAsync(page, "director", "DEMODIRECTORKEY2");

        await page.ClickAsync("a[href='/dashboard']");
        await page.WaitForSelectorAsync("#interactive", new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached });
        await page.WaitForSelectorAsync("#on-time-chart svg");
        await page.WaitForSelectorAsync("#unit-chart svg");
        Assert.True(int.Parse((await page.InnerTextAsync("#overdue-total")).Trim(), System.Globalization.CultureInfo.InvariantCulture) >= 2);
        Assert.Contains("toàn bộ Sở Y tế tỉnh Bình An", await page.InnerTextAsync("#dashboard-scope"), StringComparison.Ordinal);
        await BrowserFixture.ScreenshotAsync(page, "leader-dashboard");

        await page.ClickAsync("#units tr[data-unit='SYT']");
        await page.WaitForSelectorAsync("#drilldown-title >> text=Sở Y tế tỉnh Bình An");
        var row = page.Locator("#drilldown tbody tr[data-case]").First;
        var caseCode = await row.GetAttributeAsync("data-case");
        Assert.Matches(CaseCode(), caseCode);
        Assert.Contains("Quá hạn", await row.InnerTextAsync(), StringComparison.Ordinal);
        await BrowserFixture.ScreenshotAsync(page, "leader-dashboard-drilldown");

        await row.Locator("a").ClickAsync();
        await page.WaitForURLAsync(CasePath());
        await page.WaitForSelectorAsync("#conflict-gate, #case-content");
        Assert.Contains(caseCode!, await page.InnerTextAsync("body"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bell_ListsDemoAlerts_WhenDirectorOpensIt()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignInTests.SignInAsync(page, "director", "DEMODIRECTORKEY2");
        await WhistleblowerFlowTests.GotoInteractiveAsync(page, "/");

        await page.ClickAsync("#notification-bell button");
        await page.WaitForSelectorAsync(".notification-item");

        var items = await page.Locator(".notification-item").AllInnerTextsAsync();
        Assert.NotEmpty(items);
        Assert.Contains(items, i => CaseCode().IsMatch(i));
        // The menu fades in: let it settle so the guide's picture is not half transparent.
        await page.WaitForTimeoutAsync(500);
        await BrowserFixture.ScreenshotAsync(page, "notification-bell");
    }

    [GeneratedRegex(@"PA-\d{4}-\d{6}")]
    private static partial Regex CaseCode();

    [GeneratedRegex(@"/cases/[0-9a-f-]{36}$")]
    private static partial Regex CasePath();
}
