namespace Portal.Web.Features.Intake.Metadata;

/// <summary>Limits that keep a hostile Office file (a ZIP bomb, a package with a million entries) from
/// exhausting the server while it is cleaned.</summary>
/// <param name="MaxEntries">Most ZIP entries accepted. Real documents have tens to a few hundred.</param>
/// <param name="MaxTotalUncompressedBytes">Most bytes decompressed in total, counted as they are actually
/// produced (declared sizes in a ZIP can lie), including embedded documents.</param>
/// <param name="MaxNestingDepth">How deep documents embedded in documents (a chart's workbook inside a
/// Word file) are cleaned; deeper ones are copied as they are and reported as warnings.</param>
public sealed record OoxmlLimits(int MaxEntries = 10_000, long MaxTotalUncompressedBytes = 512L * 1024 * 1024, int MaxNestingDepth = 2)
{
    public static OoxmlLimits Default { get; } = new();
}
