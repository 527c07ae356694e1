using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Portal.Web.Infrastructure;

namespace Portal.Web.Features.Accounts;

public sealed record AccountRow(
    Guid Id, string UserName, string DisplayName, string? StaffName, string? UnitName, IReadOnlyList<string> Roles,
    bool TwoFactorEnabled, bool LockedOut, bool Disabled, bool MustChangePassword, DateTimeOffset? LastSignInAt);

/// <summary>
/// What an administrator does to accounts. Every change that affects access updates the security stamp,
/// which ends the person's open sessions within a minute. Each call runs in its own scope: a Blazor circuit
/// lives for hours, and a UserManager held that long would work on stale, tracked rows.
/// </summary>
public sealed class AccountAdministration(IServiceScopeFactory scopes, TimeProvider clock, IStringLocalizer<SharedResource> l, Keys.KeyRing ring)
{
    private async Task<T> WithUsers<T>(Func<UserManager<StaffUser>, Task<T>> action)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>());
    }

    public Task<IReadOnlyList<AccountRow>> ListAsync(CancellationToken cancellationToken = default) => WithUsers<IReadOnlyList<AccountRow>>(async users =>
    {
        var now = clock.GetUtcNow();
        var accounts = await users.Users.AsNoTracking()
            .Select(u => new { User = u, StaffName = u.StaffMember != null ? u.StaffMember.FullName : null, UnitName = u.StaffMember != null ? u.StaffMember.Unit!.Name : null })
            .ToListAsync(cancellationToken);
        var rows = new List<AccountRow>(accounts.Count);
        foreach (var a in accounts.OrderBy(a => a.User.UserName, StringComparer.Ordinal))
        {
            var roles = await users.GetRolesAsync(a.User);
            rows.Add(new AccountRow(
                a.User.Id, a.User.UserName!, a.User.DisplayName, a.StaffName, a.UnitName, roles.Order(StringComparer.Ordinal).ToList(),
                a.User.TwoFactorEnabled, a.User.LockoutEnd > now, a.User.IsDisabled, a.User.MustChangePassword, a.User.LastSignInAt));
        }

        return rows;
    });

    /// <summary>Creates an account with a temporary password that the person must replace at first sign-in.</summary>
    public Task<(CommandResult Result, string? TemporaryPassword)> CreateAsync(
        string userName, string displayName, Guid? staffMemberId, IReadOnlyCollection<string> roles) => WithUsers<(CommandResult Result, string? TemporaryPassword)>(async users =>
    {
        userName = userName.Trim();
        displayName = displayName.Trim();
        if (userName.Length is < 3 or > 64)
        {
            return (CommandResult.Fail(l["Account.UserNameInvalid"]), null);
        }

        if (roles.Count == 0 || roles.Any(r => !Roles.All.Contains(r)))
        {
            return (CommandResult.Fail(l["Account.RolesRequired"]), null);
        }

        if (staffMemberId is { } staffId && await users.Users.AnyAsync(u => u.StaffMemberId == staffId))
        {
            return (CommandResult.Fail(l["Account.StaffHasAccount"]), null);
        }

        var password = CreateAdminVerb.GeneratePassword();
        var user = new StaffUser
        {
            UserName = userName,
            DisplayName = displayName.Length > 0 ? displayName : userName,
            StaffMemberId = staffMemberId,
            CreatedAt = clock.GetUtcNow(),
            MustChangePassword = true,
        };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            return (Fail(created), null);
        }

        var added = await users.AddToRolesAsync(user, roles);
        return added.Succeeded ? (CommandResult.Ok, password) : (Fail(added), null);
    });

    public Task<CommandResult> SetRolesAsync(Guid userId, IReadOnlyCollection<string> roles) => WithUsers<CommandResult>(async users =>
    {
        if (await users.FindByIdAsync(userId.ToString()) is not { } user)
        {
            return CommandResult.Fail(l["Account.Missing"]);
        }

        if (roles.Count == 0 || roles.Any(r => !Roles.All.Contains(r)))
        {
            return CommandResult.Fail(l["Account.RolesRequired"]);
        }

        var current = await users.GetRolesAsync(user);
        if (current.Contains(Roles.Administrator) && !roles.Contains(Roles.Administrator) &&
            (await users.GetUsersInRoleAsync(Roles.Administrator)).Count(u => !u.IsDisabled) <= 1)
        {
            return CommandResult.Fail(l["Account.LastAdministrator"]);
        }

        var removed = await users.RemoveFromRolesAsync(user, current.Except(roles));
        if (!removed.Succeeded)
        {
            return Fail(removed);
        }

        var added = await users.AddToRolesAsync(user, roles.Except(current));
        if (!added.Succeeded)
        {
            return Fail(added);
        }

        await users.UpdateSecurityStampAsync(user);
        return CommandResult.Ok;
    });

    public Task<(CommandResult Result, string? TemporaryPassword)> ResetPasswordAsync(Guid userId) => WithUsers<(CommandResult Result, string? TemporaryPassword)>(async users =>
    {
        if (await users.FindByIdAsync(userId.ToString()) is not { } user)
        {
            return (CommandResult.Fail(l["Account.Missing"]), null);
        }

        var password = CreateAdminVerb.GeneratePassword();
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var reset = await users.ResetPasswordAsync(user, token, password);
        if (!reset.Succeeded)
        {
            return (Fail(reset), null);
        }

        user.MustChangePassword = true;
        await users.UpdateAsync(user);
        // The administrator never learns the key: open sessions lose it, and the person recovers it with their own code.
        ring.RemoveUser(user.Id);
        return (CommandResult.Ok, password);
    });

    /// <summary>For a lost phone: the person enrols a new authenticator at next sign-in.</summary>
    public Task<CommandResult> ResetTwoFactorAsync(Guid userId) => WithUsers<CommandResult>(async users =>
    {
        if (await users.FindByIdAsync(userId.ToString()) is not { } user)
        {
            return CommandResult.Fail(l["Account.Missing"]);
        }

        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await users.UpdateSecurityStampAsync(user);
        return CommandResult.Ok;
    });

    public Task<CommandResult> UnlockAsync(Guid userId) => WithUsers<CommandResult>(async users =>
    {
        if (await users.FindByIdAsync(userId.ToString()) is not { } user)
        {
            return CommandResult.Fail(l["Account.Missing"]);
        }

        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        return CommandResult.Ok;
    });

    public Task<CommandResult> SetDisabledAsync(Guid userId, bool disabled, Guid actingUserId) => WithUsers<CommandResult>(async users =>
    {
        if (userId == actingUserId && disabled)
        {
            return CommandResult.Fail(l["Account.CannotDisableSelf"]);
        }

        if (await users.FindByIdAsync(userId.ToString()) is not { } user)
        {
            return CommandResult.Fail(l["Account.Missing"]);
        }

        user.IsDisabled = disabled;
        if (disabled)
        {
            ring.RemoveUser(user.Id);
        }

        var updated = await users.UpdateAsync(user);
        if (!updated.Succeeded)
        {
            return Fail(updated);
        }

        await users.UpdateSecurityStampAsync(user);
        return CommandResult.Ok;
    });

    private static CommandResult Fail(IdentityResult result) =>
        new(false, result.Errors.Select(e => e.Description).ToList(), result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.ConcurrencyFailure)));
}
