using System.Net;
using Portal.Web.Features.Accounts;
using Portal.Web.IntegrationTests.Infrastructure;

namespace Portal.Web.IntegrationTests.Features.Audit;

/// <summary>Only administrators open the audit page; everyone else is refused before the page renders.</summary>
public sealed class AuditPageAccessTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string AuditPath = "/admin/audit";

    [Fact]
    public async Task AuditPage_IsRefused_WhenHandlerWithSecondFactor()
    {
        var handler = await factory.CreateAsync(Roles.Handler, twoFactor: true);
        var key = await factory.AuthenticatorKeyAsync(handler);
        var client = factory.CreateBrowserlessClient();
        await client.SignInAsync(handler.UserName!, TestAccounts.Password);
        Assert.Equal(HttpStatusCode.Redirect, (await client.SendTotpAsync(key, DateTimeOffset.UtcNow)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);

        var response = await client.GetAsync(AuditPath);

        Assert.True(response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Forbidden, $"{response.StatusCode}");
        if (response.StatusCode == HttpStatusCode.Redirect)
        {
            Assert.StartsWith("/account/access-denied", response.RedirectPath(), StringComparison.Ordinal);
        }

        Assert.DoesNotContain("Kiểm tra ngay", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AuditPage_RedirectsToSignIn_WhenAnonymous()
    {
        var response = await factory.CreateBrowserlessClient().GetAsync(AuditPath);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.RedirectPath(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AuditPage_Opens_WhenAdministrator()
    {
        var admin = await factory.CreateAsync(Roles.Administrator);
        var client = factory.CreateBrowserlessClient();
        await client.SignInAsync(admin.UserName!, TestAccounts.Password);

        var response = await client.GetAsync(AuditPath);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("Nhật ký hoạt động", html, StringComparison.Ordinal);
        Assert.Contains("Kiểm tra ngay", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/admin/audit\"", html, StringComparison.Ordinal);
    }
}
