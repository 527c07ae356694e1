using System.Buffers.Binary;
using Portal.Web.Features.Intake.Metadata.Common;

namespace Portal.Web.Features.Intake.Metadata.Jpeg;

/// <summary>Reads an EXIF (TIFF) block only to tell the reporter what it contained, and to recover the
/// orientation. The whole block is dropped whatever this finds, so a block it cannot read is still removed.</summary>
internal static class ExifSummary
{
    private const ushort OrientationTag = 0x0112;
    private const ushort ExifIfdTag = 0x8769;
    private const ushort GpsIfdTag = 0x8825;
    private const ushort GpsVersionTag = 0x0000;
    private const int MaxEntriesPerIfd = 1000;

    private static readonly Dictionary<ushort, (MetadataKind Kind, string Name)> KnownTags = new()
    {
        [0x010E] = (MetadataKind.Comment, "ImageDescription"),
        [0x010F] = (MetadataKind.CameraMakeModel, "Make"),
        [0x0110] = (MetadataKind.CameraMakeModel, "Model"),
        [0x0131] = (MetadataKind.Software, "Software"),
        [0x0132] = (MetadataKind.Timestamps, "DateTime"),
        [0x013B] = (MetadataKind.Author, "Artist"),
        [0x013C] = (MetadataKind.Software, "HostComputer"),
        [0x02BC] = (MetadataKind.XmpPacket, "XMP"),
        [0x83BB] = (MetadataKind.Iptc, "IPTC"),
        [0x8298] = (MetadataKind.Author, "Copyright"),
        [0x8773] = (MetadataKind.ColourProfile, "ICC profile"),
        [0x9003] = (MetadataKind.Timestamps, "DateTimeOriginal"),
        [0x9004] = (MetadataKind.Timestamps, "DateTimeDigitized"),
        [0x9010] = (MetadataKind.Timestamps, "OffsetTime"),
        [0x9011] = (MetadataKind.Timestamps, "OffsetTimeOriginal"),
        [0x9012] = (MetadataKind.Timestamps, "OffsetTimeDigitized"),
        [0x9290] = (MetadataKind.Timestamps, "SubSecTime"),
        [0x9291] = (MetadataKind.Timestamps, "SubSecTimeOriginal"),
        [0x9292] = (MetadataKind.Timestamps, "SubSecTimeDigitized"),
        [0x927C] = (MetadataKind.CameraSettings, "MakerNote (vendor data, can include serial numbers)"),
        [0x9286] = (MetadataKind.Comment, "UserComment"),
        [0x9C9B] = (MetadataKind.DocumentProperties, "XPTitle"),
        [0x9C9C] = (MetadataKind.Comment, "XPComment"),
        [0x9C9D] = (MetadataKind.Author, "XPAuthor"),
        [0x9C9E] = (MetadataKind.DocumentProperties, "XPKeywords"),
        [0x9C9F] = (MetadataKind.DocumentProperties, "XPSubject"),
        [0xA420] = (MetadataKind.DocumentIdentifier, "ImageUniqueID"),
        [0xA430] = (MetadataKind.Author, "CameraOwnerName"),
        [0xA431] = (MetadataKind.SerialNumber, "BodySerialNumber"),
        [0xA433] = (MetadataKind.CameraMakeModel, "LensMake"),
        [0xA434] = (MetadataKind.CameraMakeModel, "LensModel"),
        [0xA435] = (MetadataKind.SerialNumber, "LensSerialNumber"),
        [0xC62F] = (MetadataKind.SerialNumber, "CameraSerialNumber"),
    };

    // Layout tags say nothing about the reporter; they are removed with the block but not worth a line.
    private static readonly HashSet<ushort> LayoutTags =
        [0x0100, 0x0101, 0x0102, 0x0103, 0x0106, 0x0112, 0x0115, 0x011A, 0x011B, 0x011C, 0x0128, 0x0213, 0x0214,
         0xA001, 0xA002, 0xA003, 0xA005, 0x9000, 0xA000, 0x9101];

    /// <summary>Records what <paramref name="tiff"/> holds and returns its orientation (1-8), or 0. A block
    /// holding only layout tags (size, resolution, orientation) is not worth a line in the report.</summary>
    public static ushort Describe(ReadOnlySpan<byte> tiff, RemovedMetadataCollector removed, string label)
    {
        if (tiff.Length < 8 || !TryGetByteOrder(tiff, out var bigEndian) || ReadUInt16(tiff, 2, bigEndian) != 42)
        {
            removed.Add(MetadataKind.Other, $"{label} block (unreadable)");
            return 0;
        }

        var visited = new HashSet<uint>();
        ushort orientation = 0;
        var ifd0 = ReadUInt32(tiff, 4, bigEndian);
        var next = ReadIfd(tiff, ifd0, bigEndian, removed, label, visited, isThumbnailIfd: false, ref orientation);
        if (next != 0)
            ReadIfd(tiff, next, bigEndian, removed, label, visited, isThumbnailIfd: true, ref orientation);
        return orientation is >= 1 and <= 8 ? orientation : (ushort)0;
    }

    private static uint ReadIfd(
        ReadOnlySpan<byte> tiff, uint offset, bool bigEndian, RemovedMetadataCollector removed, string label,
        HashSet<uint> visited, bool isThumbnailIfd, ref ushort orientation)
    {
        if (!visited.Add(offset) || offset > tiff.Length - 2)
            return 0;
        int count = ReadUInt16(tiff, (int)offset, bigEndian);
        var start = (int)offset + 2;
        if (count > MaxEntriesPerIfd || start + (count * 12) > tiff.Length)
        {
            removed.Add(MetadataKind.Other, $"{label} block (partly unreadable)");
            return 0;
        }

        for (var i = 0; i < count; i++)
        {
            var entry = start + (i * 12);
            var tag = ReadUInt16(tiff, entry, bigEndian);
            var valueField = entry + 8;
            switch (tag)
            {
                case OrientationTag when !isThumbnailIfd:
                    orientation = ReadUInt16(tiff, valueField, bigEndian);
                    break;
                case ExifIfdTag:
                    ReadSubIfd(tiff, ReadUInt32(tiff, valueField, bigEndian), bigEndian, removed, label, visited);
                    break;
                case GpsIfdTag:
                    DescribeGps(tiff, ReadUInt32(tiff, valueField, bigEndian), bigEndian, removed, label);
                    break;
                case 0x0201 or 0x0111 when isThumbnailIfd:
                    removed.Add(MetadataKind.Thumbnail, $"{label} thumbnail image");
                    break;
                default:
                    Note(tag, removed, label);
                    break;
            }
        }

        var nextOffset = start + (count * 12);
        return nextOffset + 4 <= tiff.Length ? ReadUInt32(tiff, nextOffset, bigEndian) : 0;
    }

    private static void ReadSubIfd(
        ReadOnlySpan<byte> tiff, uint offset, bool bigEndian, RemovedMetadataCollector removed, string label, HashSet<uint> visited)
    {
        ushort ignored = 0;
        // Sub-IFDs have no "next IFD" of interest; nested pointers inside them are read the same way.
        ReadIfd(tiff, offset, bigEndian, removed, label, visited, isThumbnailIfd: false, ref ignored);
    }

    private static void DescribeGps(ReadOnlySpan<byte> tiff, uint offset, bool bigEndian, RemovedMetadataCollector removed, string label)
    {
        if (offset > tiff.Length - 2)
        {
            removed.Add(MetadataKind.Gps, $"{label} GPS block (unreadable)");
            return;
        }

        int count = ReadUInt16(tiff, (int)offset, bigEndian);
        var start = (int)offset + 2;
        if (count > MaxEntriesPerIfd || start + (count * 12) > tiff.Length)
        {
            removed.Add(MetadataKind.Gps, $"{label} GPS block (unreadable)");
            return;
        }

        // Phones with location switched off still write a GPS block holding only the version; saying
        // "location removed" then would alarm the reporter for nothing.
        for (var i = 0; i < count; i++)
        {
            if (ReadUInt16(tiff, start + (i * 12), bigEndian) != GpsVersionTag)
            {
                removed.Add(MetadataKind.Gps, $"{label} GPS position");
                return;
            }
        }
    }

    private static void Note(ushort tag, RemovedMetadataCollector removed, string label)
    {
        if (KnownTags.TryGetValue(tag, out var known))
            removed.Add(known.Kind, $"{label} {known.Name}");
        else if (!LayoutTags.Contains(tag))
            removed.Add(MetadataKind.CameraSettings, $"{label} capture settings");
    }

    private static bool TryGetByteOrder(ReadOnlySpan<byte> tiff, out bool bigEndian)
    {
        bigEndian = tiff[0] == (byte)'M' && tiff[1] == (byte)'M';
        return bigEndian || (tiff[0] == (byte)'I' && tiff[1] == (byte)'I');
    }

    private static ushort ReadUInt16(ReadOnlySpan<byte> data, int offset, bool bigEndian) =>
        bigEndian ? BinaryPrimitives.ReadUInt16BigEndian(data[offset..]) : BinaryPrimitives.ReadUInt16LittleEndian(data[offset..]);

    private static uint ReadUInt32(ReadOnlySpan<byte> data, int offset, bool bigEndian) =>
        bigEndian ? BinaryPrimitives.ReadUInt32BigEndian(data[offset..]) : BinaryPrimitives.ReadUInt32LittleEndian(data[offset..]);
}
