using Microsoft.Playwright;

namespace Portal.E2E;

[Collection(BrowserGroup.Name)]
public sealed class AnonymousAreaTests(BrowserFixture fixture)
{
    [Theory]
    [InlineData("/report", "Phản ánh, tố cáo tham nhũng, tiêu cực")]
    [InlineData("/follow-up", "Theo dõi phản ánh")]
    public async Task AnonymousPage_Renders_WithJavaScriptDisabled(string path, string heading)
    {
        await using var context = await fixture.NewContextAsync(javaScript: false);
        var page = await context.NewPageAsync();
        var requested = new List<string>();
        page.Request += (_, request) => requested.Add(request.Url);

        var response = await page.GotoAsync(path);

        Assert.NotNull(response);
        Assert.Equal(heading, await page.InnerTextAsync("h1"));
        Assert.Contains("script-src 'none'", (await response.AllHeadersAsync())["content-security-policy"], StringComparison.Ordinal);
        // Every request the page made went to the portal itself: no fonts, scripts or images from a third party.
        Assert.All(requested, url => Assert.StartsWith(fixture.BaseUrl, url, StringComparison.Ordinal));
        Assert.Contains(requested, url => url.EndsWith("/assets/css/portal.css", StringComparison.Ordinal));
        var cookies = await context.CookiesAsync();
        Assert.All(cookies, c => Assert.Equal("portal.af", c.Name));
        await BrowserFixture.ScreenshotAsync(page, "anonymous" + path.Replace('/', '-'));
    }

    [Fact]
    public async Task StaffSignIn_CarriesContentSecurityPolicy_InRealBrowser()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();

        var response = await page.GotoAsync("/account/login");

        var headers = await response!.AllHeadersAsync();
        Assert.Contains("frame-ancestors 'none'", headers["content-security-policy"], StringComparison.Ordinal);
        Assert.Equal("no-referrer", headers["referrer-policy"]);
        await BrowserFixture.ScreenshotAsync(page, "login");
    }

    [Fact]
    public async Task AnonymousPage_SwitchesToEnglish_WithoutCookie()
    {
        await using var context = await fixture.NewContextAsync(javaScript: false);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/report");

        await page.ClickAsync("a[hreflang='en']");

        Assert.Equal("Report corruption or misconduct", await page.InnerTextAsync("h1"));
        Assert.DoesNotContain(await context.CookiesAsync(), c => c.Name.Contains("Culture", StringComparison.OrdinalIgnoreCase));
    }
}
