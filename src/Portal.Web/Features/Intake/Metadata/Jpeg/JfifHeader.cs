namespace Portal.Web.Features.Intake.Metadata.Jpeg;

/// <summary>The JFIF APP0 header: "JFIF\0", version, density units and values, then an optional RGB
/// thumbnail. The thumbnail is a picture of the original and can outlive a crop or a redaction.</summary>
internal static class JfifHeader
{
    /// <summary>Identifier (5) + version (2) + units (1) + densities (4) + thumbnail width and height (2).</summary>
    public const int Length = 14;

    public static bool HasThumbnail(ReadOnlySpan<byte> payload) =>
        payload[12] != 0 || payload[13] != 0 || payload.Length > Length;

    /// <summary>Writes the header with a zero-size thumbnail into <paramref name="destination"/> (14 bytes).</summary>
    public static void WriteWithoutThumbnail(ReadOnlySpan<byte> payload, Span<byte> destination)
    {
        payload[..Length].CopyTo(destination);
        destination[12] = 0;
        destination[13] = 0;
    }
}
