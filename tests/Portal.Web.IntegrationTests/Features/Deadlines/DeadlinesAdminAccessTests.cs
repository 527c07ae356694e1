using System.Net;
using Portal.Web.Features.Accounts;
using Portal.Web.IntegrationTests.Infrastructure;

namespace Portal.Web.IntegrationTests.Features.Deadlines;

/// <summary>The calendar and rules pages open for administrators only (ADR 0004: deny by default).</summary>
public sealed class DeadlinesAdminAccessTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData("/admin/calendar")]
    [InlineData("/admin/deadline-rules")]
    public async Task AdminPage_IsRefused_WhenHandlerWithSecondFactor(string path)
    {
        var handler = await factory.CreateAsync(Roles.Handler, twoFactor: true);
        var key = await factory.AuthenticatorKeyAsync(handler);
        var client = factory.CreateBrowserlessClient();
        await client.SignInAsync(handler.UserName!, TestAccounts.Password);
        Assert.Equal(HttpStatusCode.Redirect, (await client.SendTotpAsync(key, DateTimeOffset.UtcNow)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);

        var response = await client.GetAsync(path);

        Assert.True(response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Forbidden, $"{response.StatusCode}");
        if (response.StatusCode == HttpStatusCode.Redirect)
        {
            Assert.StartsWith("/account/access-denied", response.RedirectPath(), StringComparison.Ordinal);
        }

        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.DoesNotContain("Tết Nguyên đán", html, StringComparison.Ordinal);
        Assert.DoesNotContain("denunciation.accept", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/admin/calendar")]
    [InlineData("/admin/deadline-rules")]
    public async Task AdminPage_RedirectsToSignIn_WhenAnonymous(string path)
    {
        var response = await factory.CreateBrowserlessClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.RedirectPath(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CalendarPage_ShowsYearWithTetAndNavLinks_WhenAdministrator()
    {
        var client = await AdminClientAsync();

        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/admin/calendar?year=2026"));

        Assert.Contains("Lịch làm việc", html, StringComparison.Ordinal);
        Assert.Contains("Các ngày nghỉ lễ trong năm 2026", html, StringComparison.Ordinal);
        Assert.Contains("data-date=\"2026-02-17\" class=\"cal-day holiday off\"", NormalisedCell(html, "2026-02-17"), StringComparison.Ordinal);
        Assert.Contains("Tết Nguyên đán", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/admin/calendar\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/admin/deadline-rules\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CalendarPage_ExplainsSupportedRange_WhenYearOutOfRange()
    {
        var client = await AdminClientAsync();

        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/admin/calendar?year=2500"));

        Assert.Contains("“2500” không phải là năm hợp lệ. Lịch hỗ trợ các năm từ 1900 đến 2199.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RulesPage_ListsRulesInForce_WhenAdministrator()
    {
        var client = await AdminClientAsync();

        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/admin/deadline-rules"));

        Assert.Contains("Quy tắc đang áp dụng hôm nay", html, StringComparison.Ordinal);
        Assert.Contains("denunciation.accept", html, StringComparison.Ordinal);
        Assert.Contains("Thụ lý hoặc không thụ lý tố cáo", html, StringComparison.Ordinal);
        Assert.Contains("7 ngày làm việc", html, StringComparison.Ordinal);
    }

    private async Task<HttpClient> AdminClientAsync()
    {
        var admin = await factory.CreateAsync(Roles.Administrator);
        var client = factory.CreateBrowserlessClient();
        await client.SignInAsync(admin.UserName!, TestAccounts.Password);
        return client;
    }

    /// <summary>The opening tag of one day's cell, attributes in the order the test names them.</summary>
    private static string NormalisedCell(string html, string date)
    {
        var at = html.IndexOf($"data-date=\"{date}\"", StringComparison.Ordinal);
        Assert.True(at > 0, $"no cell for {date}");
        var start = html.LastIndexOf("<td", at, StringComparison.Ordinal);
        var tag = html[start..(html.IndexOf('>', at) + 1)];
        var cls = System.Text.RegularExpressions.Regex.Match(tag, "class=\"([^\"]*)\"").Groups[1].Value;
        return $"data-date=\"{date}\" class=\"{cls}\"";
    }
}
