using System.Net;
using Portal.Web.Features.Accounts;
using Portal.Web.IntegrationTests.Infrastructure;

namespace Portal.Web.IntegrationTests.Features.Accounts;

public sealed class SignInTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task SignIn_ShowsSameRefusal_WhenPasswordWrongOrUserUnknown()
    {
        var user = await factory.CreateAsync(Roles.Staff);
        var client = factory.CreateBrowserlessClient();

        var wrongPassword = await client.SignInAsync(user.UserName!, "not the password at all");
        var unknownUser = await client.SignInAsync("nobody-here", "not the password at all");

        var a = await wrongPassword.Content.ReadAsStringAsync();
        var b = await unknownUser.Content.ReadAsStringAsync();
        Assert.Contains("Tên đăng nhập hoặc mật khẩu không đúng.", WebUtility.HtmlDecode(a));
        Assert.Contains("Tên đăng nhập hoặc mật khẩu không đúng.", WebUtility.HtmlDecode(b));
        Assert.DoesNotContain("Set-Cookie", wrongPassword.Headers.ToString().Replace("portal.af", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_LocksAccount_WhenFiveWrongPasswords()
    {
        var user = await factory.CreateAsync(Roles.Staff);
        var client = factory.CreateBrowserlessClient();
        for (var i = 0; i < 5; i++)
        {
            await client.SignInAsync(user.UserName!, "wrong password number " + i);
        }

        // Even the right password is refused while the lock lasts, with a message that says why.
        var response = await client.SignInAsync(user.UserName!, TestAccounts.Password);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("tạm thời bị khoá", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task SignIn_RedirectsHome_WhenStaffPasswordCorrect()
    {
        var user = await factory.CreateAsync(Roles.Staff);
        var client = factory.CreateBrowserlessClient();

        var response = await client.SignInAsync(user.UserName!, TestAccounts.Password);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.RedirectPath());
        var home = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
    }

    [Fact]
    public async Task SignIn_IgnoresForeignReturnUrl_WhenCraftedLink()
    {
        var user = await factory.CreateAsync(Roles.Staff);
        var client = factory.CreateBrowserlessClient();
        var page = await client.GetStringAsync("/account/login");
        Assert.NotNull(page);

        var response = await client.PostFormAsync("/account/login?returnUrl=//evil.example/x", "login",
            new Dictionary<string, string> { ["Input.UserName"] = user.UserName!, ["Input.Password"] = TestAccounts.Password });

        Assert.Equal("/", response.RedirectPath());
    }

    [Fact]
    public async Task SignIn_AsksForCode_WhenTwoFactorEnabled()
    {
        var user = await factory.CreateAsync(Roles.Handler, twoFactor: true);
        var key = await factory.AuthenticatorKeyAsync(user);
        var client = factory.CreateBrowserlessClient();

        var password = await client.SignInAsync(user.UserName!, TestAccounts.Password);
        Assert.StartsWith("/account/login-2fa", password.RedirectPath(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/")).StatusCode);

        var wrong = await client.PostFormAsync("/account/login-2fa", "login-2fa", new Dictionary<string, string> { ["Input.Code"] = "000000" });
        Assert.Contains("Mã xác thực không đúng", WebUtility.HtmlDecode(await wrong.Content.ReadAsStringAsync()));

        var right = await client.SendTotpAsync(key, DateTimeOffset.UtcNow);
        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task SecondFactor_SurvivesSecurityStampRefresh_WhenSessionRevalidated()
    {
        // Validate the security stamp on every request, as happens once a minute in production.
        using var everyRequest = factory.WithWebHostBuilder(b => b.ConfigureServices(s =>
            s.Configure<Microsoft.AspNetCore.Identity.SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.Zero)));
        var user = await factory.CreateAsync(Roles.Leader, twoFactor: true);
        var key = await factory.AuthenticatorKeyAsync(user);
        var client = everyRequest.CreateClient(new() { AllowAutoRedirect = false });
        await client.SignInAsync(user.UserName!, TestAccounts.Password);
        await client.SendTotpAsync(key, DateTimeOffset.UtcNow);

        for (var i = 0; i < 3; i++)
        {
            await Task.Delay(20);
            var page = await client.GetAsync("/organisation");
            Assert.True(page.StatusCode == HttpStatusCode.OK, $"request {i}: {page.StatusCode} -> {page.RedirectPath()}");
        }
    }

    [Fact]
    public async Task Gate_SendsToEnrolment_WhenHandlerHasNoSecondFactor()
    {
        var user = await factory.CreateAsync(Roles.Handler);
        var client = factory.CreateBrowserlessClient();
        await client.SignInAsync(user.UserName!, TestAccounts.Password);

        var home = await client.GetAsync("/");
        Assert.Equal("/account/two-factor", home.RedirectPath());

        // Enrol with the key the page shows, then the gate opens.
        var page = WebUtility.HtmlDecode(await client.GetStringAsync("/account/two-factor"));
        var key = System.Text.RegularExpressions.Regex.Match(page, "id=\"authenticator-key\">([a-z0-9 ]+)<").Groups[1].Value.Replace(" ", "", StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(key));
        var code = new OtpNet.Totp(OtpNet.Base32Encoding.ToBytes(key.ToUpperInvariant())).ComputeTotp(DateTime.UtcNow);
        var enabled = await client.PostFormAsync("/account/two-factor", "enrol-2fa", new Dictionary<string, string> { ["Input.Code"] = code });
        Assert.Equal("/", enabled.RedirectPath());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task Gate_SendsToPasswordChange_WhenTemporaryPassword()
    {
        var user = await factory.CreateAsync(Roles.Staff, mustChangePassword: true);
        var client = factory.CreateBrowserlessClient();
        await client.SignInAsync(user.UserName!, TestAccounts.Password);
        Assert.Equal("/account/password", (await client.GetAsync("/organisation")).RedirectPath());

        var tooShort = await client.PostFormAsync("/account/password", "change-password", new Dictionary<string, string>
        {
            ["Input.Current"] = TestAccounts.Password, ["Input.New"] = "short", ["Input.Confirm"] = "short",
        });
        Assert.Contains("ít nhất 12 ký tự", WebUtility.HtmlDecode(await tooShort.Content.ReadAsStringAsync()));

        var changed = await client.PostFormAsync("/account/password", "change-password", new Dictionary<string, string>
        {
            ["Input.Current"] = TestAccounts.Password, ["Input.New"] = "a much longer passphrase", ["Input.Confirm"] = "a much longer passphrase",
        });
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/organisation")).StatusCode);
    }

    [Fact]
    public async Task AdminPages_AreRefused_WhenStaffRole()
    {
        var user = await factory.CreateAsync(Roles.Staff);
        var client = factory.CreateBrowserlessClient();
        await client.SignInAsync(user.UserName!, TestAccounts.Password);

        foreach (var path in new[] { "/admin/units", "/admin/staff", "/admin/accounts", "/hangfire" })
        {
            var response = await client.GetAsync(path);
            Assert.True(response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Forbidden, $"{path}: {response.StatusCode}");
            if (response.StatusCode == HttpStatusCode.Redirect)
            {
                Assert.StartsWith("/account/access-denied", response.RedirectPath(), StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task AdminPages_Open_WhenAdministrator()
    {
        var user = await factory.CreateAsync(Roles.Administrator);
        var client = factory.CreateBrowserlessClient();
        await client.SignInAsync(user.UserName!, TestAccounts.Password);

        foreach (var path in new[] { "/admin/units", "/admin/staff", "/admin/accounts", "/hangfire" })
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(path)).StatusCode);
        }
    }

    [Fact]
    public async Task StaffPages_RedirectToSignIn_WhenAnonymous()
    {
        var client = factory.CreateBrowserlessClient();
        foreach (var path in new[] { "/", "/organisation", "/admin/units", "/hangfire" })
        {
            var response = await client.GetAsync(path);
            Assert.True(response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Unauthorized, $"{path}: {response.StatusCode}");
            if (response.StatusCode == HttpStatusCode.Redirect)
            {
                Assert.Contains("/account/login", response.RedirectPath(), StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task SignIn_IsRefused_WhenAccountDisabled()
    {
        var admin = await factory.CreateAsync(Roles.Administrator);
        var user = await factory.CreateAsync(Roles.Staff);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var result = await scope.ServiceProvider.GetRequiredService<AccountAdministration>().SetDisabledAsync(user.Id, true, admin.Id);
            Assert.True(result.Succeeded);
        }

        var response = await factory.CreateBrowserlessClient().SignInAsync(user.UserName!, TestAccounts.Password);

        Assert.Contains("đã bị vô hiệu hoá", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }
}
