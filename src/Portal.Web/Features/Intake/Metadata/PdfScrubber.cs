using Portal.Web.Features.Intake.Metadata.Common;
using Portal.Web.Features.Intake.Metadata.Pdf;

namespace Portal.Web.Features.Intake.Metadata;

/// <summary>Cleans PDF files by writing a new file that holds only what the document uses: no document
/// information dictionary (author, creator, producer, dates, title, subject, keywords), no XMP metadata,
/// no earlier revisions, no annotation authors or dates, a fresh random file identifier, and JPEG pictures
/// cleaned of EXIF.</summary>
/// <remarks>
/// The whole file is read into memory, up to <c>maxBytes</c>, and the cleaned file is built in memory
/// before anything is written to the output; never a temporary file. Encrypted PDFs are refused as
/// <see cref="ScrubFailureReason.Unsupported"/>. A damaged cross-reference table is rebuilt by scanning
/// the file, as viewers do.
/// </remarks>
public sealed class PdfScrubber(PdfLimits limits) : IMetadataScrubber
{
    public const string FormatName = "PDF";

    public PdfScrubber()
        : this(PdfLimits.Default)
    {
    }

    public bool CanHandle(string contentType, ReadOnlySpan<byte> header) => IsPdf(header);

    public Task<ScrubResult> ScrubAsync(Stream input, Stream output, long maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentOutOfRangeException.ThrowIfNegative(maxBytes);
        return ScrubGuard.RunAsync(FormatName, async removed =>
        {
            using var buffer = await PlaintextBuffer.ReadAsync(input, maxBytes, cancellationToken);
            if (!IsPdf(buffer.Span))
                throw ScrubAbortedException.Unsupported("Not a PDF file.");
            await new PdfRewriter(limits, removed).RewriteAsync(buffer, output, cancellationToken);
        }, cancellationToken);
    }

    /// <summary>"%PDF-" at the very start. The standard lets readers accept it a little later; files
    /// like that are rare and are left to the "could not be cleaned" path.</summary>
    internal static bool IsPdf(ReadOnlySpan<byte> header) => header.StartsWith("%PDF-"u8);
}
