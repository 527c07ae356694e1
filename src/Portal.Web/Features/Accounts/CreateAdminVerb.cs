using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Portal.Web.Data;
using Portal.Web.Infrastructure.Cli;

namespace Portal.Web.Features.Accounts;

/// <summary>
/// Creates the first administrator. The password comes from PORTAL_ADMIN_PASSWORD or is generated and
/// printed once; either way the administrator must choose their own at first sign-in.
/// </summary>
internal sealed class CreateAdminVerb(IServiceScopeFactory scopes, DatabaseInitializer database, TimeProvider clock) : IVerb
{
    public string Name => "create-admin";

    public string Usage => "create-admin <username> [display name]";

    public string Summary => "Create an administrator account (password from PORTAL_ADMIN_PASSWORD or generated).";

    public async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, CancellationToken cancellationToken)
    {
        if (args.Count < 1 || string.IsNullOrWhiteSpace(args[0]))
        {
            await output.WriteLineAsync($"usage: {Usage}");
            return 2;
        }

        await database.MigrateAsync(cancellationToken);
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        await AccountSeeding.EnsureRolesAsync(scope.ServiceProvider);

        var userName = args[0].Trim();
        if (await users.FindByNameAsync(userName) is not null)
        {
            await output.WriteLineAsync($"error: an account named '{userName}' already exists.");
            return 1;
        }

        var fromEnvironment = Environment.GetEnvironmentVariable("PORTAL_ADMIN_PASSWORD");
        var password = string.IsNullOrEmpty(fromEnvironment) ? GeneratePassword() : fromEnvironment;
        var user = new StaffUser
        {
            UserName = userName,
            DisplayName = args.Count > 1 ? string.Join(' ', args.Skip(1)) : userName,
            CreatedAt = clock.GetUtcNow(),
            MustChangePassword = true,
        };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            await output.WriteLineAsync($"error: {string.Join(" ", created.Errors.Select(e => e.Description))}");
            return 1;
        }

        await users.AddToRoleAsync(user, Roles.Administrator);
        await output.WriteLineAsync($"Created administrator '{userName}'.");
        if (string.IsNullOrEmpty(fromEnvironment))
        {
            await output.WriteLineAsync($"Temporary password (shown once, must be changed at first sign-in): {password}");
        }

        return 0;
    }

    /// <summary>16 characters from an alphabet without look-alikes: about 90 bits.</summary>
    internal static string GeneratePassword() =>
        RandomNumberGenerator.GetString("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789", 16);
}
