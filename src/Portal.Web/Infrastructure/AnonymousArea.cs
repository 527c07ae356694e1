namespace Portal.Web.Infrastructure;

/// <summary>The paths that whistleblowers use without an account: static SSR, no script, nothing identifying recorded.</summary>
public static class AnonymousArea
{
    public static readonly IReadOnlyList<string> Prefixes = ["/report", "/follow-up"];

    public static bool Contains(PathString path) =>
        Prefixes.Any(p => path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase));
}
