using Portal.Web.Features.Intake.Metadata;
using Portal.Web.Tests.Features.Intake.Metadata.Jpeg;
using static Portal.Web.Tests.Features.Intake.Metadata.Common.ScrubTestHelpers;

namespace Portal.Web.Tests.Features.Intake.Metadata;

public class JpegScrubberTests
{
    private readonly JpegScrubber _scrubber = new();

    [Fact]
    public async Task ScrubAsync_RemovesIdentifyingStrings_WhenPhotoCarriesExifXmpIptcAndComment()
    {
        var fixture = JpegFixture.PhoneCameraPhoto();

        var (result, output) = await ScrubAsync(_scrubber, fixture.Input);

        Assert.True(result.Succeeded, Describe(result));
        foreach (var secret in new[]
                 {
                     JpegFixture.Author, JpegFixture.BodySerial, JpegFixture.LensSerial, JpegFixture.CameraModel,
                     JpegFixture.Software, JpegFixture.ScannerProfile, JpegFixture.CommentText, JpegFixture.TrailerText,
                     "2026:03:14", "GPSLatitude", "thumbnail of the uncropped original",
                 })
        {
            AssertAbsent(output, secret);
        }
    }

    [Fact]
    public async Task ScrubAsync_KeepsImageDataByteIdentical_WhenMetadataRemoved()
    {
        var fixture = JpegFixture.PhoneCameraPhoto();

        var (result, output) = await ScrubAsync(_scrubber, fixture.Input);

        Assert.True(result.Succeeded, Describe(result));
        Assert.Equal(fixture.Expected, output);
    }

    [Fact]
    public async Task ScrubAsync_ReportsEachKindRemoved_WhenPhotoCarriesMetadata()
    {
        var (result, _) = await ScrubAsync(_scrubber, JpegFixture.PhoneCameraPhoto().Input);

        foreach (var kind in new[]
                 {
                     MetadataKind.Gps, MetadataKind.CameraMakeModel, MetadataKind.SerialNumber, MetadataKind.Author,
                     MetadataKind.Software, MetadataKind.Timestamps, MetadataKind.Thumbnail, MetadataKind.Comment,
                     MetadataKind.XmpPacket, MetadataKind.Iptc, MetadataKind.ColourProfile, MetadataKind.CameraSettings,
                     MetadataKind.TrailingData,
                 })
        {
            AssertRemoved(result, kind);
        }

        Assert.Contains(result.Removed, r => r.Kind == MetadataKind.SerialNumber && r.Detail.Contains("BodySerialNumber", StringComparison.Ordinal));
        Assert.All(result.Removed, r => Assert.DoesNotContain(JpegFixture.BodySerial, r.Detail, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ScrubAsync_KeepsOnlyTheOrientation_WhenExifSaysRotate()
    {
        var (_, output) = await ScrubAsync(_scrubber, JpegFixture.PhoneCameraPhoto(orientation: 6).Input);

        Assert.True(output.AsSpan().IndexOf(JpegFixture.OrientationSegment(6)) > 0);
    }

    [Fact]
    public async Task ScrubAsync_WritesNoExif_WhenOrientationIsNormal()
    {
        var (_, output) = await ScrubAsync(_scrubber, JpegFixture.PhoneCameraPhoto(orientation: 1).Input);

        Assert.True(output.AsSpan().IndexOf("Exif"u8) < 0);
    }

    [Fact]
    public async Task ScrubAsync_FindsNothingMore_WhenOutputIsScrubbedAgain()
    {
        var (_, once) = await ScrubAsync(_scrubber, JpegFixture.PhoneCameraPhoto(orientation: 1).Input);

        var (again, twice) = await ScrubAsync(_scrubber, once);

        Assert.True(again.Succeeded, Describe(again));
        Assert.Empty(again.Removed);
        Assert.Equal(once, twice);
    }

    [Fact]
    public async Task ScrubAsync_GivesSameOutput_WhenInputArrivesInSmallPiecesFromANonSeekableStream()
    {
        var fixture = JpegFixture.PhoneCameraPhoto();

        var (result, output) = await ScrubAsync(_scrubber, fixture.Input, trickle: true);

        Assert.True(result.Succeeded, Describe(result));
        Assert.Equal(fixture.Expected, output);
    }

    [Fact]
    public async Task ScrubAsync_FailsWithTruncated_WhenCutAnywhereBeforeTheEnd()
    {
        var fixture = JpegFixture.PhoneCameraPhoto();
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
        var input = JpegFixture.PhoneCameraPhoto().Input;

        var (result, _) = await ScrubAsync(_scrubber, input, maxBytes: 100);

        Assert.Equal(ScrubFailureReason.TooLarge, result.FailureReason);
    }

    [Fact]
    public async Task ScrubAsync_Succeeds_WhenOnlyDataAfterTheEndExceedsMaxBytes()
    {
        var fixture = JpegFixture.PhoneCameraPhoto();

        var (result, output) = await ScrubAsync(_scrubber, fixture.Input, maxBytes: fixture.EndOfImage);

        Assert.True(result.Succeeded, Describe(result));
        Assert.Equal(fixture.Expected, output);
    }

    [Fact]
    public async Task ScrubAsync_FailsWithCorrupt_WhenSegmentLengthIsBelowTwo()
    {
        byte[] input = [0xFF, 0xD8, 0xFF, 0xE1, 0x00, 0x01, 0xFF, 0xD9];

        var (result, _) = await ScrubAsync(_scrubber, input);

        Assert.Equal(ScrubFailureReason.Corrupt, result.FailureReason);
    }

    [Fact]
    public async Task ScrubAsync_FailsWithCorrupt_WhenGarbageStandsWhereAMarkerBelongs()
    {
        byte[] input = [0xFF, 0xD8, 0x12, 0x34, 0xFF, 0xD9];

        var (result, _) = await ScrubAsync(_scrubber, input);

        Assert.Equal(ScrubFailureReason.Corrupt, result.FailureReason);
    }

    [Fact]
    public async Task ScrubAsync_FailsWithUnsupported_WhenNotAJpeg()
    {
        var (result, _) = await ScrubAsync(_scrubber, "%PDF-1.7\n"u8.ToArray());

        Assert.Equal(ScrubFailureReason.Unsupported, result.FailureReason);
    }

    [Fact]
    public async Task ScrubAsync_DropsMetadataBetweenScans_WhenProgressiveJpegHasSeveralScans()
    {
        var scan = JpegFixture.Segment(0xDA, [1, 1, 0x00, 0, 63, 0]);
        byte[] entropy = [0x12, 0xFF, 0x00, 0x34, 0xFF, 0xD1, 0x56, 0xFF, 0xFF];
        var fixture = new JpegFixture()
            .Keep([0xFF, 0xD8])
            .Keep(JpegFixture.ImageHeaders())
            .Keep(entropy)
            .Drop(JpegFixture.Segment(0xFE, "between scans"u8.ToArray()))
            .Keep(JpegFixture.Segment(0xC4, [0x10, 1, .. new byte[15], 0x00]))
            .Keep(scan)
            .Keep(entropy)
            .EndImage();

        var (result, output) = await ScrubAsync(_scrubber, fixture.Input, trickle: true);

        Assert.True(result.Succeeded, Describe(result));
        Assert.Equal(fixture.Expected, output);
        AssertRemoved(result, MetadataKind.Comment);
    }

    [Fact]
    public async Task ScrubAsync_NeverThrows_WhenBytesAreRandomlyDamaged()
    {
        await AssertNeverThrowsAsync(_scrubber, JpegFixture.PhoneCameraPhoto().Input, rounds: 500, seed: 1);
    }

    [Theory]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0 }, true)]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF }, true)]
    [InlineData(new byte[] { 0xFF, 0xD8 }, false)]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47 }, false)]
    public void CanHandle_DecidesByMagicBytes_WhateverTheClaimedType(byte[] header, bool expected)
    {
        Assert.Equal(expected, _scrubber.CanHandle("application/pdf", header));
    }
}
