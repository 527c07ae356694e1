using System.Text;
using Portal.Web.Features.Intake.Metadata;
using Portal.Web.Features.Intake.Metadata.Common;
using Portal.Web.Features.Intake.Metadata.Pdf;

namespace Portal.Web.Tests.Features.Intake.Metadata.Pdf;

public class PdfParserTests
{
    private static PdfObject Parse(string text) => new PdfParser(Encoding.Latin1.GetBytes(text), 0, PdfLimits.Default.MaxNestingDepth).ReadObject(0);

    private static string RoundTrip(string text)
    {
        using var output = new MemoryStream();
        new PdfWriter(output, reference => reference).Write(Parse(text));
        return Encoding.Latin1.GetString(output.ToArray());
    }

    [Theory]
    [InlineData(@"(a\(b\)c)", "a(b)c")]
    [InlineData(@"(nested (parens) ok)", "nested (parens) ok")]
    [InlineData(@"(\101\102C)", "ABC")]
    [InlineData("(line\\\ncontinued)", "linecontinued")]
    [InlineData("(cr\rlf)", "cr\nlf")]
    [InlineData("<48 65 6C6C 6F>", "Hello")]
    [InlineData("<414>", "A@")]
    public void ReadObject_DecodesStrings_WhenEscapedOrHex(string text, string expected)
    {
        Assert.Equal(expected, Encoding.Latin1.GetString(Assert.IsType<PdfString>(Parse(text)).Bytes));
    }

    [Theory]
    [InlineData("/Name", "Name")]
    [InlineData("/A#20B", "A B")]
    [InlineData("/Lime#23Green", "Lime#Green")]
    public void ReadObject_DecodesNames_WhenTheyHoldEscapes(string text, string expected)
    {
        Assert.Equal(expected, Assert.IsType<PdfName>(Parse(text)).Value);
    }

    [Fact]
    public void ReadObject_ReadsReferencesInsideArrays_WhenMixedWithNumbers()
    {
        var array = Assert.IsType<PdfArray>(Parse("[1 2 0 R -3.5 4 0 R 5]"));

        Assert.Collection(
            array.Items,
            i => Assert.Equal("1", Assert.IsType<PdfNumber>(i).Text),
            i => Assert.Equal(2, Assert.IsType<PdfReference>(i).Number),
            i => Assert.Equal("-3.5", Assert.IsType<PdfNumber>(i).Text),
            i => Assert.Equal(4, Assert.IsType<PdfReference>(i).Number),
            i => Assert.Equal("5", Assert.IsType<PdfNumber>(i).Text));
    }

    [Theory]
    [InlineData("<</Type /Page /Kids [1 0 R] /Note (a\\)b) /N %  comment\n 0.5>>")]
    [InlineData("[true false null /A#20B <00FF>]")]
    public void Write_ProducesTextThatParsesToTheSameObject_WhenRoundTripped(string text)
    {
        var once = RoundTrip(text);

        Assert.Equal(once, RoundTrip(once));
    }

    [Theory]
    [InlineData("(unterminated", ScrubFailureReason.Truncated)]
    [InlineData("<</A 1", ScrubFailureReason.Truncated)]
    [InlineData("<</A 1 2>>", ScrubFailureReason.Corrupt)]
    [InlineData("<zz>", ScrubFailureReason.Corrupt)]
    [InlineData(")", ScrubFailureReason.Corrupt)]
    [InlineData("nonsense", ScrubFailureReason.Corrupt)]
    public void ReadObject_FailsWithAReason_WhenSyntaxIsBroken(string text, ScrubFailureReason reason)
    {
        var failure = Assert.Throws<ScrubAbortedException>(() => Parse(text));

        Assert.Equal(reason, failure.Reason);
    }
}
