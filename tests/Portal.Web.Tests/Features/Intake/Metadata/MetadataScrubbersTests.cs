using Portal.Web.Features.Intake.Metadata;
using Portal.Web.Tests.Features.Intake.Metadata.Common;
using Portal.Web.Tests.Features.Intake.Metadata.Jpeg;
using Portal.Web.Tests.Features.Intake.Metadata.Ooxml;
using Portal.Web.Tests.Features.Intake.Metadata.Pdf;
using Portal.Web.Tests.Features.Intake.Metadata.Png;

namespace Portal.Web.Tests.Features.Intake.Metadata;

public class MetadataScrubbersTests
{
    private static async Task<(ScrubResult Result, byte[] Output)> ScrubAsync(byte[] input, string claimedType, long maxBytes = ScrubTestHelpers.NoLimit)
    {
        using var output = new MemoryStream();
        var result = await MetadataScrubbers.ScrubAsync(new TrickleStream(input), output, claimedType, maxBytes, CancellationToken.None);
        return (result, output.ToArray());
    }

    [Fact]
    public async Task ScrubAsync_CleansByMagicBytes_WhenClaimedTypeAndContentDisagree()
    {
        var fixture = JpegFixture.PhoneCameraPhoto();

        var (result, output) = await ScrubAsync(fixture.Input, "application/pdf");

        Assert.True(result.Succeeded, ScrubTestHelpers.Describe(result));
        Assert.Equal(JpegScrubber.FormatName, result.Format);
        Assert.Equal(fixture.Expected, output);
    }

    [Fact]
    public async Task ScrubAsync_PicksEachScrubber_WhenGivenEachFormat()
    {
        Assert.Equal(PngScrubber.FormatName, (await ScrubAsync(PngFixture.Screenshot().Input, "image/jpeg")).Result.Format);
        Assert.Equal(OoxmlScrubber.FormatName, (await ScrubAsync(OoxmlFixture.Docx(), "application/octet-stream")).Result.Format);
        Assert.Equal(PdfScrubber.FormatName, (await ScrubAsync(PdfFixture.OfficeDocument(), "image/png")).Result.Format);
    }

    [Theory]
    [InlineData("GIF89a............")]
    [InlineData("plain text that mentions %PDF-1.7 later")]
    [InlineData("")]
    public async Task ScrubAsync_FailsWithUnsupported_WhenNoScrubberRecognisesTheFile(string content)
    {
        var (result, output) = await ScrubAsync(System.Text.Encoding.ASCII.GetBytes(content), "image/jpeg");

        Assert.Equal(ScrubFailureReason.Unsupported, result.FailureReason);
        Assert.Empty(output);
    }

    [Fact]
    public async Task ScrubAsync_PassesMaxBytesOn_WhenFileIsTooLarge()
    {
        var (result, _) = await ScrubAsync(OoxmlFixture.Docx(), "", maxBytes: 100);

        Assert.Equal(ScrubFailureReason.TooLarge, result.FailureReason);
    }

    [Fact]
    public async Task ScrubAsync_ThrowsOperationCanceled_WhenCancelled()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => MetadataScrubbers.ScrubAsync(
            new MemoryStream(JpegFixture.PhoneCameraPhoto().Input), new MemoryStream(), "", ScrubTestHelpers.NoLimit, cancelled.Token));
    }

    [Fact]
    public void All_HoldsOneScrubberPerFormat_WhenListed()
    {
        Assert.Equal(
            [JpegScrubber.FormatName, PngScrubber.FormatName, PdfScrubber.FormatName, OoxmlScrubber.FormatName],
            MetadataScrubbers.All.Select(s => s.GetType().GetField("FormatName")!.GetValue(null)));
    }
}
