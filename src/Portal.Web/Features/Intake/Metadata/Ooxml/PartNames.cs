namespace Portal.Web.Features.Intake.Metadata.Ooxml;

/// <summary>OPC part names ("/word/document.xml") and the ZIP entry names they are stored under, with
/// the checks that refuse unsafe entry names.</summary>
internal static class PartNames
{
    public const string ContentTypesEntry = "[Content_Types].xml";

    /// <summary>Part names are compared case-insensitively (ASCII), as OPC requires.</summary>
    public static StringComparer Comparer => StringComparer.OrdinalIgnoreCase;

    /// <summary>Whether a ZIP entry name is safe and a possible part name. Names that climb out of the
    /// package ("../"), are absolute ("/etc/x", "C:\x"), use backslashes or control characters are refused:
    /// OPC forbids them, and a later tool that unpacks the file could write outside its folder.</summary>
    public static bool IsSafeEntryName(string name)
    {
        if (name.Length == 0 || name.Length > 1024 || name[0] == '/' || name.Contains('\\', StringComparison.Ordinal) ||
            name.Contains(':', StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (char.IsControl(c))
                return false;
        }

        var segments = name.TrimEnd('/').Split('/');
        return segments.All(s => s.Length > 0 && s != "." && s != "..");
    }

    public static string FromEntryName(string entryName) => "/" + entryName;

    /// <summary>The part a relationships part describes: "/word/_rels/document.xml.rels" → "/word/document.xml",
    /// "/_rels/.rels" → "/" (the package itself). Null when the name is not a relationships part.</summary>
    public static string? SourceOfRelationships(string relsPart)
    {
        const string Folder = "/_rels/";
        const string Extension = ".rels";
        var folderAt = relsPart.LastIndexOf(Folder, StringComparison.OrdinalIgnoreCase);
        if (folderAt < 0 || !relsPart.EndsWith(Extension, StringComparison.OrdinalIgnoreCase))
            return null;
        var directory = relsPart[..(folderAt + 1)];
        var name = relsPart[(folderAt + Folder.Length)..^Extension.Length];
        return name.Length == 0 ? directory : directory + name;
    }

    public static string RelationshipsOf(string part)
    {
        if (part == "/")
            return "/_rels/.rels";
        var slash = part.LastIndexOf('/');
        return part[..(slash + 1)] + "_rels/" + part[(slash + 1)..] + ".rels";
    }

    /// <summary>Resolves an internal relationship target against its source part. Null when it escapes
    /// the package or is not a part name at all.</summary>
    public static string? ResolveTarget(string sourcePart, string target)
    {
        var hash = target.IndexOf('#', StringComparison.Ordinal);
        if (hash >= 0)
            target = target[..hash];
        if (target.Length == 0)
            return null;
        string unescaped;
        try
        {
            unescaped = Uri.UnescapeDataString(target);
        }
        catch (UriFormatException)
        {
            return null;
        }

        var baseDirectory = sourcePart[..(sourcePart.LastIndexOf('/') + 1)];
        var combined = unescaped.StartsWith('/') ? unescaped : baseDirectory + unescaped;
        var segments = new List<string>();
        foreach (var segment in combined.Split('/'))
        {
            if (segment.Length == 0 || segment == ".")
                continue;
            if (segment == "..")
            {
                if (segments.Count == 0)
                    return null;
                segments.RemoveAt(segments.Count - 1);
                continue;
            }

            segments.Add(segment);
        }

        return segments.Count == 0 ? null : "/" + string.Join('/', segments);
    }
}
