namespace Portal.Web.Features.Intake;

/// <summary>Form actions in the anonymous area carry the language in the query string (the area sets no cookie).</summary>
public static class IntakeUrls
{
    public static string Action(string path) =>
        UiLanguage.IsEnglish ? $"{path}?culture=en" : path;
}
