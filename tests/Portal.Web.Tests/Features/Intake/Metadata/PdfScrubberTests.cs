using System.Text;
using Portal.Web.Features.Intake.Metadata;
using Portal.Web.Features.Intake.Metadata.Pdf;
using Portal.Web.Tests.Features.Intake.Metadata.Jpeg;
using Portal.Web.Tests.Features.Intake.Metadata.Pdf;
using static Portal.Web.Tests.Features.Intake.Metadata.Common.ScrubTestHelpers;

namespace Portal.Web.Tests.Features.Intake.Metadata;

public class PdfScrubberTests
{
    private readonly PdfScrubber _scrubber = new();

    private static readonly string[] Secrets =
    [
        PdfFixture.Author, PdfFixture.LaterAuthor, PdfFixture.Creator, PdfFixture.Producer, PdfFixture.Title, PdfFixture.Company,
        PdfFixture.PrivateOwner, PdfFixture.OriginalId, "D:20260314", "D:20260315", "GPSLatitude", "PieceInfo", "/Info",
        JpegFixture.BodySerial, JpegFixture.CameraModel,
    ];

    private async Task<(ScrubResult Result, byte[] Output)> CleanAsync(byte[] input)
    {
        var (result, output) = await ScrubAsync(_scrubber, input);
        Assert.True(result.Succeeded, Describe(result));
        return (result, output);
    }

    /// <summary>Re-reads a cleaned file with the scrubber's own parser: it must have one revision, a
    /// catalog without XMP, and the page with its content, picture and annotation.</summary>
    private static (PdfCrossReference Xref, PdfDocumentReader Reader, PdfDictionary Page) Reopen(byte[] pdf)
    {
        var budget = new PdfDecodeBudget(long.MaxValue);
        var xref = PdfCrossReference.Read(pdf, PdfLimits.Default, budget);
        var reader = new PdfDocumentReader(pdf, xref, PdfLimits.Default, budget);
        Assert.Equal(1, xref.Sections);
        Assert.Null(xref.Trailer.Get("Info"));
        var catalog = Assert.IsType<PdfDictionary>(reader.Resolve(xref.Trailer.Get("Root")));
        Assert.Equal("Catalog", catalog.GetName("Type"));
        Assert.Null(catalog.Get("Metadata"));
        var pages = Assert.IsType<PdfDictionary>(reader.Resolve(catalog.Get("Pages")));
        var kids = Assert.IsType<PdfArray>(pages.Get("Kids"));
        return (xref, reader, Assert.IsType<PdfDictionary>(reader.Resolve(Assert.Single(kids.Items))));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ScrubAsync_RemovesIdentifyingStrings_WhenPdfHasInfoXmpAnnotationsAndAnUpdate(bool compressed)
    {
        var (_, output) = await CleanAsync(compressed ? PdfFixture.CompressedDocument() : PdfFixture.OfficeDocument());

        foreach (var secret in Secrets)
            AssertAbsent(output, secret);
    }

    [Fact]
    public async Task ScrubAsync_KeepsContentAnnotationTextAndCleansThePicture_WhenPdfIsRewritten()
    {
        var (_, output) = await CleanAsync(PdfFixture.OfficeDocument());

        var (_, reader, page) = Reopen(output);
        var content = Assert.IsType<PdfStream>(reader.Resolve(page.Get("Contents")));
        Assert.Equal(PdfFixture.Content, Encoding.Latin1.GetString(content.Data.Span));
        var annotation = Assert.IsType<PdfDictionary>(reader.Resolve(Assert.Single(Assert.IsType<PdfArray>(page.Get("Annots")).Items)));
        Assert.Equal(PdfFixture.AnnotationText, Encoding.Latin1.GetString(Assert.IsType<PdfString>(annotation.Get("Contents")).Bytes));
        Assert.Null(annotation.Get("T"));
        var resources = Assert.IsType<PdfDictionary>(page.Get("Resources"));
        var picture = Assert.IsType<PdfStream>(reader.Resolve(Assert.IsType<PdfDictionary>(resources.Get("XObject")).Get("Im1")));
        Assert.Equal(JpegFixture.PhoneCameraPhoto().Expected, picture.Data.ToArray());
    }

    [Fact]
    public async Task ScrubAsync_UnpacksObjectStreams_WhenPdfUsesCompressedStructures()
    {
        var (_, output) = await CleanAsync(PdfFixture.CompressedDocument());

        var (xref, reader, page) = Reopen(output);
        Assert.DoesNotContain(xref.Entries.Values, e => e.Kind == PdfEntryKind.InObjectStream);
        var content = Assert.IsType<PdfStream>(reader.Resolve(page.Get("Contents")));
        Assert.Equal("FlateDecode", content.Dictionary.GetName("Filter"));
    }

    [Fact]
    public async Task ScrubAsync_ReportsEachKindRemoved_WhenPdfCarriesMetadata()
    {
        var (result, _) = await CleanAsync(PdfFixture.OfficeDocument());

        foreach (var kind in new[]
                 {
                     MetadataKind.Author, MetadataKind.Software, MetadataKind.Timestamps, MetadataKind.DocumentProperties,
                     MetadataKind.CustomProperties, MetadataKind.XmpPacket, MetadataKind.EmbeddedNames, MetadataKind.EditingHistory,
                     MetadataKind.DocumentIdentifier, MetadataKind.Gps, MetadataKind.SerialNumber,
                 })
        {
            AssertRemoved(result, kind);
        }

        Assert.All(result.Removed, r => Assert.DoesNotContain(PdfFixture.Author, r.Detail, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ScrubAsync_FindsOnlyItsOwnIdentifier_WhenOutputIsScrubbedAgain()
    {
        var (_, once) = await CleanAsync(PdfFixture.OfficeDocument());

        var (again, _) = await CleanAsync(once);

        Assert.Equal([MetadataKind.DocumentIdentifier], again.Removed.Select(r => r.Kind));
    }

    [Fact]
    public async Task ScrubAsync_RebuildsTheTable_WhenCrossReferenceOffsetsAreWrong()
    {
        var pdf = PdfFixture.OfficeDocument();
        // Shift every object by inserting a comment after the header, as a careless editor would.
        var shifted = new byte[pdf.Length + 10];
        var header = Encoding.ASCII.GetByteCount("%PDF-1.7\n");
        pdf.AsSpan(0, header).CopyTo(shifted);
        "%padding!\n"u8.CopyTo(shifted.AsSpan(header));
        pdf.AsSpan(header).CopyTo(shifted.AsSpan(header + 10));

        var (_, output) = await CleanAsync(shifted);

        Reopen(output);
        AssertAbsent(output, PdfFixture.LaterAuthor);
    }

    [Fact]
    public async Task ScrubAsync_WarnsThatTheSignatureIsLost_WhenPdfIsSigned()
    {
        var pdf = new PdfBuilder()
            .Object(1, "<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [3 0 R] /SigFlags 3 >> >>")
            .Object(2, "<< /Type /Pages /Kids [] /Count 0 >>")
            .Object(3, "<< /FT /Sig /T (Signature1) /V << /Type /Sig /Filter /Adobe.PPKLite /Contents <00> >> >>")
            .Xref(" /Size 4 /Root 1 0 R")
            .ToArray();

        var (result, _) = await CleanAsync(pdf);

        Assert.Contains(result.Warnings, w => w.Contains("signed", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ScrubAsync_LeavesOutADamagedObjectWithAWarning_WhenOnlyAFontIsBroken()
    {
        var pdf = new PdfBuilder()
            .Object(1, "<< /Type /Catalog /Pages 2 0 R >>")
            .Object(2, "<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
            .Object(3, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 10 10] /Resources << /Font << /F1 4 0 R >> >> >>")
            .Object(4, "<< /Type /Font /BaseFont (unterminated")
            .Xref(" /Size 5 /Root 1 0 R /Info 5 0 R")
            .ToArray();

        var (result, output) = await CleanAsync(pdf);

        Reopen(output);
        Assert.Contains(result.Warnings, w => w.Contains("Damaged parts", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ScrubAsync_FailsWithUnsupported_WhenPdfIsEncrypted()
    {
        var pdf = new PdfBuilder()
            .Object(1, "<< /Type /Catalog /Pages 2 0 R >>")
            .Object(2, "<< /Type /Pages /Kids [] /Count 0 >>")
            .Object(3, "<< /Filter /Standard /V 2 /R 3 /O <00> /U <00> /P -4 >>")
            .Xref(" /Size 4 /Root 1 0 R /Encrypt 3 0 R /ID [<00> <00>]")
            .ToArray();

        var (result, _) = await ScrubAsync(_scrubber, pdf);

        Assert.Equal(ScrubFailureReason.Unsupported, result.FailureReason);
    }

    [Fact]
    public async Task ScrubAsync_FailsWithoutWritingOutput_WhenCutShort()
    {
        var pdf = PdfFixture.OfficeDocument();

        for (var length = 0; length < pdf.Length - 1; length += 7)
        {
            var (result, output) = await ScrubAsync(_scrubber, pdf[..length]);
            Assert.False(result.Succeeded && length < pdf.Length / 2, $"Cut at {length} succeeded.");
            if (!result.Succeeded)
                Assert.Empty(output);
        }
    }

    [Fact]
    public async Task ScrubAsync_FailsWithTruncated_WhenTheEndIsMissing()
    {
        var pdf = PdfFixture.OfficeDocument();

        var (result, _) = await ScrubAsync(_scrubber, pdf[..(pdf.Length / 2)]);

        Assert.Equal(ScrubFailureReason.Truncated, result.FailureReason);
    }

    [Fact]
    public async Task ScrubAsync_FailsWithCorrupt_WhenObjectsAreNestedTooDeeply()
    {
        var deep = new string('[', 100_000) + new string(']', 100_000);
        var pdf = new PdfBuilder()
            .Object(1, "<< /Type /Catalog /Pages 2 0 R /Deep " + deep + " >>")
            .Object(2, "<< /Type /Pages /Kids [] /Count 0 >>")
            .Xref(" /Size 3 /Root 1 0 R")
            .ToArray();

        var (result, _) = await ScrubAsync(_scrubber, pdf);

        Assert.Equal(ScrubFailureReason.Corrupt, result.FailureReason);
    }

    [Fact]
    public async Task ScrubAsync_FailsWithTooLarge_WhenAnObjectStreamInflatesBeyondTheLimit()
    {
        var scrubber = new PdfScrubber(new PdfLimits(MaxDecodedBytes: 1024 * 1024));
        var padding = new string(' ', 2 * 1024 * 1024);

        var (result, _) = await ScrubAsync(scrubber, new PdfBuilder("1.5")
            .ObjectStream(3, [(1, "<< /Type /Catalog /Pages 2 0 R >>" + padding), (2, "<< /Type /Pages /Kids [] /Count 0 >>")], out var packed)
            .XrefStream(4, " /Root 1 0 R", 3, packed)
            .ToArray());

        Assert.Equal(ScrubFailureReason.TooLarge, result.FailureReason);
    }

    [Fact]
    public async Task ScrubAsync_FailsWithTooLarge_WhenInputExceedsMaxBytes()
    {
        var (result, output) = await ScrubAsync(_scrubber, PdfFixture.OfficeDocument(), maxBytes: 500);

        Assert.Equal(ScrubFailureReason.TooLarge, result.FailureReason);
        Assert.Empty(output);
    }

    [Theory]
    [InlineData(false, 4)]
    [InlineData(true, 5)]
    public async Task ScrubAsync_NeverThrows_WhenBytesAreRandomlyDamaged(bool compressed, int seed)
    {
        await AssertNeverThrowsAsync(_scrubber, compressed ? PdfFixture.CompressedDocument() : PdfFixture.OfficeDocument(), rounds: 300, seed);
    }

    [Fact]
    public void CanHandle_DecidesByMagicBytes_WhateverTheClaimedType()
    {
        Assert.True(_scrubber.CanHandle("image/png", "%PDF-1.4\n"u8));
        Assert.False(_scrubber.CanHandle("application/pdf", "\n%PDF-1.4"u8));
    }
}
