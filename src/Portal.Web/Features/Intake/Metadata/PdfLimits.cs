namespace Portal.Web.Features.Intake.Metadata;

/// <summary>Limits that keep a hostile PDF from exhausting the server while it is rewritten.</summary>
/// <param name="MaxObjects">Most objects written to the cleaned file.</param>
/// <param name="MaxDecodedBytes">Most bytes decompressed in total from cross-reference and object streams.</param>
/// <param name="MaxNestingDepth">Deepest nesting of arrays and dictionaries accepted; deeper nesting is
/// refused rather than risking the stack.</param>
public sealed record PdfLimits(int MaxObjects = 500_000, long MaxDecodedBytes = 256L * 1024 * 1024, int MaxNestingDepth = 100)
{
    public static PdfLimits Default { get; } = new();
}
