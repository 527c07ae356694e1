using System.Net;
using Microsoft.AspNetCore.Hosting;

namespace Portal.Web.IntegrationTests.Infrastructure;

public sealed class HostingTests(HostingTests.ThrowingPortalFactory factory) : IClassFixture<HostingTests.ThrowingPortalFactory>
{
    [Fact]
    public async Task Health_ReturnsOk_WhenDatabaseReachable()
    {
        var response = await factory.CreateBrowserlessClient().GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(!TestDatabase.IsPostgreSql, File.Exists(Path.Combine(factory.DataDirectory, "portal.db")));
    }

    [Theory]
    [InlineData("/account/login")]
    [InlineData("/report")]
    [InlineData("/follow-up")]
    [InlineData("/health")]
    public async Task SecurityHeaders_ArePresent_OnEveryResponse(string path)
    {
        var response = await factory.CreateBrowserlessClient().GetAsync(path);

        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("default-src", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("http", csp, StringComparison.Ordinal);
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Theory]
    [InlineData("/report")]
    [InlineData("/follow-up")]
    public async Task AnonymousPages_LoadNoScriptAndNoThirdParty_AndSetOnlyAntiforgeryCookie(string path)
    {
        var response = await factory.CreateBrowserlessClient().GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch("(src|href)=\"(https?:)?//", html);
        Assert.Contains("script-src 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        var cookies = response.Headers.TryGetValues("Set-Cookie", out var values) ? values.ToList() : [];
        Assert.All(cookies, c => Assert.StartsWith("portal.af=", c, StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnonymousPages_SpeakEnglish_WhenAskedInQueryString()
    {
        var html = WebUtility.HtmlDecode(await factory.CreateBrowserlessClient().GetStringAsync("/report?culture=en"));

        Assert.Contains("Report corruption or misconduct", html, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"en\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_AreVietnamese_ByDefault()
    {
        var html = WebUtility.HtmlDecode(await factory.CreateBrowserlessClient().GetStringAsync("/report"));

        Assert.Contains("Phản ánh, tố cáo tham nhũng, tiêu cực", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnexpectedError_ShowsFriendlyPage_WithoutStackTrace()
    {
        var user = await factory.CreateAsync(Portal.Web.Features.Accounts.Roles.Staff);
        factory.ExplodingClock.Armed = true;
        HttpResponseMessage response;
        try
        {
            response = await factory.CreateBrowserlessClient().SignInAsync(user.UserName!, TestAccounts.Password);
        }
        finally
        {
            factory.ExplodingClock.Armed = false;
        }

        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains("Đã có lỗi xảy ra", html, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", html, StringComparison.Ordinal);
        Assert.DoesNotContain("secret detail", html, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", html.Replace("Đã có", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownPath_ShowsNotFoundPage()
    {
        var response = await factory.CreateBrowserlessClient().GetAsync("/no/such/page");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Không tìm thấy trang", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    /// <summary>A portal whose clock can be made to fail, so a real page hits an unexpected exception.</summary>
    public sealed class ThrowingPortalFactory : PortalFactory
    {
        public ExplodingTimeProvider ExplodingClock { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(s => s.AddSingleton<TimeProvider>(ExplodingClock));
        }
    }

    public sealed class ExplodingTimeProvider : TimeProvider
    {
        public bool Armed { get; set; }

        public override DateTimeOffset GetUtcNow() => Armed ? throw new InvalidOperationException("secret detail") : base.GetUtcNow();
    }
}
