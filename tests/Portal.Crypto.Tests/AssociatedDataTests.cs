namespace Portal.Crypto.Tests;

public class AssociatedDataTests
{
    [Fact]
    public void For_DiffersForShiftedBoundaries_WhenConcatenationWouldBeEqual()
    {
        var a = AssociatedData.For("ab", TestData.ReportId, "c");
        var b = AssociatedData.For("a", TestData.ReportId, "bc");

        Assert.NotEqual(a, b);
    }

    [Fact]
    public void For_DiffersInEveryComponent_WhenOneComponentChanges()
    {
        var baseline = AssociatedData.For("report", TestData.ReportId, "title");

        Assert.NotEqual(baseline, AssociatedData.For("reporT", TestData.ReportId, "title"));
        Assert.NotEqual(baseline, AssociatedData.For("report", TestData.OtherReportId, "title"));
        Assert.NotEqual(baseline, AssociatedData.For("report", TestData.ReportId, "title2"));
        Assert.NotEqual(baseline, AssociatedData.For("report", TestData.ReportId, "title", Guid.Empty));
    }

    [Fact]
    public void For_IsDeterministicAndDocumentedLayout_WhenCalledTwice()
    {
        var owner = Guid.Parse("00112233-4455-6677-8899-aabbccddeeff");

        var ad = AssociatedData.For("r", owner, "f");

        Assert.Equal(ad, AssociatedData.For("r", owner, "f"));
        Assert.Equal(TestData.Hex("01 03 00000001 72 00000010 00112233445566778899aabbccddeeff 00000001 66"), ad);
    }

    [Fact]
    public void For_EncodesVietnameseAsUtf8_WhenNamesHaveDiacritics()
    {
        var ad = AssociatedData.For("báo cáo", Guid.Empty, "nội dung");

        Assert.Equal(2 + 4 + "báo cáo"u8.Length + 20 + 4 + "nội dung"u8.Length, ad.Length);
    }

    [Theory]
    [InlineData(null, "f")]
    [InlineData("", "f")]
    [InlineData("c", null)]
    [InlineData("c", "")]
    public void For_Throws_WhenNameIsMissingOrInvalid(string? context, string? field)
    {
        Assert.ThrowsAny<ArgumentException>(() => AssociatedData.For(context!, TestData.ReportId, field!));
    }

    [Fact]
    public void For_Throws_WhenNameHasLoneSurrogate()
    {
        // Built in code: attribute arguments cannot carry lone surrogates.
        var highAlone = new string('\ud800', 1);
        var lowAlone = "x" + new string('\udc00', 1);

        Assert.Throws<ArgumentException>(() => AssociatedData.For(highAlone, Guid.Empty, "f"));
        Assert.Throws<ArgumentException>(() => AssociatedData.For("c", Guid.Empty, lowAlone));
    }

    [Fact]
    public void For_Throws_WhenNameIsTooLong()
    {
        Assert.Throws<ArgumentException>(() => AssociatedData.For(new string('x', AssociatedData.MaxNameLength + 1), Guid.Empty, "f"));
    }
}
