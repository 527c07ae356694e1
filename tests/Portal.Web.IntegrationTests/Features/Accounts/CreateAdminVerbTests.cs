using System.Net;
using Microsoft.AspNetCore.Identity;
using Portal.Web.Features.Accounts;
using Portal.Web.Infrastructure.Cli;
using Portal.Web.IntegrationTests.Infrastructure;

namespace Portal.Web.IntegrationTests.Features.Accounts;

public sealed class CreateAdminVerbTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task CreateAdmin_PrintsTemporaryPassword_ThatMustBeChangedAtSignIn()
    {
        var output = new StringWriter();

        var exit = await Verbs.RunVerbAsync(factory.Services, ["create-admin", "first-admin", "Quản", "trị"], output, TextWriter.Null, CancellationToken.None);

        Assert.Equal(0, exit);
        var password = output.ToString().Split(": ")[^1].Trim();
        Assert.Equal(16, password.Length);
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var user = await users.FindByNameAsync("first-admin");
        Assert.NotNull(user);
        Assert.Equal("Quản trị", user.DisplayName);
        Assert.True(await users.IsInRoleAsync(user, Roles.Administrator));

        var client = factory.CreateBrowserlessClient();
        await client.SignInAsync("first-admin", password);
        Assert.Equal("/account/password", (await client.GetAsync("/admin/units")).RedirectPath());
    }

    [Fact]
    public async Task CreateAdmin_Refuses_WhenNameTaken()
    {
        await Verbs.RunVerbAsync(factory.Services, ["create-admin", "taken-admin"], TextWriter.Null, TextWriter.Null, CancellationToken.None);
        var output = new StringWriter();

        var exit = await Verbs.RunVerbAsync(factory.Services, ["create-admin", "taken-admin"], output, TextWriter.Null, CancellationToken.None);

        Assert.Equal(1, exit);
        Assert.Contains("already exists", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateAdmin_ShowsUsage_WhenNoName()
    {
        var output = new StringWriter();

        var exit = await Verbs.RunVerbAsync(factory.Services, ["create-admin"], output, TextWriter.Null, CancellationToken.None);

        Assert.Equal(2, exit);
        Assert.Contains("usage: create-admin", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoginPage_ExplainsCreateAdmin_WhenNoAccountsExist()
    {
        using var empty = new PortalFactory();

        var html = WebUtility.HtmlDecode(await empty.CreateBrowserlessClient().GetStringAsync("/account/login"));

        Assert.Contains("create-admin", html, StringComparison.Ordinal);
    }
}
