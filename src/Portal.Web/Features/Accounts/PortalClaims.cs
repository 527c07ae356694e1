using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Portal.Web.Features.Accounts;

public static class PortalClaims
{
    public const string DisplayName = "portal:display_name";
    public const string UnitName = "portal:unit";
    public const string MustChangePassword = "portal:must_change_password";
    /// <summary>The account has a key pair (staff who read reports must set one up before anything else).</summary>
    public const string HasKey = "portal:has_key";
    /// <summary>Set by Identity on a sign-in that passed the second factor.</summary>
    public const string AuthenticationMethod = "amr";
    public const string MultiFactor = "mfa";

    /// <summary>Random id of this session's entry in the server-side key ring (never the key itself).</summary>
    public const string KeySession = "portal:key_session";

    /// <summary>Claims that describe this sign-in rather than the account.</summary>
    private static readonly string[] SessionClaimTypes = [AuthenticationMethod, KeySession];

    internal static Task CarrySessionClaims(SecurityStampRefreshingPrincipalContext context)
    {
        if (context.NewPrincipal?.Identity is ClaimsIdentity fresh && context.CurrentPrincipal is { } current)
        {
            foreach (var claim in current.Claims.Where(c => SessionClaimTypes.Contains(c.Type)))
            {
                if (!fresh.HasClaim(claim.Type, claim.Value))
                {
                    fresh.AddClaim(new Claim(claim.Type, claim.Value));
                }
            }
        }

        return Task.CompletedTask;
    }

    public static bool RequiresTwoFactor(this ClaimsPrincipal user) => Roles.RequiringTwoFactor.Any(user.IsInRole);

    /// <summary>Roles that open report content or identities need a key pair; they are the same that need a second factor.</summary>
    public static bool RequiresKeys(this ClaimsPrincipal user) => Roles.RequiringTwoFactor.Any(user.IsInRole);

    public static bool PassedTwoFactor(this ClaimsPrincipal user) => user.HasClaim(AuthenticationMethod, MultiFactor);

    public static string Name(this ClaimsPrincipal user) =>
        user.FindFirstValue(DisplayName) is { Length: > 0 } name ? name : user.Identity?.Name ?? "";
}

/// <summary>Puts what the shell shows (name, unit) and the password-change duty into the cookie, so no page queries for them.</summary>
internal sealed class PortalClaimsFactory(
    UserManager<StaffUser> users, RoleManager<StaffRole> roles, IOptions<IdentityOptions> options, Data.PortalDbContext db,
    IHttpContextAccessor http, Keys.KeyRing ring)
    : UserClaimsPrincipalFactory<StaffUser, StaffRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(StaffUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(PortalClaims.DisplayName, user.DisplayName));
        if (user.StaffMemberId is { } staffId)
        {
            var unit = db.StaffMembers.Where(s => s.Id == staffId).Select(s => s.Unit!.Name).FirstOrDefault();
            if (unit is not null)
            {
                identity.AddClaim(new Claim(PortalClaims.UnitName, unit));
            }
        }

        if (user.MustChangePassword)
        {
            identity.AddClaim(new Claim(PortalClaims.MustChangePassword, "true"));
        }

        if (db.StaffKeys.Any(k => k.UserId == user.Id))
        {
            identity.AddClaim(new Claim(PortalClaims.HasKey, "true"));
        }

        // A sign-in page leaves the new key session here; a refresh of the same person keeps the current one.
        var context = http.HttpContext;
        var session = context?.Items[Keys.KeyRing.HttpItem] as string
            ?? (context?.User.FindFirstValue(ClaimTypes.NameIdentifier) == user.Id.ToString() ? context.User.FindFirstValue(PortalClaims.KeySession) : null);
        if (ring.TryGet(session, user.Id, out _))
        {
            identity.AddClaim(new Claim(PortalClaims.KeySession, session!));
        }

        return identity;
    }
}
