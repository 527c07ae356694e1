using System.Buffers.Binary;
using Portal.Web.Features.Intake.Metadata.Common;

namespace Portal.Web.Features.Intake.Metadata.Jpeg;

/// <summary>Describes a Photoshop "image resources" block (JPEG APP13), which carries IPTC captions and
/// by-lines, a thumbnail and copies of EXIF and XMP. The block is dropped whatever this finds.</summary>
internal static class PhotoshopSummary
{
    private static readonly Dictionary<ushort, (MetadataKind Kind, string Name)> Resources = new()
    {
        [0x0404] = (MetadataKind.Iptc, "IPTC record (captions, by-line, places)"),
        [0x0409] = (MetadataKind.Thumbnail, "Photoshop thumbnail"),
        [0x040C] = (MetadataKind.Thumbnail, "Photoshop thumbnail"),
        [0x040F] = (MetadataKind.ColourProfile, "Photoshop ICC profile"),
        [0x0422] = (MetadataKind.CameraSettings, "Photoshop copy of EXIF"),
        [0x0424] = (MetadataKind.XmpPacket, "Photoshop copy of XMP"),
    };

    public static void Describe(ReadOnlySpan<byte> payload, RemovedMetadataCollector removed)
    {
        removed.Add(MetadataKind.Iptc, "Photoshop/IPTC block (APP13)");
        ReadOnlySpan<byte> signature = "Photoshop 3.0\0"u8;
        if (!payload.StartsWith(signature))
            return;

        var position = signature.Length;
        // Each resource: 4-byte type, 2-byte id, even-padded Pascal name, 4-byte size, even-padded data.
        while (position + 12 <= payload.Length)
        {
            var id = BinaryPrimitives.ReadUInt16BigEndian(payload[(position + 4)..]);
            var nameLength = payload[position + 6];
            var sizeAt = position + 6 + ((1 + nameLength + 1) & ~1);
            if (sizeAt + 4 > payload.Length)
                return;
            var size = BinaryPrimitives.ReadUInt32BigEndian(payload[sizeAt..]);
            if (Resources.TryGetValue(id, out var known))
                removed.Add(known.Kind, known.Name);
            var next = sizeAt + 4L + ((size + 1) & ~1u);
            if (next > payload.Length)
                return;
            position = (int)next;
        }
    }
}
