using Portal.Web.Features.Intake.Metadata.Jpeg;

namespace Portal.Web.Tests.Features.Intake.Metadata.Jpeg;

public class JpegRewriterTests
{
    [Theory]
    [InlineData(new byte[] { 1, 2, 3 }, 3, false)]
    [InlineData(new byte[] { 1, 0xFF, 0x00, 2 }, 4, false)]
    [InlineData(new byte[] { 1, 0xFF, 0xD3, 2 }, 4, false)]
    [InlineData(new byte[] { 1, 0xFF, 0xFF, 0xD9 }, 2, true)]
    [InlineData(new byte[] { 1, 0xFF, 0xD9 }, 1, true)]
    [InlineData(new byte[] { 1, 2, 0xFF }, 2, false)]
    [InlineData(new byte[] { 0xFF }, 0, false)]
    [InlineData(new byte[] { 0xFF, 0xC4, 0 }, 0, true)]
    public void ScanEntropyCodedData_StopsOnlyAtRealMarkers_WhenDataHasStuffingRestartsAndFill(byte[] data, int length, bool markerFound)
    {
        Assert.Equal((length, markerFound), JpegRewriter.ScanEntropyCodedData(data));
    }
}
