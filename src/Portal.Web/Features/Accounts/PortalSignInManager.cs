using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Portal.Web.Features.Keys;

namespace Portal.Web.Features.Accounts;

/// <summary>
/// Identity's sign-in plus two duties of this portal: refuse disabled accounts, and unlock the person's
/// private key with the password they just typed (the only moment the server holds it). With two-factor,
/// the unlocked key waits under a short-lived cookie until the code is accepted.
/// </summary>
internal sealed class PortalSignInManager(
    UserManager<StaffUser> userManager, IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<StaffUser> claimsFactory, IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<StaffUser>> logger, IAuthenticationSchemeProvider schemes, IUserConfirmation<StaffUser> confirmation,
    KeyCustody keys, KeyRing ring, Audit.AuditLog audit)
    : SignInManager<StaffUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    private const string PendingKeyCookie = "portal.kr";

    public override async Task<bool> CanSignInAsync(StaffUser user) =>
        !user.IsDisabled && await base.CanSignInAsync(user);

    public override async Task<SignInResult> PasswordSignInAsync(string userName, string password, bool isPersistent, bool lockoutOnFailure)
    {
        var user = await UserManager.FindByNameAsync(userName);
        if (user is null)
        {
            // Audited without the typed name: people type passwords into the name field, and the log keeps everything forever.
            await audit.AppendAsync(Audit.AuditActions.SignInFailed, null, detail: "password: unknown-account");
            return SignInResult.Failed;
        }

        return await PasswordSignInAsync(user, password, isPersistent, lockoutOnFailure);
    }

    public override async Task<SignInResult> PasswordSignInAsync(StaffUser user, string password, bool isPersistent, bool lockoutOnFailure)
    {
        var attempt = await CheckPasswordSignInAsync(user, password, lockoutOnFailure);
        if (!attempt.Succeeded)
        {
            await audit.AppendAsync(Audit.AuditActions.SignInFailed, user.Id, detail: $"password: {FailureReason(attempt)}");
            return attempt;
        }

        var (_, sessionId) = await keys.UnlockAsync(user.Id, password);
        Context.Items[KeyRing.HttpItem] = sessionId;
        var result = await SignInOrTwoFactorAsync(user, isPersistent);
        if (result.RequiresTwoFactor && sessionId is not null)
        {
            Context.Response.Cookies.Append(PendingKeyCookie, sessionId, new CookieOptions
            {
                HttpOnly = true, SameSite = SameSiteMode.Strict, Path = "/account", IsEssential = true,
                Secure = Context.Request.IsHttps, MaxAge = TimeSpan.FromMinutes(10),
            });
        }
        else if (!result.Succeeded)
        {
            ring.Remove(sessionId);
        }

        if (result.Succeeded)
        {
            // With two-factor the sign-in is complete only after the code; it is recorded there.
            await audit.AppendAsync(Audit.AuditActions.SignIn, user.Id, detail: "password");
        }

        return result;
    }

    public override async Task<SignInResult> TwoFactorAuthenticatorSignInAsync(string code, bool isPersistent, bool rememberClient)
    {
        Context.Items[KeyRing.HttpItem] = Context.Request.Cookies[PendingKeyCookie];
        var user = await GetTwoFactorAuthenticationUserAsync();
        var result = await base.TwoFactorAuthenticatorSignInAsync(code, isPersistent, rememberClient);
        if (result.Succeeded)
        {
            Context.Response.Cookies.Delete(PendingKeyCookie, new CookieOptions { Path = "/account" });
            await audit.AppendAsync(Audit.AuditActions.SignIn, user?.Id, detail: "password+totp");
        }
        else if (user is not null)
        {
            // Without a pending password step there is no account to attribute the attempt to; the page starts over.
            await audit.AppendAsync(Audit.AuditActions.SignInFailed, user.Id, detail: $"totp: {FailureReason(result)}");
        }

        return result;
    }

    public override async Task SignOutAsync()
    {
        var principal = Context.User;
        ring.Remove(principal.FindFirst(PortalClaims.KeySession)?.Value);
        await base.SignOutAsync();
        // Only a real session is recorded: anyone may request the sign-out address, and those requests end nothing.
        if (principal.Identity?.IsAuthenticated == true && Guid.TryParse(UserManager.GetUserId(principal), out var userId))
        {
            await audit.AppendAsync(Audit.AuditActions.SignOut, userId);
        }
    }

    private static string FailureReason(SignInResult result) =>
        result.IsLockedOut ? "locked-out" : result.IsNotAllowed ? "not-allowed" : "wrong";
}
