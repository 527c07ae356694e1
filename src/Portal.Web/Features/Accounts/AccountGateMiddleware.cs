namespace Portal.Web.Features.Accounts;

/// <summary>
/// Keeps a signed-in person on the account pages until they have done what their account owes:
/// a new password after a reset, and TOTP enrolment for roles that can reach case content.
/// </summary>
internal sealed class AccountGateMiddleware(RequestDelegate next)
{
    private static readonly string[] AlwaysOpen =
        ["/account", "/_framework", "/_content", "/assets", "/health", "/culture", "/error", "/not-found", "/favicon"];

    public Task InvokeAsync(HttpContext context)
    {
        var user = context.User;
        if (user.Identity?.IsAuthenticated == true &&
            !AlwaysOpen.Any(p => context.Request.Path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase)))
        {
            if (user.HasClaim(c => c.Type == PortalClaims.MustChangePassword))
            {
                context.Response.Redirect(AccountPaths.ChangePassword);
                return Task.CompletedTask;
            }

            if (user.RequiresTwoFactor() && !user.PassedTwoFactor())
            {
                context.Response.Redirect(AccountPaths.EnrolTwoFactor);
                return Task.CompletedTask;
            }

            if (user.RequiresKeys() && !user.HasClaim(c => c.Type == PortalClaims.HasKey))
            {
                context.Response.Redirect(AccountPaths.SetUpKeys);
                return Task.CompletedTask;
            }
        }

        return next(context);
    }
}

public static class AccountPaths
{
    public const string Login = "/account/login";
    public const string LoginTwoFactor = "/account/login-2fa";
    public const string EnrolTwoFactor = "/account/two-factor";
    public const string ChangePassword = "/account/password";
    public const string Logout = "/account/logout";
    public const string AccessDenied = "/account/access-denied";
    public const string SetUpKeys = "/account/keys";
    public const string RecoverKeys = "/account/keys/recover";
}
