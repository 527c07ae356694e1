using Portal.Web.Features.Intake.Metadata.Common;
using Portal.Web.Features.Intake.Metadata.Ooxml;

namespace Portal.Web.Features.Intake.Metadata;

/// <summary>Cleans Office Open XML files (.docx, .xlsx, .pptx and their macro and template variants).</summary>
/// <remarks>
/// A ZIP needs random access, so the whole file is read into memory, up to <c>maxBytes</c>, and the
/// cleaned package is built in memory before it is written to the output: never a temporary file, and
/// nothing is written to the output unless cleaning succeeds. Peak memory is therefore about twice the
/// file size plus one decompression window. <see cref="OoxmlLimits"/> bounds entry count and total
/// decompressed size (ZIP bombs); unsafe entry names are refused.
/// </remarks>
public sealed class OoxmlScrubber(OoxmlLimits limits) : IMetadataScrubber
{
    public const string FormatName = "Office Open XML";

    public OoxmlScrubber()
        : this(OoxmlLimits.Default)
    {
    }

    /// <summary>A ZIP local file header. Whether it is an Office file is only known once
    /// [Content_Types].xml is found; other ZIPs then fail as <see cref="ScrubFailureReason.Unsupported"/>.
    /// OpenDocument and EPUB files, which start with a "mimetype" entry, are turned away here.</summary>
    public bool CanHandle(string contentType, ReadOnlySpan<byte> header) =>
        IsZip(header) && !(header.Length >= 38 && header[30..38].SequenceEqual("mimetype"u8));

    public Task<ScrubResult> ScrubAsync(Stream input, Stream output, long maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentOutOfRangeException.ThrowIfNegative(maxBytes);
        return ScrubGuard.RunAsync(FormatName, async removed =>
        {
            using var buffer = await PlaintextBuffer.ReadAsync(input, maxBytes, cancellationToken);
            if (!IsZip(buffer.Span))
                throw ScrubAbortedException.Unsupported("Not a ZIP file.");
            var rewriter = new OoxmlRewriter(limits, new UncompressedBudget(limits.MaxTotalUncompressedBytes), new AuthorPseudonyms(), removed);
            await rewriter.RewriteAsync(buffer, output, depth: 0, cancellationToken);
        }, cancellationToken);
    }

    internal static bool IsZip(ReadOnlySpan<byte> header) => header.StartsWith("PK\u0003\u0004"u8);
}
