using System.Net;
using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;
using Portal.Web.Features.Accounts;
using Portal.Web.Features.Audit;
using Portal.Web.IntegrationTests.Infrastructure;

namespace Portal.Web.IntegrationTests.Features.Audit;

/// <summary>Every sign-in outcome leaves a line in the audit log, and no line keeps what the person typed.</summary>
public sealed class SignInAuditTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private async Task<long> LastIdAsync()
    {
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        return await db.AuditEntries.MaxAsync(e => (long?)e.Id) ?? 0;
    }

    private async Task<List<AuditEntry>> EntriesAfterAsync(long id)
    {
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        return await db.AuditEntries.AsNoTracking().Where(e => e.Id > id).OrderBy(e => e.Id).ToListAsync();
    }

    private async Task<List<AuditEntry>> AllEntriesAsync() => await EntriesAfterAsync(0);

    private static bool Mentions(AuditEntry entry, string text) =>
        $"{entry.Action}|{entry.Subject}|{entry.Detail}".Contains(text, StringComparison.OrdinalIgnoreCase);

    [Fact]
    public async Task SignIn_AuditsFailureAgainstAccount_WhenPasswordWrong()
    {
        var user = await factory.CreateAsync(Roles.Staff);
        var typed = $"sai-mat-khau-{Guid.NewGuid():N}";
        var before = await LastIdAsync();

        var response = await factory.CreateBrowserlessClient().SignInAsync(user.UserName!, typed);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var entry = Assert.Single(await EntriesAfterAsync(before));
        Assert.Equal(AuditActions.SignInFailed, entry.Action);
        Assert.Equal(user.Id, entry.ActorUserId);
        Assert.Equal("password: wrong", entry.Detail);
        Assert.DoesNotContain(await AllEntriesAsync(), e => Mentions(e, typed));
    }

    [Fact]
    public async Task SignIn_AuditsFailureWithoutTypedNameOrPassword_WhenAccountUnknown()
    {
        var typedName = $"ghost-{Guid.NewGuid():N}";
        var typedPassword = $"mat-khau-{Guid.NewGuid():N}";
        var before = await LastIdAsync();

        await factory.CreateBrowserlessClient().SignInAsync(typedName, typedPassword);

        var entry = Assert.Single(await EntriesAfterAsync(before));
        Assert.Equal(AuditActions.SignInFailed, entry.Action);
        Assert.Null(entry.ActorUserId);
        Assert.Equal("password: unknown-account", entry.Detail);
        Assert.Null(entry.Subject);
        Assert.DoesNotContain(await AllEntriesAsync(), e => Mentions(e, typedName) || Mentions(e, typedPassword));
    }

    [Fact]
    public async Task SignIn_AuditsLockout_WhenFifthPasswordWrong()
    {
        var user = await factory.CreateAsync(Roles.Staff);
        var client = factory.CreateBrowserlessClient();
        var before = await LastIdAsync();

        for (var i = 0; i < 5; i++)
        {
            await client.SignInAsync(user.UserName!, $"wrong password {i}");
        }

        await client.SignInAsync(user.UserName!, TestAccounts.Password);

        var details = (await EntriesAfterAsync(before)).Select(e => $"{e.Action} {e.Detail}").ToList();
        Assert.Equal(
        [
            .. Enumerable.Repeat("account.sign-in-failed password: wrong", 4),
            "account.sign-in-failed password: locked-out",
            "account.sign-in-failed password: locked-out",
        ], details);
    }

    [Fact]
    public async Task SignIn_AuditsSuccessAndFailedCode_WhenTwoFactor()
    {
        var user = await factory.CreateAsync(Roles.Handler, twoFactor: true);
        var key = await factory.AuthenticatorKeyAsync(user);
        var client = factory.CreateBrowserlessClient();
        var before = await LastIdAsync();

        await client.SignInAsync(user.UserName!, TestAccounts.Password);
        await client.PostFormAsync("/account/login-2fa", "login-2fa", new Dictionary<string, string> { ["Input.Code"] = "000000" });
        var right = await client.SendTotpAsync(key, DateTimeOffset.UtcNow);

        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        var entries = await EntriesAfterAsync(before);
        Assert.All(entries, e => Assert.Equal(user.Id, e.ActorUserId));
        Assert.Equal(["account.sign-in-failed totp: wrong", "account.sign-in password+totp"], entries.Select(e => $"{e.Action} {e.Detail}"));
    }

    [Fact]
    public async Task SignOut_IsAuditedWithAccount_WhenSignedIn()
    {
        var user = await factory.CreateAsync(Roles.Staff);
        var client = factory.CreateBrowserlessClient();
        await client.SignInAsync(user.UserName!, TestAccounts.Password);
        var before = await LastIdAsync();

        var response = await client.GetAsync("/account/logout");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var entry = Assert.Single(await EntriesAfterAsync(before));
        Assert.Equal(AuditActions.SignOut, entry.Action);
        Assert.Equal(user.Id, entry.ActorUserId);
    }

    [Fact]
    public async Task SignOut_IsNotAudited_WhenNobodySignedIn()
    {
        var before = await LastIdAsync();

        await factory.CreateBrowserlessClient().GetAsync("/account/logout");

        Assert.Empty(await EntriesAfterAsync(before));
    }
}
