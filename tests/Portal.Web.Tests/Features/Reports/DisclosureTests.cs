using Portal.Web.Features.Reports;

namespace Portal.Web.Tests.Features.Reports;

public sealed class DisclosureTests
{
    private static ReportRow Row(string label, params ReportCell[] cells) => new(ReportLabel.Name(label, null), cells);

    private static ReportTable People(IReadOnlyList<ReportRow> rows, IReadOnlyList<SumRule>? sums = null, bool totalRow = false) =>
        new("t", ReportLabel.Name("t", null), [ReportLabel.Name("a", null)], rows, DescribesPeople: true, RowSums: sums, LastRowIsTotal: totalRow);

    private static string[][] Shown(ReportTable table) => table.Rows.Select(r => r.Cells.Select(c => c.Shown).ToArray()).ToArray();

    [Theory]
    [InlineData(1, "<5")]
    [InlineData(4, "<5")]
    [InlineData(5, "5")]
    [InlineData(0, "0")]
    public void Protect_HidesCountsOfOneToFourPeople_AndShowsZeroAndFive(int count, string expected)
    {
        var table = Disclosure.Protect(People([Row("x", ReportCell.Count(count))]));

        Assert.Equal(expected, table.Rows[0].Cells[0].Shown);
    }

    [Fact]
    public void Protect_LeavesCountsAlone_WhenTableCountsCasesNotPeople()
    {
        var table = new ReportTable("cases", ReportLabel.Name("c", null), [ReportLabel.Name("n", null)], [Row("x", ReportCell.Count(2))]);

        Assert.Equal("2", Disclosure.Protect(table).Rows[0].Cells[0].Shown);
    }

    [Fact]
    public void Protect_HidesASecondPart_WhenTotalWouldGiveTheHiddenOneBack()
    {
        // Total 20 = 3 + 7 + 10: hiding only the 3 lets anyone compute 20 - 7 - 10.
        var table = Disclosure.Protect(People([Row("x", ReportCell.Count(20), ReportCell.Count(3), ReportCell.Count(7), ReportCell.Count(10))], [new SumRule(0, [1, 2, 3])]));

        Assert.Equal(["20", "<5", "<5", "10"], Shown(table)[0]);
    }

    [Fact]
    public void Protect_HidesTheTotal_WhenEveryOtherPartIsZero()
    {
        var table = Disclosure.Protect(People([Row("x", ReportCell.Count(2), ReportCell.Count(2), ReportCell.Count(0))], [new SumRule(0, [1, 2])]));

        Assert.Equal(["<5", "<5", "0"], Shown(table)[0]);
    }

    [Fact]
    public void Protect_NoHiddenCountCanBeRecovered_ByRowOrColumnSubtraction()
    {
        // Units by attended / not yet, with a total column and a total row: a classic two-way table.
        var rows = new[]
        {
            Row("A", ReportCell.Count(12), ReportCell.Count(9), ReportCell.Count(3)),
            Row("B", ReportCell.Count(20), ReportCell.Count(14), ReportCell.Count(6)),
            Row("C", ReportCell.Count(8), ReportCell.Count(8), ReportCell.Count(0)),
            Row("Total", ReportCell.Count(40), ReportCell.Count(31), ReportCell.Count(9)),
        };
        var table = Disclosure.Protect(People(rows, [new SumRule(0, [1, 2])], totalRow: true));

        Assert.True(table.Rows[0].Cells[2].Suppressed);
        // Every row and every column that holds a hidden cell holds at least two.
        foreach (var row in table.Rows)
        {
            Assert.NotEqual(1, row.Cells.Count(c => c.Suppressed));
        }

        for (var c = 0; c < 3; c++)
        {
            Assert.NotEqual(1, table.Rows.Count(r => r.Cells[c].Suppressed));
        }
    }

    [Fact]
    public void Protect_HidesRate_WhenItRestsOnFewerThanFivePeopleOrItsRowHidesACount()
    {
        var table = Disclosure.Protect(People(
        [
            Row("small group", ReportCell.Count(4), ReportCell.Rate(4, 4)),
            Row("one missing", ReportCell.Count(10), ReportCell.Rate(9, 10)),
            Row("clear", ReportCell.Count(10), ReportCell.Rate(5, 10)),
            Row("hidden count", ReportCell.Count(3), ReportCell.Rate(0, 10)),
        ]));

        Assert.Equal(["<5", "<5"], Shown(table)[0]);
        Assert.Equal(["10", "<5"], Shown(table)[1]);
        Assert.Equal(["10", "50%"], Shown(table)[2]);
        Assert.Equal(["<5", "<5"], Shown(table)[3]);
    }
}
