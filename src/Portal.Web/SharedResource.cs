using System.Resources;

[assembly: NeutralResourcesLanguage("vi")]

namespace Portal.Web;

/// <summary>
/// Anchor type for the portal's texts (Resources/SharedResource.resx is Vietnamese, the default;
/// SharedResource.en.resx is English).
/// </summary>
public sealed class SharedResource;

/// <summary>
/// Which of the portal's two languages the current request reads. Texts stored as data (rule and holiday names,
/// unit names) carry both; Vietnamese is the default, and an English text that is missing falls back to it.
/// </summary>
public static class UiLanguage
{
    public static bool IsEnglish => System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    public static string Pick(string vietnamese, string? english) => IsEnglish && !string.IsNullOrEmpty(english) ? english : vietnamese;
}
