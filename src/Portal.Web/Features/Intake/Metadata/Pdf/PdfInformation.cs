using Portal.Web.Features.Intake.Metadata.Common;

namespace Portal.Web.Features.Intake.Metadata.Pdf;

/// <summary>Describes the document information dictionary (/Info) that the cleaned file leaves out.</summary>
internal static class PdfInformation
{
    private static readonly Dictionary<string, (MetadataKind Kind, string Detail)> Known = new(StringComparer.Ordinal)
    {
        ["Author"] = (MetadataKind.Author, "document author"),
        ["Creator"] = (MetadataKind.Software, "creating application"),
        ["Producer"] = (MetadataKind.Software, "PDF producer"),
        ["CreationDate"] = (MetadataKind.Timestamps, "creation date"),
        ["ModDate"] = (MetadataKind.Timestamps, "modification date"),
        ["Title"] = (MetadataKind.DocumentProperties, "document title"),
        ["Subject"] = (MetadataKind.DocumentProperties, "document subject"),
        ["Keywords"] = (MetadataKind.DocumentProperties, "document keywords"),
    };

    public static void Describe(PdfObject information, RemovedMetadataCollector removed)
    {
        if (information is not PdfDictionary dictionary)
            return;
        foreach (var (key, value) in dictionary.Entries)
        {
            if (key == "Trapped" || value is PdfNull || value is PdfString { Bytes.Length: 0 })
                continue;
            var (kind, detail) = Known.TryGetValue(key, out var known) ? known : (MetadataKind.CustomProperties, "custom document information fields");
            removed.Add(kind, detail);
        }
    }
}
