using System.Text;
using System.Xml;
using System.Xml.Linq;
using Portal.Web.Features.Intake.Metadata.Common;

namespace Portal.Web.Features.Intake.Metadata.Ooxml;

/// <summary>docProps/core.xml is replaced by an empty property set. Every property in it is optional, and
/// every one can identify the reporter: creator, last editor, dates, revision count, and also title,
/// subject, keywords, description and category, which are free text often filled in by a template or
/// the author's habits. The title is removed too: it is not part of the visible document, and the
/// original (kept encrypted as evidence) still has it.</summary>
internal static class CoreProperties
{
    private static readonly Dictionary<string, (MetadataKind Kind, string Detail)> Known = new(StringComparer.Ordinal)
    {
        ["creator"] = (MetadataKind.Author, "author"),
        ["lastModifiedBy"] = (MetadataKind.Author, "last modified by"),
        ["created"] = (MetadataKind.Timestamps, "creation date"),
        ["modified"] = (MetadataKind.Timestamps, "modification date"),
        ["lastPrinted"] = (MetadataKind.Timestamps, "last printed date"),
        ["revision"] = (MetadataKind.EditingHistory, "revision number"),
        ["identifier"] = (MetadataKind.DocumentIdentifier, "document identifier"),
    };

    public static ReadOnlySpan<byte> Empty =>
        """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"></cp:coreProperties>"""u8;

    /// <summary>Records which properties the original held. A part too damaged to read is still replaced.</summary>
    public static void Describe(Stream part, RemovedMetadataCollector removed)
    {
        try
        {
            using var reader = XmlReader.Create(part, XmlPartRewriter.ReaderSettings);
            reader.MoveToContent();
            var depth = reader.Depth;
            reader.Read();
            while (!reader.EOF)
            {
                if (reader.NodeType != XmlNodeType.Element || reader.Depth != depth + 1)
                {
                    reader.Read();
                    continue;
                }

                var name = reader.LocalName;
                // ReadFrom leaves the reader on the node after the element, and copes with child elements
                // (keywords may hold several language variants).
                if (((XElement)XNode.ReadFrom(reader)).Value.Trim().Length == 0)
                    continue;
                var (kind, detail) = Known.TryGetValue(name, out var known) ? known : (MetadataKind.DocumentProperties, Describe(name));
                removed.Add(kind, $"document {detail}");
            }
        }
        catch (XmlException)
        {
            removed.Add(MetadataKind.DocumentProperties, "unreadable document properties");
        }
    }

    private static string Describe(string localName)
    {
        // "contentStatus" → "content status"; the element names are fixed by the standard, not user data,
        // but anything unexpected is summarised rather than echoed.
        var builder = new StringBuilder();
        foreach (var c in localName)
        {
            if (char.IsAsciiLetterUpper(c))
                builder.Append(' ').Append(char.ToLowerInvariant(c));
            else if (char.IsAsciiLetter(c))
                builder.Append(c);
        }

        var text = builder.ToString();
        return text is "title" or "subject" or "description" or "keywords" or "category" or "content status" or "language" or "version"
            ? text
            : "property";
    }
}
