using Microsoft.AspNetCore.Identity;

namespace Portal.Web.Features.Accounts;

internal static class AccountActivity
{
    /// <summary>Shown to administrators so dormant accounts stand out.</summary>
    public static async Task RecordSignInAsync(UserManager<StaffUser> users, string userName, TimeProvider clock)
    {
        if (await users.FindByNameAsync(userName) is { } user)
        {
            user.LastSignInAt = clock.GetUtcNow();
            await users.UpdateAsync(user);
        }
    }
}
