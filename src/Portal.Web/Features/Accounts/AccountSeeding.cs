using Microsoft.AspNetCore.Identity;

namespace Portal.Web.Features.Accounts;

internal static class AccountSeeding
{
    /// <summary>Roles are fixed by the code that checks them, so they are created on demand rather than edited.</summary>
    public static async Task EnsureRolesAsync(IServiceProvider services)
    {
        var roles = services.GetRequiredService<RoleManager<StaffRole>>();
        foreach (var name in Roles.All)
        {
            if (!await roles.RoleExistsAsync(name))
            {
                await roles.CreateAsync(new StaffRole(name));
            }
        }
    }
}
