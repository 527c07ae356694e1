using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Portal.Web.Data;
using Portal.Web.Infrastructure;
using Portal.Web.Infrastructure.Localization;

namespace Portal.Web.Features.Accounts;

public static class AccountsExtensions
{
    public const string AdministratorsOnly = "AdministratorsOnly";

    public static IServiceCollection AddPortalAccounts(this IServiceCollection services, IConfiguration configuration)
    {
        var idleMinutes = configuration.GetValue($"{PortalOptions.Section}:{nameof(PortalOptions.IdleTimeoutMinutes)}", 20);
        services.AddHttpContextAccessor();
        services.AddIdentity<StaffUser, StaffRole>(o =>
            {
                // Length beats composition rules (NIST SP 800-63B); 12 characters is the floor for staff.
                o.Password.RequiredLength = 12;
                o.Password.RequiredUniqueChars = 5;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = false;
                o.SignIn.RequireConfirmedAccount = false;
            })
            .AddEntityFrameworkStores<PortalDbContext>()
            .AddSignInManager<PortalSignInManager>()
            .AddClaimsPrincipalFactory<PortalClaimsFactory>()
            .AddErrorDescriber<LocalizedIdentityErrorDescriber>()
            .AddDefaultTokenProviders();

        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "portal.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.LoginPath = AccountPaths.Login;
            o.LogoutPath = AccountPaths.Logout;
            o.AccessDeniedPath = AccountPaths.AccessDenied;
            // Idle sign-out for requests; the staff layout ends idle circuits on the same clock.
            o.ExpireTimeSpan = TimeSpan.FromMinutes(idleMinutes);
            o.SlidingExpiration = true;
        });
        services.Configure<SecurityStampValidatorOptions>(o =>
        {
            o.ValidationInterval = TimeSpan.FromMinutes(1);
            // The refresh rebuilds the principal from the database, which knows nothing of how this session
            // signed in: carry the second-factor and key-ring claims over, or the gate would bounce people.
            o.OnRefreshingPrincipal = PortalClaims.CarrySessionClaims;
        });

        services.AddAuthorizationBuilder()
            // Deny by default: a page that forgets [Authorize] is still closed; public pages opt out explicitly.
            .SetFallbackPolicy(new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(AdministratorsOnly, p => p.RequireRole(Roles.Administrator));
        services.AddCascadingAuthenticationState();
        services.AddScoped<AuthenticationStateProvider, RevalidatingAuthenticationStateProvider>();
        services.AddScoped<AccountAdministration>();
        services.AddTransient<Infrastructure.Cli.IVerb, CreateAdminVerb>();
        return services;
    }

    public static WebApplication UsePortalAccounts(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseMiddleware<AccountGateMiddleware>();
        app.UseAuthorization();
        app.UseRateLimiter();
        // Antiforgery must see the authenticated user, so it comes after authentication.
        app.UseAntiforgery();
        return app;
    }

    public static WebApplication MapPortalAccounts(this WebApplication app)
    {
        app.MapPost(AccountPaths.Logout, async (SignInManager<StaffUser> signIn, [FromForm] string? reason) =>
        {
            await signIn.SignOutAsync();
            return Results.LocalRedirect($"{AccountPaths.Login}?reason={(reason == "idle" ? "idle" : "signed-out")}");
        }).AllowAnonymous();
        // Idle sign-out arrives as a plain navigation; the SameSite=Strict cookie means another site cannot force it.
        app.MapGet(AccountPaths.Logout, async (SignInManager<StaffUser> signIn) =>
        {
            await signIn.SignOutAsync();
            return Results.LocalRedirect($"{AccountPaths.Login}?reason=idle");
        }).AllowAnonymous();
        return app;
    }

    /// <summary>Only same-site paths are followed after sign-in, so a crafted link cannot bounce a user elsewhere.</summary>
    public static string SafeReturnUrl(string? returnUrl) => LocalizationSetup.IsLocal(returnUrl) ? returnUrl! : "/";
}
