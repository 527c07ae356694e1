namespace Portal.Web.Tests.Features.Integrity.Draw;

/// <summary>The published test vector (docs/verification-draw.md); computed once and checked with docs/draw_verify.py.</summary>
internal static class DrawVector
{
    public const string Expected =
        "00000000-0000-0000-0000-000000000004,00000000-0000-0000-0004-000000000001\n" +
        "00000000-0000-0000-0000-000000000004,00000000-0000-0000-0004-000000000010\n" +
        "00000000-0000-0000-0000-000000000002,00000000-0000-0000-0002-000000000001\n" +
        "00000000-0000-0000-0000-000000000002,00000000-0000-0000-0002-000000000008";

    public const string EligibleSha256 = "241a1ecb090bcbf6892bb06664bd1d124ecb1805473dfcb6a462cde5534bc2e9";
}
