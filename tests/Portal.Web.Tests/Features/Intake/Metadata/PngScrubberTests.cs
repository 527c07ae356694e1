using Portal.Web.Features.Intake.Metadata;
using Portal.Web.Tests.Features.Intake.Metadata.Png;
using static Portal.Web.Tests.Features.Intake.Metadata.Common.ScrubTestHelpers;

namespace Portal.Web.Tests.Features.Intake.Metadata;

public class PngScrubberTests
{
    private readonly PngScrubber _scrubber = new();

    [Fact]
    public async Task ScrubAsync_RemovesIdentifyingStrings_WhenScreenshotCarriesTextExifAndProfile()
    {
        var (result, output) = await ScrubAsync(_scrubber, PngFixture.Screenshot().Input);

        Assert.True(result.Succeeded, Describe(result));
        foreach (var secret in new[]
                 {
                     PngFixture.Author, PngFixture.VietnameseAuthor, PngFixture.Software, PngFixture.ProfileName,
                     PngFixture.PreviewText, PngFixture.TrailerText, "GPSLongitude", "tEXt", "zTXt", "iTXt", "eXIf", "tIME", "iCCP",
                 })
        {
            AssertAbsent(output, secret);
        }
    }

    [Fact]
    public async Task ScrubAsync_KeepsImageAndColourChunksByteIdentical_WhenMetadataRemoved()
    {
        var fixture = PngFixture.Screenshot();

        var (result, output) = await ScrubAsync(_scrubber, fixture.Input);

        Assert.True(result.Succeeded, Describe(result));
        Assert.Equal(fixture.Expected, output);
    }

    [Fact]
    public async Task ScrubAsync_ReportsEachKindRemoved_WhenScreenshotCarriesMetadata()
    {
        var (result, _) = await ScrubAsync(_scrubber, PngFixture.Screenshot().Input);

        foreach (var kind in new[]
                 {
                     MetadataKind.Author, MetadataKind.Software, MetadataKind.Comment, MetadataKind.XmpPacket, MetadataKind.Gps,
                     MetadataKind.Timestamps, MetadataKind.ColourProfile, MetadataKind.Other, MetadataKind.TrailingData,
                 })
        {
            AssertRemoved(result, kind);
        }

        Assert.All(result.Removed, r => Assert.DoesNotContain(PngFixture.Author, r.Detail, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ScrubAsync_FindsNothingMore_WhenOutputIsScrubbedAgain()
    {
        var (_, once) = await ScrubAsync(_scrubber, PngFixture.Screenshot().Input);

        var (again, twice) = await ScrubAsync(_scrubber, once);

        Assert.True(again.Succeeded, Describe(again));
        Assert.Empty(again.Removed);
        Assert.Equal(once, twice);
    }

    [Fact]
    public async Task ScrubAsync_GivesSameOutput_WhenInputArrivesInSmallPiecesFromANonSeekableStream()
    {
        var fixture = PngFixture.Screenshot();

        var (result, output) = await ScrubAsync(_scrubber, fixture.Input, trickle: true);

        Assert.True(result.Succeeded, Describe(result));
        Assert.Equal(fixture.Expected, output);
    }

    [Fact]
    public async Task ScrubAsync_FailsWithTruncated_WhenCutAnywhereBeforeTheEnd()
    {
        var fixture = PngFixture.Screenshot();
        var input = fixture.Input;

        for (var length = 0; length < fixture.EndOfImage; length++)
        {
            var (result, _) = await ScrubAsync(_scrubber, input[..length]);
            Assert.True(result.FailureReason == ScrubFailureReason.Truncated, $"Cut at {length}: {Describe(result)}");
        }
    }

    [Fact]
    public async Task ScrubAsync_FailsWithTooLarge_WhenInputExceedsMaxBytes()
    {
        var (result, _) = await ScrubAsync(_scrubber, PngFixture.Screenshot().Input, maxBytes: 64);

        Assert.Equal(ScrubFailureReason.TooLarge, result.FailureReason);
    }

    [Fact]
    public async Task ScrubAsync_FailsWithCorrupt_WhenAKeptChunkHasAWrongCrc()
    {
        var idat = PngFixture.Chunk("IDAT", PngFixture.Deflate([0, 0xFF, 0x00, 0x00]));
        idat[^1] ^= 0x01;
        byte[] input = [.. PngFixture.Signature, .. PngFixture.Header(), .. idat, .. PngFixture.Chunk("IEND", [])];

        var (result, _) = await ScrubAsync(_scrubber, input);

        Assert.Equal(ScrubFailureReason.Corrupt, result.FailureReason);
    }

    [Fact]
    public async Task ScrubAsync_FailsWithCorrupt_WhenTheFirstChunkIsNotTheHeader()
    {
        byte[] input = [.. PngFixture.Signature, .. PngFixture.Chunk("tEXt", "Author\0x"u8.ToArray()), .. PngFixture.Header()];

        var (result, _) = await ScrubAsync(_scrubber, input);

        Assert.Equal(ScrubFailureReason.Corrupt, result.FailureReason);
    }

    [Fact]
    public async Task ScrubAsync_FailsWithUnsupported_WhenAnUnknownCriticalChunkAppears()
    {
        byte[] input = [.. PngFixture.Signature, .. PngFixture.Header(), .. PngFixture.Chunk("ZZZZ", [1]), .. PngFixture.Chunk("IEND", [])];

        var (result, _) = await ScrubAsync(_scrubber, input);

        Assert.Equal(ScrubFailureReason.Unsupported, result.FailureReason);
    }

    [Fact]
    public async Task ScrubAsync_NeverThrows_WhenBytesAreRandomlyDamaged()
    {
        await AssertNeverThrowsAsync(_scrubber, PngFixture.Screenshot().Input, rounds: 500, seed: 2);
    }

    [Fact]
    public void CanHandle_DecidesByMagicBytes_WhateverTheClaimedType()
    {
        Assert.True(_scrubber.CanHandle("image/jpeg", PngFixture.Signature));
        Assert.False(_scrubber.CanHandle("image/png", [0xFF, 0xD8, 0xFF, 0xE0]));
    }
}
