namespace Portal.Web.Features.Intake.Metadata.Jpeg;

/// <summary>Builds the smallest EXIF APP1 segment that holds only an orientation.</summary>
/// <remarks>Phones store pictures sideways and record how to turn them in EXIF. Dropping EXIF whole would
/// show evidence photos rotated; the orientation alone says nothing about the reporter.</remarks>
internal static class ExifOrientation
{
    public static byte[] BuildSegment(ushort orientation)
    {
        ReadOnlySpan<byte> template =
        [
            0xFF, 0xE1, 0x00, 0x22,                         // APP1, length 34
            (byte)'E', (byte)'x', (byte)'i', (byte)'f', 0, 0, // EXIF identifier
            (byte)'M', (byte)'M', 0x00, 0x2A,               // big-endian TIFF
            0x00, 0x00, 0x00, 0x08,                         // IFD0 at offset 8
            0x00, 0x01,                                     // one entry
            0x01, 0x12, 0x00, 0x03,                         // Orientation, SHORT
            0x00, 0x00, 0x00, 0x01,                         // count 1
            0x00, 0x00, 0x00, 0x00,                         // value (set below), padding
            0x00, 0x00, 0x00, 0x00,                         // no next IFD
        ];
        var segment = template.ToArray();
        segment[29] = (byte)orientation;
        return segment;
    }
}
