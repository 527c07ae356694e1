namespace Portal.Web.Infrastructure;

/// <summary>
/// Headers on every response. The CSP allows only this origin: the anonymous area must never make a
/// third-party request, and the staff area has no reason to.
/// </summary>
internal sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    // MudBlazor writes style attributes, so the staff area needs inline styles; scripts stay same-origin only.
    internal const string StaffPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
        "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    // The anonymous area runs no script at all and keeps styles in files.
    internal const string AnonymousPolicy =
        "default-src 'none'; script-src 'none'; style-src 'self'; img-src 'self'; font-src 'self'; " +
        "connect-src 'none'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    // Hangfire's dashboard (administrators only) ships inline scripts.
    private const string DashboardPolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
        "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    // With the optional proof-of-work solver (ADR 0011): one first-party script file, still nothing inline or foreign.
    internal const string AnonymousPolicyWithSolver =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self'; " +
        "connect-src 'none'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public Task InvokeAsync(HttpContext context, Microsoft.Extensions.Options.IOptions<Features.Intake.Admission.AdmissionOptions> admission)
    {
        var anonymous = admission.Value.ScriptSolver ? AnonymousPolicyWithSolver : AnonymousPolicy;
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            var path = context.Request.Path;
            headers.ContentSecurityPolicy = AnonymousArea.Contains(path) ? anonymous
                : path.StartsWithSegments("/hangfire", StringComparison.OrdinalIgnoreCase) ? DashboardPolicy
                : StaffPolicy;
            headers["Referrer-Policy"] = "no-referrer";
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            headers["Cross-Origin-Resource-Policy"] = "same-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), interest-cohort=()";
            if (AnonymousArea.Contains(path))
            {
                // Nothing a whistleblower sees may linger in a shared computer's cache or a proxy.
                headers.CacheControl = "no-store";
            }

            return Task.CompletedTask;
        });
        return next(context);
    }
}
