using System.Buffers.Binary;

namespace Portal.Web.Features.Intake.Metadata.Ooxml;

/// <summary>Reads the entry count from a ZIP's end-of-central-directory record, so a package claiming
/// millions of entries is refused before <see cref="System.IO.Compression.ZipArchive"/> builds an object
/// for each of them.</summary>
internal static class ZipEndOfCentralDirectory
{
    private const uint Signature = 0x06054B50;
    private const int RecordLength = 22;
    private const int MaxCommentLength = ushort.MaxValue;

    /// <summary>The declared number of entries; null when no record is found; 65,535 means "see ZIP64".</summary>
    public static int? ReadEntryCount(ReadOnlySpan<byte> zip)
    {
        var earliest = Math.Max(0, zip.Length - RecordLength - MaxCommentLength);
        for (var at = zip.Length - RecordLength; at >= earliest; at--)
        {
            if (BinaryPrimitives.ReadUInt32LittleEndian(zip[at..]) == Signature)
                return BinaryPrimitives.ReadUInt16LittleEndian(zip[(at + 10)..]);
        }

        return null;
    }
}
