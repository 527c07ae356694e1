using MudBlazor;

namespace Portal.Web.Components.Layout;

internal static class PortalTheme
{
    /// <summary>The Department's blue; fonts stay local (no web font download) so no third party is contacted.</summary>
    public static readonly MudTheme Theme = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#0b5394",
            Secondary = "#c62828",
            AppbarBackground = "#0b5394",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = ["system-ui", "Segoe UI", "Roboto", "Arial", "sans-serif"] },
        },
    };
}
