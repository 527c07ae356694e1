using Portal.Web.Features.Reports;

namespace Portal.Web.Tests.Features.Reports;

public sealed class SvgBarChartTests
{
    [Fact]
    public void Render_DrawsNoBarForHiddenFigure_AndEncodesLabels()
    {
        var bars = new[] { new SvgBarChart.Bar("<script>", 10, "10"), new SvgBarChart.Bar("B", null, "<5"), new SvgBarChart.Bar("C", 5, "5") };

        var svg = SvgBarChart.Render("k", "t", bars, percent: false);

        Assert.Equal(2, System.Text.RegularExpressions.Regex.Count(svg, "<rect"));
        Assert.Contains("&lt;script&gt;", svg, StringComparison.Ordinal);
        Assert.Contains("class=\"suppressed\">&lt;5<", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void BarsOf_SkipsTotalRow_AndUsesPercentForRates()
    {
        var table = new ReportTable("t", ReportLabel.Name("t", null), [ReportLabel.Name("r", null)],
        [
            new ReportRow(ReportLabel.Name("A", null), [ReportCell.Rate(1, 4)]),
            new ReportRow(ReportLabel.Name("Total", null), [ReportCell.Rate(1, 4)]),
        ], Chart: new ReportChart(0, SkipLastRow: true));

        var bars = SvgBarChart.BarsOf(table, l => l.Vi!);

        Assert.Equal([new SvgBarChart.Bar("A", 25, "25%")], bars);
    }
}
