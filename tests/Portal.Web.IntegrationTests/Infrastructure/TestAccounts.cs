using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Portal.Web.Features.Accounts;

namespace Portal.Web.IntegrationTests.Infrastructure;

/// <summary>Creates accounts straight through Identity, the way an administrator's page would.</summary>
public static class TestAccounts
{
    public const string Password = "correct horse battery";

    public static async Task<StaffUser> CreateAsync(
        this PortalFactory factory, string role, bool twoFactor = false, bool mustChangePassword = false, string? userName = null,
        bool? withKey = null)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        await AccountSeeding.EnsureRolesAsync(scope.ServiceProvider);
        var user = new StaffUser
        {
            UserName = userName ?? $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}"[..20],
            DisplayName = $"Test {role}",
            TwoFactorEnabled = twoFactor,
            MustChangePassword = mustChangePassword,
        };
        Check(await users.CreateAsync(user, Password));
        Check(await users.AddToRoleAsync(user, role));
        if (twoFactor)
        {
            Check(await users.ResetAuthenticatorKeyAsync(user));
        }

        // Readers of reports hold a key pair, as they would after their first sign-in.
        if (withKey ?? Roles.RequiringTwoFactor.Contains(role))
        {
            var created = await factory.Services.GetRequiredService<Portal.Web.Features.Keys.KeyCustody>().CreateAsync(user.Id, Password);
            factory.Services.GetRequiredService<Portal.Web.Features.Keys.KeyRing>().Remove(created!.Value.SessionId);
        }

        return user;
    }

    public static async Task<string> AuthenticatorKeyAsync(this PortalFactory factory, StaffUser user)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        return (await users.GetAuthenticatorKeyAsync((await users.FindByIdAsync(user.Id.ToString()))!))!;
    }

    private static void Check(IdentityResult result) =>
        Assert.True(result.Succeeded, string.Join(" ", result.Errors.Select(e => e.Description)));
}
