using Portal.Web.Features.Intake.Metadata.Common;

namespace Portal.Web.Features.Intake.Metadata;

/// <summary>Entry point: recognises an upload by its first bytes and cleans it with the matching scrubber.</summary>
/// <remarks>The claimed content type and the file name are never used to choose: a JPEG renamed .pdf is
/// still cleaned as a JPEG, and a file no scrubber recognises fails as
/// <see cref="ScrubFailureReason.Unsupported"/>, so the caller can store it as it is and tell the reporter
/// it could not be cleaned.</remarks>
public static class MetadataScrubbers
{
    /// <summary>How many leading bytes <see cref="IMetadataScrubber.CanHandle"/> is shown.</summary>
    public const int HeaderLength = 64;

    /// <summary>One instance of each scrubber, with default limits. Scrubbers keep no state between calls.</summary>
    public static IReadOnlyList<IMetadataScrubber> All { get; } =
        [new JpegScrubber(), new PngScrubber(), new PdfScrubber(), new OoxmlScrubber()];

    /// <summary>The scrubber that recognises <paramref name="header"/>, or null.</summary>
    public static IMetadataScrubber? Find(string contentType, ReadOnlySpan<byte> header)
    {
        foreach (var scrubber in All)
        {
            if (scrubber.CanHandle(contentType, header))
                return scrubber;
        }

        return null;
    }

    /// <summary>Reads the first bytes of <paramref name="input"/> (which need not be seekable), picks the
    /// scrubber and cleans the whole file into <paramref name="output"/>.</summary>
    public static async Task<ScrubResult> ScrubAsync(
        Stream input, Stream output, string contentType, long maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentOutOfRangeException.ThrowIfNegative(maxBytes);

        var header = await PrefixedStream.ReadHeaderAsync(input, HeaderLength, cancellationToken);
        var scrubber = Find(contentType ?? "", header);
        if (scrubber is null)
            return ScrubResult.Failure("", ScrubFailureReason.Unsupported, "The file is not a JPEG, PNG, PDF or Office Open XML file.");

        await using var replay = new PrefixedStream(header, input);
        return await scrubber.ScrubAsync(replay, output, maxBytes, cancellationToken);
    }
}
