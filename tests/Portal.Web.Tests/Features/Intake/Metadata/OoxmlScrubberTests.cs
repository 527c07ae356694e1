using System.Buffers.Binary;
using System.Text;
using Portal.Web.Features.Intake.Metadata;
using Portal.Web.Tests.Features.Intake.Metadata.Jpeg;
using Portal.Web.Tests.Features.Intake.Metadata.Ooxml;
using static Portal.Web.Tests.Features.Intake.Metadata.Common.ScrubTestHelpers;
using static Portal.Web.Tests.Features.Intake.Metadata.Ooxml.OoxmlFixture;

namespace Portal.Web.Tests.Features.Intake.Metadata;

public class OoxmlScrubberTests
{
    private readonly OoxmlScrubber _scrubber = new();

    private static readonly string[] Secrets =
    [
        Author, Editor, Account, "nguyenvana", Company, Title, EmployeeNumber, SessionId, DocumentGuid, "7F3A2B1C", "NVTG",
        "2026-03-14", "2026-03-15", "Microsoft Office Word", "Normal.dotm", "16.0000",
        JpegFixture.BodySerial, JpegFixture.CameraModel, "GPSLatitude",
    ];

    private async Task<(ScrubResult Result, byte[] Output, Dictionary<string, byte[]> Parts)> ScrubDocxAsync(byte[]? input = null)
    {
        var (result, output) = await ScrubAsync(_scrubber, input ?? Docx());
        Assert.True(result.Succeeded, Describe(result));
        return (result, output, Unzip(output));
    }

    [Fact]
    public async Task ScrubAsync_RemovesIdentifyingStrings_WhenDocxHasPropertiesCommentsRevisionsAndPicture()
    {
        var (_, output, parts) = await ScrubDocxAsync();

        foreach (var secret in Secrets)
        {
            AssertAbsent(output, secret);
            foreach (var (name, content) in parts)
                Assert.False(Encoding.UTF8.GetString(content).Contains(secret, StringComparison.Ordinal), $"'{secret}' is still in {name}.");
        }
    }

    [Fact]
    public async Task ScrubAsync_KeepsVisibleTextCommentsAndWebLinks_WhenDocxIsCleaned()
    {
        var (_, _, parts) = await ScrubDocxAsync();

        var document = Text(parts, "word/document.xml");
        Assert.Contains(VisibleText, document, StringComparison.Ordinal);
        Assert.Contains("xóa", document, StringComparison.Ordinal);
        Assert.Contains(CommentText, Text(parts, "word/comments.xml"), StringComparison.Ordinal);
        var links = Text(parts, "word/_rels/document.xml.rels");
        Assert.Contains("Target=\"https://soyte.hanoi.gov.vn/thong-bao\"", links, StringComparison.Ordinal);
        Assert.Contains("Target=\"bang-chi.xlsx\"", links, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ScrubAsync_ProducesAConsistentPackage_WhenPartsAndRelationshipsAreRemoved()
    {
        var (_, _, parts) = await ScrubDocxAsync();

        PackageAssert.IsConsistent(parts);
    }

    [Fact]
    public async Task ScrubAsync_RemovesCustomPropertiesThumbnailAndPeopleParts_WithTheirRelationshipsAndContentTypes()
    {
        var (_, _, parts) = await ScrubDocxAsync();

        Assert.DoesNotContain("docProps/custom.xml", parts.Keys);
        Assert.DoesNotContain("docProps/thumbnail.jpeg", parts.Keys);
        Assert.DoesNotContain("word/people.xml", parts.Keys);
        Assert.DoesNotContain("custom-properties", Text(parts, "_rels/.rels"), StringComparison.Ordinal);
        Assert.DoesNotContain("thumbnail", Text(parts, "_rels/.rels"), StringComparison.Ordinal);
        Assert.DoesNotContain("people", Text(parts, "word/_rels/document.xml.rels"), StringComparison.Ordinal);
        Assert.DoesNotContain("custom.xml", Text(parts, "[Content_Types].xml"), StringComparison.Ordinal);
        Assert.DoesNotContain("people.xml", Text(parts, "[Content_Types].xml"), StringComparison.Ordinal);
        Assert.DoesNotContain("attachedTemplate", Text(parts, "word/_rels/settings.xml.rels"), StringComparison.Ordinal);
        Assert.DoesNotContain("attachedTemplate", Text(parts, "word/settings.xml"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ScrubAsync_EmptiesCoreProperties_WhenDocxHasCreatorAndDates()
    {
        var (_, _, parts) = await ScrubDocxAsync();

        var core = System.Xml.Linq.XDocument.Parse(Text(parts, "docProps/core.xml")).Root!;
        Assert.Equal("coreProperties", core.Name.LocalName);
        Assert.Empty(core.Elements());
        var app = Text(parts, "docProps/app.xml");
        Assert.Contains("<Pages>1</Pages>", app, StringComparison.Ordinal);
        Assert.DoesNotContain("Company", app, StringComparison.Ordinal);
        Assert.DoesNotContain("TotalTime", app, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ScrubAsync_GivesEachPersonOnePseudonym_WhenNamesAppearInSeveralParts()
    {
        var (_, _, parts) = await ScrubDocxAsync();

        var document = Text(parts, "word/document.xml");
        Assert.Contains("<w:ins w:id=\"1\" w:author=\"Author 1\">", document, StringComparison.Ordinal);
        Assert.Contains("<w:del w:id=\"2\" w:author=\"Author 2\">", document, StringComparison.Ordinal);
        Assert.Contains("<w:comment w:id=\"0\" w:author=\"Author 1\">", Text(parts, "word/comments.xml"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ScrubAsync_CleansEmbeddedPictures_WhenDocxContainsAPhoto()
    {
        var (result, _, parts) = await ScrubDocxAsync();

        Assert.Equal(JpegFixture.PhoneCameraPhoto().Expected, parts["word/media/image1.jpeg"]);
        Assert.Contains(result.Removed, r => r.Kind == MetadataKind.Gps && r.Detail.Contains("word/media/image1.jpeg: EXIF GPS", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ScrubAsync_ReportsEachKindRemoved_WhenDocxCarriesMetadata()
    {
        var (result, _, _) = await ScrubDocxAsync();

        foreach (var kind in new[]
                 {
                     MetadataKind.Author, MetadataKind.Timestamps, MetadataKind.DocumentProperties, MetadataKind.CustomProperties,
                     MetadataKind.EmbeddedNames, MetadataKind.EditingHistory, MetadataKind.FilePath, MetadataKind.DocumentIdentifier,
                     MetadataKind.Thumbnail, MetadataKind.Software, MetadataKind.Comment, MetadataKind.Gps,
                 })
        {
            AssertRemoved(result, kind);
        }

        Assert.All(result.Removed, r => Assert.DoesNotContain(Author, r.Detail, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ScrubAsync_FindsNothingMore_WhenOutputIsScrubbedAgain()
    {
        var (_, once, onceParts) = await ScrubDocxAsync();

        var (again, _, twiceParts) = await ScrubDocxAsync(once);

        Assert.Empty(again.Removed);
        Assert.Equal(onceParts.Keys, twiceParts.Keys);
        foreach (var (name, content) in onceParts)
            Assert.Equal(content, twiceParts[name]);
    }

    [Fact]
    public async Task ScrubAsync_CleansEmbeddedWorkbook_WhenDocxContainsAChartWorkbook()
    {
        var workbook = Build(new Dictionary<string, byte[]>
        {
            ["[Content_Types].xml"] = DocxParts()["[Content_Types].xml"],
            ["docProps/core.xml"] = DocxParts()["docProps/core.xml"],
        });
        var parts = DocxParts();
        parts["word/embeddings/Microsoft_Excel_Worksheet.xlsx"] = workbook;
        parts["word/embeddings/oleObject1.bin"] = Encoding.UTF8.GetBytes("legacy OLE object");

        var (result, _, cleaned) = await ScrubDocxAsync(Build(parts));

        var inner = Unzip(cleaned["word/embeddings/Microsoft_Excel_Worksheet.xlsx"]);
        Assert.DoesNotContain(Author, Text(inner, "docProps/core.xml"), StringComparison.Ordinal);
        Assert.Contains(result.Removed, r => r.Detail.Contains("word/embeddings/Microsoft_Excel_Worksheet.xlsx: document author", StringComparison.Ordinal));
        Assert.Contains(result.Warnings, w => w.Contains("oleObject1.bin", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ScrubAsync_FailsWithTooLarge_WhenEntriesExpandBeyondTheLimit()
    {
        var parts = DocxParts();
        parts["word/media/zeros.bin"] = new byte[4 * 1024 * 1024];
        var scrubber = new OoxmlScrubber(new OoxmlLimits(MaxTotalUncompressedBytes: 1024 * 1024));

        var (result, _) = await ScrubAsync(scrubber, Build(parts));

        Assert.Equal(ScrubFailureReason.TooLarge, result.FailureReason);
    }

    [Fact]
    public async Task ScrubAsync_NeverExpandsAnEntryBeyondItsDeclaredSize_WhenZipHeadersLie()
    {
        var parts = new Dictionary<string, byte[]> { ["[Content_Types].xml"] = DocxParts()["[Content_Types].xml"], ["bomb.bin"] = new byte[2 * 1024 * 1024] };
        var zip = Build(parts, comment: null);
        LieAboutUncompressedSize(zip, "bomb.bin", declared: 1000);
        var scrubber = new OoxmlScrubber(new OoxmlLimits(MaxTotalUncompressedBytes: 1024 * 1024));

        var (result, output) = await ScrubAsync(scrubber, zip);

        // Either refused, or cut at the declared size: the 2 MiB never reach the output.
        if (result.Succeeded)
            Assert.True(Unzip(output)["bomb.bin"].Length <= 1000);
        else
            Assert.False(result.FailureDetail!.StartsWith("Internal error", StringComparison.Ordinal), result.FailureDetail);
    }

    [Fact]
    public async Task ScrubAsync_FailsWithTooLarge_WhenThereAreTooManyEntries()
    {
        var scrubber = new OoxmlScrubber(new OoxmlLimits(MaxEntries: 5));

        var (result, _) = await ScrubAsync(scrubber, Docx());

        Assert.Equal(ScrubFailureReason.TooLarge, result.FailureReason);
    }

    [Theory]
    [InlineData("../../evil.xml")]
    [InlineData("word/../../evil.xml")]
    [InlineData("/etc/evil.xml")]
    [InlineData("C:/evil.xml")]
    [InlineData(@"word\..\..\evil.xml")]
    public async Task ScrubAsync_FailsWithCorrupt_WhenAnEntryNameIsUnsafe(string name)
    {
        var parts = DocxParts();
        parts[name] = "<x/>"u8.ToArray();

        var (result, _) = await ScrubAsync(_scrubber, Build(parts));

        Assert.Equal(ScrubFailureReason.Corrupt, result.FailureReason);
    }

    [Fact]
    public async Task ScrubAsync_FailsWithCorrupt_WhenTwoEntriesShareAName()
    {
        var parts = DocxParts().ToList();
        parts.Add(new("docProps/CORE.xml", Xml("<x/>")));

        var (result, _) = await ScrubAsync(_scrubber, Build(parts));

        Assert.Equal(ScrubFailureReason.Corrupt, result.FailureReason);
    }

    [Fact]
    public async Task ScrubAsync_FailsWithTooLarge_WhenInputExceedsMaxBytes()
    {
        var (result, output) = await ScrubAsync(_scrubber, Docx(), maxBytes: 1000);

        Assert.Equal(ScrubFailureReason.TooLarge, result.FailureReason);
        Assert.Empty(output);
    }

    [Fact]
    public async Task ScrubAsync_FailsWithUnsupported_WhenZipIsNotAnOfficeDocument()
    {
        var zip = Build(new Dictionary<string, byte[]> { ["notes.txt"] = "hello"u8.ToArray() });

        var (result, _) = await ScrubAsync(_scrubber, zip);

        Assert.Equal(ScrubFailureReason.Unsupported, result.FailureReason);
    }

    [Fact]
    public async Task ScrubAsync_FailsWithoutWritingOutput_WhenCutShort()
    {
        var docx = Docx();

        foreach (var length in new[] { 0, 4, 30, docx.Length / 3, docx.Length / 2, docx.Length - 30, docx.Length - 1 })
        {
            var (result, output) = await ScrubAsync(_scrubber, docx[..length]);
            Assert.False(result.Succeeded, $"Cut at {length} succeeded.");
            Assert.Empty(output);
        }
    }

    [Fact]
    public async Task ScrubAsync_FailsWithCorrupt_WhenAnXmlPartIsNotWellFormed()
    {
        var parts = DocxParts();
        parts["word/document.xml"] = Xml("<w:document xmlns:w=\"" + W + "\"><w:body>");

        var (result, _) = await ScrubAsync(_scrubber, Build(parts));

        Assert.Equal(ScrubFailureReason.Corrupt, result.FailureReason);
    }

    [Fact]
    public async Task ScrubAsync_FailsWithCorrupt_WhenAnXmlPartHasADocumentTypeDeclaration()
    {
        var parts = DocxParts();
        parts["word/document.xml"] = Encoding.UTF8.GetBytes(
            "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;\">]><d>&b;</d>");

        var (result, _) = await ScrubAsync(_scrubber, Build(parts));

        Assert.Equal(ScrubFailureReason.Corrupt, result.FailureReason);
    }

    [Fact]
    public async Task ScrubAsync_NeverThrows_WhenBytesAreRandomlyDamaged()
    {
        await AssertNeverThrowsAsync(_scrubber, Docx(), rounds: 300, seed: 3);
    }

    [Fact]
    public void CanHandle_AcceptsZipButNotOpenDocument_WhateverTheClaimedType()
    {
        Assert.True(_scrubber.CanHandle("image/png", Docx().AsSpan(0, MetadataScrubbers.HeaderLength)));
        var odt = Build(new Dictionary<string, byte[]> { ["mimetype"] = "application/vnd.oasis.opendocument.text"u8.ToArray() });
        Assert.False(_scrubber.CanHandle("application/vnd.openxmlformats-officedocument.wordprocessingml.document", odt.AsSpan(0, 64)));
    }

    /// <summary>Rewrites the uncompressed-size fields of an entry in both its local and central headers.</summary>
    private static void LieAboutUncompressedSize(byte[] zip, string name, uint declared)
    {
        var nameBytes = Encoding.UTF8.GetBytes(name);
        for (var at = 0; at < zip.Length - 46; at++)
        {
            var signature = BinaryPrimitives.ReadUInt32LittleEndian(zip.AsSpan(at));
            if (signature == 0x04034B50 && zip.AsSpan(at + 30).StartsWith(nameBytes))
                BinaryPrimitives.WriteUInt32LittleEndian(zip.AsSpan(at + 22), declared);
            else if (signature == 0x02014B50 && zip.AsSpan(at + 46).StartsWith(nameBytes))
                BinaryPrimitives.WriteUInt32LittleEndian(zip.AsSpan(at + 24), declared);
        }
    }
}
