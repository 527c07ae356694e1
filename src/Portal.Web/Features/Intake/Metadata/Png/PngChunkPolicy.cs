using System.Text;
using Portal.Web.Features.Intake.Metadata.Common;
using Portal.Web.Features.Intake.Metadata.Jpeg;

namespace Portal.Web.Features.Intake.Metadata.Png;

/// <summary>Decides which PNG chunks survive. It is an allow-list: critical chunks, transparency, colour
/// and layout chunks and animation chunks are kept; text, EXIF, time, ICC profiles and every unknown
/// ancillary chunk (vendors' private chunks can hold previews or device data) are dropped.</summary>
/// <remarks>iCCP is dropped for the same reason as JPEG ICC profiles (a device profile can name the
/// device); the numeric colour chunks sRGB, gAMA, cHRM and cICP stay, so most pictures keep their colours.</remarks>
internal static class PngChunkPolicy
{
    private static readonly HashSet<string> Kept =
    [
        "IHDR", "PLTE", "IDAT", "IEND",
        "tRNS", "cHRM", "gAMA", "sBIT", "sRGB", "cICP", "mDCV", "cLLI",
        "bKGD", "hIST", "pHYs", "sPLT",
        "acTL", "fcTL", "fdAT",
    ];

    private static readonly Dictionary<string, (MetadataKind Kind, string Name)> TextKeywords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Title"] = (MetadataKind.DocumentProperties, "PNG text Title"),
        ["Author"] = (MetadataKind.Author, "PNG text Author"),
        ["Copyright"] = (MetadataKind.Author, "PNG text Copyright"),
        ["Description"] = (MetadataKind.Comment, "PNG text Description"),
        ["Comment"] = (MetadataKind.Comment, "PNG text Comment"),
        ["Disclaimer"] = (MetadataKind.Comment, "PNG text Disclaimer"),
        ["Warning"] = (MetadataKind.Comment, "PNG text Warning"),
        ["Creation Time"] = (MetadataKind.Timestamps, "PNG text Creation Time"),
        ["date:create"] = (MetadataKind.Timestamps, "PNG text date:create"),
        ["date:modify"] = (MetadataKind.Timestamps, "PNG text date:modify"),
        ["date:timestamp"] = (MetadataKind.Timestamps, "PNG text date:timestamp"),
        ["Software"] = (MetadataKind.Software, "PNG text Software"),
        ["Source"] = (MetadataKind.CameraMakeModel, "PNG text Source (capturing device)"),
        ["Raw profile type exif"] = (MetadataKind.CameraSettings, "EXIF copy stored as PNG text"),
        ["Raw profile type APP1"] = (MetadataKind.CameraSettings, "EXIF copy stored as PNG text"),
        ["Raw profile type iptc"] = (MetadataKind.Iptc, "IPTC copy stored as PNG text"),
        ["Raw profile type 8bim"] = (MetadataKind.Iptc, "Photoshop block stored as PNG text"),
        ["Raw profile type xmp"] = (MetadataKind.XmpPacket, "XMP copy stored as PNG text"),
        ["Raw profile type icc"] = (MetadataKind.ColourProfile, "ICC profile stored as PNG text"),
        ["Raw profile type icm"] = (MetadataKind.ColourProfile, "ICC profile stored as PNG text"),
    };

    private const string XmpKeyword = "XML:com.adobe.xmp";

    public static bool IsKept(string type) => Kept.Contains(type);

    /// <summary>Critical chunks have an upper-case first letter; a decoder must refuse one it does not know.</summary>
    public static bool IsCritical(string type) => char.IsAsciiLetterUpper(type[0]);

    /// <summary>Records what a dropped chunk held. <paramref name="data"/> is its data, or only its start
    /// when the chunk is large.</summary>
    public static void DescribeDropped(string type, ReadOnlySpan<byte> data, bool complete, RemovedMetadataCollector removed)
    {
        switch (type)
        {
            case "tEXt" or "zTXt" or "iTXt":
                DescribeText(type, data, complete, removed);
                break;
            case "eXIf" when complete:
                ExifSummary.Describe(data, removed, "EXIF");
                break;
            case "eXIf":
                removed.Add(MetadataKind.CameraSettings, "EXIF block (eXIf)");
                break;
            case "tIME":
                removed.Add(MetadataKind.Timestamps, "PNG modification time (tIME)");
                break;
            case "iCCP":
                removed.Add(MetadataKind.ColourProfile, "ICC colour profile (iCCP)");
                break;
            default:
                removed.Add(MetadataKind.Other, $"ancillary chunk {type}");
                break;
        }
    }

    private static void DescribeText(string type, ReadOnlySpan<byte> data, bool complete, RemovedMetadataCollector removed)
    {
        var end = data.IndexOf((byte)0);
        var keyword = end is > 0 and < 80 ? Encoding.Latin1.GetString(data[..end]) : "";
        if (keyword == XmpKeyword)
        {
            // iTXt: keyword, 0, compression flag, method, language tag, 0, translated keyword, 0, text.
            var textStart = FindItxtText(data, end);
            if (type == "iTXt" && complete && textStart > 0 && data[end + 1] == 0)
                XmpSummary.Describe(data[textStart..], removed, "XMP");
            else
                removed.Add(MetadataKind.XmpPacket, "XMP packet");
            return;
        }

        // An unknown keyword is still a field name, but one any program may invent; it is not repeated.
        if (TextKeywords.TryGetValue(keyword, out var known))
            removed.Add(known.Kind, known.Name);
        else
            removed.Add(MetadataKind.Other, $"PNG text entry ({type})");
    }

    private static int FindItxtText(ReadOnlySpan<byte> data, int keywordEnd)
    {
        var position = keywordEnd + 3;
        for (var zeros = 0; zeros < 2; zeros++)
        {
            if (position > data.Length)
                return -1;
            var next = data[position..].IndexOf((byte)0);
            if (next < 0)
                return -1;
            position += next + 1;
        }

        return position;
    }
}
