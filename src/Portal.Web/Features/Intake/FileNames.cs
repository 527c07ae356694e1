using System.Globalization;
using System.Text;

namespace Portal.Web.Features.Intake;

/// <summary>
/// File names as the reporter's browser sent them are shown to handlers later, so they are made harmless:
/// no folders, no control or direction-changing characters (a "gpj.exe" trick), bounded length.
/// </summary>
public static class FileNames
{
    public const int MaxLength = 200;

    public static string Clean(string? raw)
    {
        var name = (raw ?? "").Replace('\\', '/');
        name = name[(name.LastIndexOf('/') + 1)..].Normalize(NormalizationForm.FormC);
        var kept = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator
                or UnicodeCategory.ParagraphSeparator or UnicodeCategory.Surrogate or UnicodeCategory.OtherNotAssigned)
            {
                continue;
            }

            kept.Append(c);
        }

        var cleaned = kept.ToString().Trim().Trim('.');
        if (cleaned.Length > MaxLength)
        {
            var extension = Path.GetExtension(cleaned);
            cleaned = cleaned[..(MaxLength - Math.Min(extension.Length, 20))] + extension[..Math.Min(extension.Length, 20)];
        }

        return cleaned.Length == 0 ? "file" : cleaned;
    }
}
