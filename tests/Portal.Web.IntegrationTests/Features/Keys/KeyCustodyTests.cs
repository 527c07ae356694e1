using System.Net;
using Microsoft.EntityFrameworkCore;
using Portal.Crypto;
using Portal.Web.Data;
using Portal.Web.Features.Accounts;
using Portal.Web.Features.Keys;
using Portal.Web.IntegrationTests.Infrastructure;

namespace Portal.Web.IntegrationTests.Features.Keys;

public sealed class KeyCustodyTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private KeyCustody Keys => factory.Services.GetRequiredService<KeyCustody>();

    private KeyRing Ring => factory.Services.GetRequiredService<KeyRing>();

    [Fact]
    public async Task Unlock_OpensKey_WithPasswordOnly()
    {
        var user = await factory.CreateAsync(Roles.Handler, withKey: false);
        var created = await Keys.CreateAsync(user.Id, TestAccounts.Password);
        Assert.NotNull(created);
        Ring.Remove(created.Value.SessionId);

        var wrong = await Keys.UnlockAsync(user.Id, "not the password");
        var right = await Keys.UnlockAsync(user.Id, TestAccounts.Password);

        Assert.Equal(UnlockOutcome.NeedsRecovery, wrong.Outcome);
        Assert.Equal(UnlockOutcome.Unlocked, right.Outcome);
        Assert.True(Ring.TryGet(right.SessionId, user.Id, out _));
        Assert.False(Ring.TryGet(right.SessionId, Guid.NewGuid(), out _));
    }

    [Fact]
    public async Task StoredKey_HoldsNoPrivateKeyInClear()
    {
        var user = await factory.CreateAsync(Roles.Handler, withKey: false);
        var created = await Keys.CreateAsync(user.Id, TestAccounts.Password);
        Assert.True(Ring.TryGet(created!.Value.SessionId, user.Id, out var key));
        var privateKey = new byte[32];
        key.ExportPrivateKey(privateKey);

        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        var stored = await db.StaffKeys.SingleAsync(k => k.UserId == user.Id);

        Assert.Equal(-1, stored.PasswordWrap.AsSpan().IndexOf(privateKey));
        Assert.Equal(-1, stored.RecoveryWrap.AsSpan().IndexOf(privateKey));
        Assert.Equal(key.ExportPublicKey(), stored.PublicKey);
    }

    [Fact]
    public async Task Recover_ReopensKey_AfterAdministratorReset_AndIssuesNewCode()
    {
        var admin = await factory.CreateAsync(Roles.Administrator);
        var user = await factory.CreateAsync(Roles.Handler, withKey: false);
        var created = await Keys.CreateAsync(user.Id, TestAccounts.Password);
        Assert.True(Ring.TryGet(created!.Value.SessionId, user.Id, out var original));
        var publicKey = original.ExportPublicKey();

        string temporary;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var (result, password) = await scope.ServiceProvider.GetRequiredService<AccountAdministration>().ResetPasswordAsync(user.Id);
            Assert.True(result.Succeeded);
            temporary = password!;
        }

        Assert.False(Ring.TryGet(created.Value.SessionId, user.Id, out _));
        Assert.Equal(UnlockOutcome.NeedsRecovery, (await Keys.UnlockAsync(user.Id, temporary)).Outcome);
        Assert.Null(await Keys.RecoverAsync(user.Id, RecoveryCode.Generate(), temporary));

        var recovered = await Keys.RecoverAsync(user.Id, created.Value.Code, temporary);

        Assert.NotNull(recovered);
        Assert.True(Ring.TryGet(recovered.Value.SessionId, user.Id, out var reopened));
        Assert.Equal(publicKey, reopened.ExportPublicKey());
        Assert.Equal(UnlockOutcome.Unlocked, (await Keys.UnlockAsync(user.Id, temporary)).Outcome);
        Assert.Null(await Keys.RecoverAsync(user.Id, created.Value.Code, temporary));
        Assert.NotNull(admin);
    }

    [Fact]
    public async Task SignIn_UnlocksKey_WhenPasswordAndCodeAccepted()
    {
        var user = await factory.CreateAsync(Roles.Handler, twoFactor: true, withKey: false);
        var created = await Keys.CreateAsync(user.Id, TestAccounts.Password);
        Ring.Remove(created!.Value.SessionId);
        var client = factory.CreateBrowserlessClient();

        await client.SignInAsync(user.UserName!, TestAccounts.Password);
        await client.SendTotpAsync(await factory.AuthenticatorKeyAsync(user), DateTimeOffset.UtcNow);
        var home = WebUtility.HtmlDecode(await client.GetStringAsync("/"));

        Assert.Contains("Đã mở trong phiên này", home, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Gate_SendsReaderWithoutKey_ToSetUp_ThenShowsRecoveryCodeOnce()
    {
        var user = await factory.CreateAsync(Roles.Handler, twoFactor: true, withKey: false);
        var client = factory.CreateBrowserlessClient();
        await client.SignInAsync(user.UserName!, TestAccounts.Password);
        await client.SendTotpAsync(await factory.AuthenticatorKeyAsync(user), DateTimeOffset.UtcNow);
        Assert.Equal("/account/keys", (await client.GetAsync("/")).RedirectPath());

        var wrong = await client.PostFormAsync("/account/keys", "set-up-keys", new Dictionary<string, string> { ["Input.Password"] = "wrong password here" });
        Assert.Contains("Mật khẩu không đúng", WebUtility.HtmlDecode(await wrong.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        var created = await client.PostFormAsync("/account/keys", "set-up-keys", new Dictionary<string, string> { ["Input.Password"] = TestAccounts.Password });
        var page = WebUtility.HtmlDecode(await created.Content.ReadAsStringAsync());
        var code = System.Text.RegularExpressions.Regex.Match(page, "id=\"recovery-code\">([^<]+)<").Groups[1].Value;
        Assert.True(RecoveryCode.TryParse(code, out _, out _), page);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
        Assert.Equal("/", (await client.GetAsync("/account/keys")).RedirectPath());
    }

    [Fact]
    public async Task ChangePassword_RewrapsKey_SoNewPasswordUnlocks()
    {
        var user = await factory.CreateAsync(Roles.Staff);
        var created = await Keys.CreateAsync(user.Id, TestAccounts.Password);
        Ring.Remove(created!.Value.SessionId);
        var client = factory.CreateBrowserlessClient();
        await client.SignInAsync(user.UserName!, TestAccounts.Password);

        var changed = await client.PostFormAsync("/account/password", "change-password", new Dictionary<string, string>
        {
            ["Input.Current"] = TestAccounts.Password, ["Input.New"] = "another long passphrase", ["Input.Confirm"] = "another long passphrase",
        });

        Assert.Equal("/?changed=1", changed.RedirectPath());
        Assert.Equal(UnlockOutcome.Unlocked, (await Keys.UnlockAsync(user.Id, "another long passphrase")).Outcome);
        Assert.Equal(UnlockOutcome.NeedsRecovery, (await Keys.UnlockAsync(user.Id, TestAccounts.Password)).Outcome);
    }

    [Fact]
    public async Task SignOut_DropsKeyFromRing()
    {
        var user = await factory.CreateAsync(Roles.Staff);
        Ring.Remove((await Keys.CreateAsync(user.Id, TestAccounts.Password))!.Value.SessionId);
        var before = Ring.Count;
        var client = factory.CreateBrowserlessClient();
        await client.SignInAsync(user.UserName!, TestAccounts.Password);
        Assert.Equal(before + 1, Ring.Count);

        await client.GetAsync("/account/logout");

        Assert.Equal(before, Ring.Count);
    }
}
