using Portal.Web.Features.Reports;

namespace Portal.Web.Tests.Features.Reports;

public sealed class ReportPeriodTests
{
    [Theory]
    [InlineData("2026", 2026, null, "2026-01-01", "2026-12-31")]
    [InlineData("2026-Q1", 2026, 1, "2026-01-01", "2026-03-31")]
    [InlineData("2024-q4", 2024, 4, "2024-10-01", "2024-12-31")]
    public void Parse_GivesPeriodBounds_WhenKeyIsYearOrQuarter(string key, int year, int? quarter, string from, string to)
    {
        var period = ReportPeriod.Parse(key)!;

        Assert.Equal(new ReportPeriod(year, quarter), period);
        Assert.Equal(DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), period.From);
        Assert.Equal(DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture), period.To);
    }

    [Theory]
    [InlineData("")]
    [InlineData("2026-Q5")]
    [InlineData("26")]
    [InlineData("2026-Q")]
    [InlineData("../etc")]
    public void Parse_RefusesKey_WhenNotAYearOrQuarter(string key) => Assert.Null(ReportPeriod.Parse(key));

    [Fact]
    public void Months_CoarsenThePeriodToFirstDaysOfMonths()
    {
        Assert.Equal([new DateOnly(2026, 4, 1), new DateOnly(2026, 5, 1), new DateOnly(2026, 6, 1)], new ReportPeriod(2026, 2).Months);
        Assert.Equal(12, new ReportPeriod(2026, null).Months.Count);
    }

    [Fact]
    public void LastQuarter_IsPreviousYearsFourth_WhenInFirstQuarter()
    {
        Assert.Equal(new ReportPeriod(2025, 4), ReportPeriod.LastQuarter(new DateOnly(2026, 2, 10)));
        Assert.Equal(new ReportPeriod(2026, 3), ReportPeriod.LastQuarter(new DateOnly(2026, 11, 26)));
    }

    [Fact]
    public void Instants_StartAtMidnightInVietnam_AndAreInUtc()
    {
        var (start, end) = new ReportPeriod(2026, 1).Instants;

        Assert.Equal(new DateTimeOffset(2025, 12, 31, 17, 0, 0, TimeSpan.Zero), start);
        Assert.Equal(new DateTimeOffset(2026, 3, 31, 17, 0, 0, TimeSpan.Zero), end);
        Assert.Equal(TimeSpan.Zero, start.Offset);
    }
}
