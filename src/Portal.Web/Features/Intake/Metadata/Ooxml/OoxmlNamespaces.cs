namespace Portal.Web.Features.Intake.Metadata.Ooxml;

/// <summary>Namespaces of the parts that carry metadata, in both the transitional and strict flavours
/// of Office Open XML.</summary>
internal static class OoxmlNamespaces
{
    public const string Relationships = "http://schemas.openxmlformats.org/package/2006/relationships";
    public const string ContentTypes = "http://schemas.openxmlformats.org/package/2006/content-types";
    public const string CoreProperties = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
    public const string SharePointProperties = "http://schemas.microsoft.com/office/2006/metadata/properties";

    public static readonly HashSet<string> ExtendedProperties =
        ["http://schemas.openxmlformats.org/officeDocument/2006/extended-properties", "http://purl.oclc.org/ooxml/officeDocument/extendedProperties"];

    public static readonly HashSet<string> Word =
        ["http://schemas.openxmlformats.org/wordprocessingml/2006/main", "http://purl.oclc.org/ooxml/wordprocessingml/main"];

    public static readonly HashSet<string> WordDocumentIds =
        ["http://schemas.microsoft.com/office/word/2010/wordml", "http://schemas.microsoft.com/office/word/2012/wordml"];

    public const string WordCommentsExtensible = "http://schemas.microsoft.com/office/word/2018/wordml/cex";

    public static readonly HashSet<string> Spreadsheet =
        ["http://schemas.openxmlformats.org/spreadsheetml/2006/main", "http://purl.oclc.org/ooxml/spreadsheetml/main"];

    public const string SpreadsheetAbsolutePath = "http://schemas.microsoft.com/office/spreadsheetml/2010/11/ac";
    public const string SpreadsheetRevision = "http://schemas.microsoft.com/office/spreadsheetml/2014/revision";
    public const string SpreadsheetThreadedComments = "http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments";

    public static readonly HashSet<string> Presentation =
        ["http://schemas.openxmlformats.org/presentationml/2006/main", "http://purl.oclc.org/ooxml/presentationml/main"];

    public const string PresentationModernComments = "http://schemas.microsoft.com/office/powerpoint/2018/8/main";
}
