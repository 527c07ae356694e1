namespace Portal.Web.Features.Intake.Metadata.Ooxml;

/// <summary>External relationship targets that reveal where the author keeps files.</summary>
/// <remarks>Links to files on a disk or a network share ("C:\Users\nguyenvana\...", "file:///...",
/// "\\server\share\...") and into a personal OneDrive ("https://x.sharepoint.com/personal/user_domain/...")
/// usually contain a user name. They are reduced to the file name, which keeps the link's meaning
/// readable. Ordinary web links are left alone: they are content the author chose to show.</remarks>
internal static class ExternalTargets
{
    public static bool RevealsLocation(string target) =>
        target.StartsWith("file:", StringComparison.OrdinalIgnoreCase) ||
        target.StartsWith(@"\\", StringComparison.Ordinal) ||
        target.StartsWith("//", StringComparison.Ordinal) ||
        target.StartsWith('/') ||
        (target.Length >= 3 && char.IsAsciiLetter(target[0]) && target[1] == ':' && target[2] is '\\' or '/') ||
        target.Contains("/personal/", StringComparison.OrdinalIgnoreCase);

    public static string FileNameOnly(string target)
    {
        var end = target.IndexOfAny(['?', '#']);
        var path = end >= 0 ? target[..end] : target;
        var name = path[(path.LastIndexOfAny(['/', '\\']) + 1)..];
        return name.Length == 0 ? "removed" : name;
    }
}
