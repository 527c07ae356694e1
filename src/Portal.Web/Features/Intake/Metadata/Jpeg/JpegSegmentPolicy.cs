using Portal.Web.Features.Intake.Metadata.Common;

namespace Portal.Web.Features.Intake.Metadata.Jpeg;

/// <summary>What happens to one JPEG marker segment.</summary>
internal enum JpegSegmentAction
{
    /// <summary>Copied unchanged: everything a decoder needs (tables, frame and scan headers, Adobe APP14).</summary>
    Keep,

    /// <summary>Removed.</summary>
    Drop,

    /// <summary>JFIF APP0 rewritten without its thumbnail.</summary>
    KeepJfifWithoutThumbnail,

    /// <summary>EXIF APP1 removed, replaced by a minimal EXIF holding only the orientation (when there is one).</summary>
    ReplaceExifWithOrientation,
}

/// <summary>Decides, for each marker segment, whether it is image data or metadata.</summary>
/// <remarks>
/// Application segments (APP0-APP15) and comments are never needed to decode the picture, with two
/// exceptions kept on purpose: the JFIF header (stripped of its thumbnail), and Adobe's APP14, whose colour
/// transform flag decoders need to show CMYK/YCCK pictures correctly; it holds only version and flags.
/// ICC colour profiles (APP2) are removed: a scanner's or calibrated camera's profile can name the device
/// and so the office it stands in. Wide-gamut phone photos then look slightly less saturated, a price
/// worth paying for anonymity. The original is kept, encrypted, as evidence.
/// </remarks>
internal static class JpegSegmentPolicy
{
    public const byte App0 = 0xE0;
    public const byte App1 = 0xE1;
    public const byte App2 = 0xE2;
    public const byte App13 = 0xED;
    public const byte App14 = 0xEE;
    public const byte App15 = 0xEF;
    public const byte Comment = 0xFE;

    public static JpegSegmentAction Decide(byte marker, ReadOnlySpan<byte> payload, RemovedMetadataCollector removed)
    {
        if (marker == Comment)
        {
            removed.Add(MetadataKind.Comment, "JPEG comment (COM)");
            return JpegSegmentAction.Drop;
        }

        if (marker is < App0 or > App15)
            return JpegSegmentAction.Keep;

        switch (marker)
        {
            case App0 when payload.StartsWith("JFIF\0"u8) && payload.Length >= JfifHeader.Length:
                if (JfifHeader.HasThumbnail(payload))
                    removed.Add(MetadataKind.Thumbnail, "JFIF thumbnail");
                return JpegSegmentAction.KeepJfifWithoutThumbnail;
            case App0 when payload.StartsWith("JFXX\0"u8):
                removed.Add(MetadataKind.Thumbnail, "JFIF extension thumbnail (JFXX)");
                return JpegSegmentAction.Drop;
            case App1 when payload.StartsWith("Exif\0"u8):
                return JpegSegmentAction.ReplaceExifWithOrientation;
            case App1 when payload.StartsWith(XmpSignature):
                XmpSummary.Describe(payload[XmpSignature.Length..], removed, "XMP");
                return JpegSegmentAction.Drop;
            case App1 when payload.StartsWith(ExtendedXmpSignature):
                XmpSummary.Describe(payload[ExtendedXmpSignature.Length..], removed, "extended XMP");
                return JpegSegmentAction.Drop;
            case App2 when payload.StartsWith("ICC_PROFILE\0"u8):
                removed.Add(MetadataKind.ColourProfile, "ICC colour profile (APP2)");
                return JpegSegmentAction.Drop;
            case App2 when payload.StartsWith("MPF\0"u8):
                removed.Add(MetadataKind.Other, "multi-picture index (MPF)");
                return JpegSegmentAction.Drop;
            case App13:
                PhotoshopSummary.Describe(payload, removed);
                return JpegSegmentAction.Drop;
            case App14 when payload.StartsWith("Adobe"u8):
                return JpegSegmentAction.Keep;
            default:
                removed.Add(MetadataKind.Other, $"application segment APP{marker - App0}");
                return JpegSegmentAction.Drop;
        }
    }

    private static ReadOnlySpan<byte> XmpSignature => "http://ns.adobe.com/xap/1.0/\0"u8;

    private static ReadOnlySpan<byte> ExtendedXmpSignature => "http://ns.adobe.com/xmp/extension/\0"u8;
}
