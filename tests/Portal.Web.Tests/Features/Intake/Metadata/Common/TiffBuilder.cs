using System.Buffers.Binary;
using System.Text;

namespace Portal.Web.Tests.Features.Intake.Metadata.Common;

/// <summary>One TIFF/EXIF directory entry; <see cref="Value"/> is already big-endian.</summary>
internal sealed record TiffEntry(ushort Tag, ushort Type, uint Count, byte[] Value)
{
    public static TiffEntry Ascii(ushort tag, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text + "\0");
        return new(tag, 2, (uint)bytes.Length, bytes);
    }

    public static TiffEntry Short(ushort tag, ushort value)
    {
        var bytes = new byte[2];
        BinaryPrimitives.WriteUInt16BigEndian(bytes, value);
        return new(tag, 3, 1, bytes);
    }

    public static TiffEntry Long(ushort tag, uint value)
    {
        var bytes = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(bytes, value);
        return new(tag, 4, 1, bytes);
    }

    public static TiffEntry Rationals(ushort tag, params uint[] numeratorsAndDenominators)
    {
        var bytes = new byte[numeratorsAndDenominators.Length * 4];
        for (var i = 0; i < numeratorsAndDenominators.Length; i++)
            BinaryPrimitives.WriteUInt32BigEndian(bytes.AsSpan(i * 4), numeratorsAndDenominators[i]);
        return new(tag, 5, (uint)(numeratorsAndDenominators.Length / 2), bytes);
    }

    public static TiffEntry Bytes(ushort tag, byte[] data) => new(tag, 7, (uint)data.Length, data);
}

/// <summary>Builds a big-endian TIFF structure as EXIF uses it: IFD0 with optional EXIF and GPS
/// sub-directories and an IFD1 holding a JPEG thumbnail.</summary>
internal static class TiffBuilder
{
    public static byte[] Build(
        IEnumerable<TiffEntry> ifd0, IEnumerable<TiffEntry>? exif = null, IEnumerable<TiffEntry>? gps = null, byte[]? thumbnail = null)
    {
        var ifd0Entries = ifd0.ToList();
        var exifEntries = exif?.ToList();
        var gpsEntries = gps?.ToList();

        // Pointer entries hold offsets, so sizes are computed first with placeholder pointers.
        if (exifEntries is not null)
            ifd0Entries.Add(TiffEntry.Long(0x8769, 0));
        if (gpsEntries is not null)
            ifd0Entries.Add(TiffEntry.Long(0x8825, 0));
        var ifd1Entries = thumbnail is null
            ? null
            : new List<TiffEntry> { TiffEntry.Short(0x0103, 6), TiffEntry.Long(0x0201, 0), TiffEntry.Long(0x0202, (uint)thumbnail.Length) };

        var ifd0Offset = 8;
        var exifOffset = ifd0Offset + Size(ifd0Entries);
        var gpsOffset = exifOffset + (exifEntries is null ? 0 : Size(exifEntries));
        var ifd1Offset = gpsOffset + (gpsEntries is null ? 0 : Size(gpsEntries));
        var thumbnailOffset = ifd1Offset + (ifd1Entries is null ? 0 : Size(ifd1Entries));

        Replace(ifd0Entries, 0x8769, (uint)exifOffset);
        Replace(ifd0Entries, 0x8825, (uint)gpsOffset);
        if (ifd1Entries is not null)
            Replace(ifd1Entries, 0x0201, (uint)thumbnailOffset);

        var output = new List<byte> { (byte)'M', (byte)'M', 0, 42, 0, 0, 0, 8 };
        output.AddRange(WriteIfd(ifd0Entries, ifd0Offset, ifd1Entries is null ? 0 : (uint)ifd1Offset));
        if (exifEntries is not null)
            output.AddRange(WriteIfd(exifEntries, exifOffset, 0));
        if (gpsEntries is not null)
            output.AddRange(WriteIfd(gpsEntries, gpsOffset, 0));
        if (ifd1Entries is not null)
            output.AddRange(WriteIfd(ifd1Entries, ifd1Offset, 0));
        if (thumbnail is not null)
            output.AddRange(thumbnail);
        return [.. output];
    }

    private static void Replace(List<TiffEntry> entries, ushort tag, uint value)
    {
        var index = entries.FindIndex(e => e.Tag == tag);
        if (index >= 0)
            entries[index] = TiffEntry.Long(tag, value);
    }

    private static int Size(List<TiffEntry> entries) =>
        2 + (12 * entries.Count) + 4 + entries.Where(e => e.Value.Length > 4).Sum(e => (e.Value.Length + 1) & ~1);

    private static byte[] WriteIfd(List<TiffEntry> entries, int offset, uint next)
    {
        var sorted = entries.OrderBy(e => e.Tag).ToList();
        var directory = new byte[2 + (12 * sorted.Count) + 4];
        var data = new List<byte>();
        var dataOffset = offset + directory.Length;
        BinaryPrimitives.WriteUInt16BigEndian(directory, (ushort)sorted.Count);
        for (var i = 0; i < sorted.Count; i++)
        {
            var entry = sorted[i];
            var at = directory.AsSpan(2 + (i * 12));
            BinaryPrimitives.WriteUInt16BigEndian(at, entry.Tag);
            BinaryPrimitives.WriteUInt16BigEndian(at[2..], entry.Type);
            BinaryPrimitives.WriteUInt32BigEndian(at[4..], entry.Count);
            if (entry.Value.Length <= 4)
            {
                entry.Value.CopyTo(at[8..]);
            }
            else
            {
                BinaryPrimitives.WriteUInt32BigEndian(at[8..], (uint)(dataOffset + data.Count));
                data.AddRange(entry.Value);
                if (entry.Value.Length % 2 == 1)
                    data.Add(0);
            }
        }

        BinaryPrimitives.WriteUInt32BigEndian(directory.AsSpan(directory.Length - 4), next);
        return [.. directory, .. data];
    }
}
