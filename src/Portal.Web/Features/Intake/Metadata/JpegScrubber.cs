using Portal.Web.Features.Intake.Metadata.Common;
using Portal.Web.Features.Intake.Metadata.Jpeg;

namespace Portal.Web.Features.Intake.Metadata;

/// <summary>Cleans JPEG pictures: removes EXIF (keeping only the orientation), XMP, IPTC/Photoshop blocks,
/// ICC profiles, comments, thumbnails, other application segments and anything after the end of the
/// picture. The compressed image data is copied unchanged. Streams segment by segment with flat memory.</summary>
public sealed class JpegScrubber : IMetadataScrubber
{
    public const string FormatName = "JPEG";

    public bool CanHandle(string contentType, ReadOnlySpan<byte> header) => IsJpeg(header);

    public Task<ScrubResult> ScrubAsync(Stream input, Stream output, long maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentOutOfRangeException.ThrowIfNegative(maxBytes);
        return ScrubGuard.RunAsync(
            FormatName,
            removed => new JpegRewriter(input, output, maxBytes, removed).RunAsync(cancellationToken),
            cancellationToken);
    }

    /// <summary>Start-of-image marker followed by the first marker's 0xFF.</summary>
    internal static bool IsJpeg(ReadOnlySpan<byte> header) =>
        header.Length >= 3 && header[0] == 0xFF && header[1] == 0xD8 && header[2] == 0xFF;
}
