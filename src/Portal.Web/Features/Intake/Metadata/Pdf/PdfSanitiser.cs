using Portal.Web.Features.Intake.Metadata.Common;

namespace Portal.Web.Features.Intake.Metadata.Pdf;

/// <summary>Removes identifying keys from every dictionary written to the cleaned PDF.</summary>
/// <remarks>
/// The document information dictionary (/Info) is never written at all. Elsewhere: XMP /Metadata streams
/// (on the catalog, pages, images and fonts), application /PieceInfo, /LastModified, /CreationDate and
/// /ModDate are removed wherever they occur; all are optional everywhere. In annotations, /M (modification
/// date) is removed, and in comment-like ("markup") annotations /T, which holds the author's name. A
/// form field's /T is its name, so only markup annotations lose it.
/// </remarks>
internal sealed class PdfSanitiser(RemovedMetadataCollector removed, int maxDepth)
{
    private static readonly HashSet<string> MarkupAnnotations =
    [
        "Text", "FreeText", "Line", "Square", "Circle", "Polygon", "PolyLine", "Highlight", "Underline", "Squiggly",
        "StrikeOut", "Stamp", "Caret", "Ink", "FileAttachment", "Sound", "Redact", "Popup",
    ];

    public void Clean(PdfObject value, bool isCatalog = false) => Clean(value, isCatalog, 0);

    private void Clean(PdfObject value, bool isCatalog, int depth)
    {
        if (depth > maxDepth)
            throw ScrubAbortedException.Corrupt("PDF objects are nested too deeply.");
        switch (value)
        {
            case PdfStream stream:
                CleanDictionary(stream.Dictionary, isCatalog: false, depth);
                if (stream.Dictionary.GetName("Type") == "EmbeddedFile")
                    removed.Warn("The PDF has attached files; they were kept as they are and may hold their own metadata.");
                break;
            case PdfDictionary dictionary:
                CleanDictionary(dictionary, isCatalog, depth);
                break;
            case PdfArray array:
                foreach (var item in array.Items)
                    Clean(item, isCatalog: false, depth + 1);
                break;
        }
    }

    private void CleanDictionary(PdfDictionary dictionary, bool isCatalog, int depth)
    {
        if (dictionary.GetName("Type") == "Sig" || dictionary.GetName("FT") == "Sig")
            removed.Warn("The PDF is digitally signed; the cleaned copy's signature is no longer valid (the original keeps it).");

        if (dictionary.Remove("Metadata"))
            removed.Add(MetadataKind.XmpPacket, isCatalog ? "document XMP metadata" : "XMP metadata of pages, pictures or fonts");
        if (dictionary.Remove("PieceInfo"))
            removed.Add(MetadataKind.Software, "editing application's private data (PieceInfo)");
        if (dictionary.Remove("LastModified"))
            removed.Add(MetadataKind.Timestamps, "page modification dates");
        if (dictionary.Remove("CreationDate") | dictionary.Remove("ModDate"))
            removed.Add(MetadataKind.Timestamps, "annotation and attachment dates");

        var subtype = dictionary.GetName("Subtype");
        var isAnnotation = dictionary.GetName("Type") == "Annot" || (subtype is not null && dictionary.Get("Rect") is not null);
        if (isAnnotation && dictionary.Remove("M"))
            removed.Add(MetadataKind.Timestamps, "annotation dates");
        if (isAnnotation && subtype is not null && MarkupAnnotations.Contains(subtype) && dictionary.Remove("T"))
            removed.Add(MetadataKind.EmbeddedNames, "comment and annotation authors");

        foreach (var item in dictionary.Entries.Values)
            Clean(item, isCatalog: false, depth + 1);
    }
}
