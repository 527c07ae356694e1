using System.Text;

namespace Portal.Web.Features.Intake.Metadata.Common;

/// <summary>Tells the reporter what an XMP packet held. The packet is removed whole whatever this finds;
/// a property-name search is enough to describe it and cannot be fooled into keeping anything.</summary>
internal static class XmpSummary
{
    private static readonly (MetadataKind Kind, string Description, byte[][] Markers)[] Properties = Encode(
    [
        (MetadataKind.Gps, "GPS position", ["GPSLatitude", "GPSLongitude", "LocationCreated", "LocationShown"]),
        (MetadataKind.CameraMakeModel, "camera make and model", ["tiff:Make", "tiff:Model", "LensModel", "aux:Lens"]),
        (MetadataKind.SerialNumber, "serial numbers", ["SerialNumber", "aux:OwnerName", "CameraOwnerName"]),
        (MetadataKind.Author, "author names", ["dc:creator", "dc:rights", "tiff:Artist", "xmpRights:Owner", "photoshop:AuthorsPosition", "photoshop:Credit"]),
        (MetadataKind.Software, "creating software", ["CreatorTool", "tiff:Software", "pdf:Producer", "softwareAgent"]),
        (MetadataKind.Timestamps, "dates", ["CreateDate", "ModifyDate", "MetadataDate", "DateTimeOriginal", "photoshop:DateCreated"]),
        (MetadataKind.EditingHistory, "editing history", ["xmpMM:History", "xmpMM:DerivedFrom", "xmpMM:Ingredients", "xmpMM:Pantry"]),
        (MetadataKind.DocumentIdentifier, "document identifiers", ["xmpMM:DocumentID", "xmpMM:InstanceID", "xmpMM:OriginalDocumentID", "ImageUniqueID"]),
        (MetadataKind.Thumbnail, "thumbnail", ["xmp:Thumbnails", "xmpGImg:image"]),
        (MetadataKind.DocumentProperties, "title, description and keywords", ["dc:title", "dc:description", "dc:subject", "pdf:Keywords"]),
    ]);

    public static void Describe(ReadOnlySpan<byte> packet, RemovedMetadataCollector removed, string label)
    {
        removed.Add(MetadataKind.XmpPacket, $"{label} packet");
        foreach (var (kind, description, markers) in Properties)
        {
            foreach (var marker in markers)
            {
                if (packet.IndexOf(marker) >= 0)
                {
                    removed.Add(kind, $"{label} {description}");
                    break;
                }
            }
        }
    }

    private static (MetadataKind, string, byte[][])[] Encode((MetadataKind Kind, string Description, string[] Markers)[] properties) =>
        properties.Select(p => (p.Kind, p.Description, p.Markers.Select(Encoding.ASCII.GetBytes).ToArray())).ToArray();
}
