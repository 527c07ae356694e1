using System.Text;
using Portal.Web.Features.Intake.Metadata.Png;

namespace Portal.Web.Tests.Features.Intake.Metadata.Png;

public class Crc32Tests
{
    [Fact]
    public void Compute_ReturnsTheStandardCheckValue_WhenInputIsTheCheckString()
    {
        Assert.Equal(0xCBF43926u, Crc32.Compute(Encoding.ASCII.GetBytes("123456789")));
    }

    [Fact]
    public void Append_MatchesOneShot_WhenDataArrivesInPieces()
    {
        var crc = new Crc32();
        crc.Append("12345"u8);
        crc.Append("6789"u8);

        Assert.Equal(0xCBF43926u, crc.Value);
    }
}
