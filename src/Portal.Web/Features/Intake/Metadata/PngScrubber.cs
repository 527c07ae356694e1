using Portal.Web.Features.Intake.Metadata.Common;
using Portal.Web.Features.Intake.Metadata.Png;

namespace Portal.Web.Features.Intake.Metadata;

/// <summary>Cleans PNG pictures: removes text chunks (tEXt, zTXt, iTXt, including XMP), EXIF (eXIf),
/// modification time (tIME), ICC profiles (iCCP), unknown ancillary chunks and anything after IEND. Image
/// and colour chunks are copied unchanged after their CRC is checked. Streams chunk by chunk.</summary>
public sealed class PngScrubber : IMetadataScrubber
{
    public const string FormatName = "PNG";

    public bool CanHandle(string contentType, ReadOnlySpan<byte> header) => IsPng(header);

    public Task<ScrubResult> ScrubAsync(Stream input, Stream output, long maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentOutOfRangeException.ThrowIfNegative(maxBytes);
        return ScrubGuard.RunAsync(
            FormatName,
            removed => new PngRewriter(input, output, maxBytes, removed).RunAsync(cancellationToken),
            cancellationToken);
    }

    internal static bool IsPng(ReadOnlySpan<byte> header) => header.StartsWith(PngRewriter.Signature);
}
