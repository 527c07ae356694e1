using System.Globalization;
using Portal.Web.Features.Deadlines.Calendar;

namespace Portal.Web.Tests.Features.Deadlines.Calendar;

/// <summary>
/// Compares our calendar with an independent implementation: vietnamese-lunar-fixture.csv was generated
/// from the npm package amlich (Ho Ngoc Duc's algorithm: truncated new-moon series, low-precision Sun,
/// day-based term test), while ours uses Meeus's full new-moon series, VSOP87 and exact term instants.
/// </summary>
public class LunarCalendarFixtureTests
{
    private const int FirstYear = 1970;
    private const int LastYear = 2100;

    [Fact]
    public void LunarNewYearAndHungKings_MatchIndependentImplementation_WhenEveryYear1970To2100()
    {
        var rows = ReadFixture();

        // Guard against a truncated fixture making the comparison vacuous.
        Assert.Equal(Enumerable.Range(FirstYear, LastYear - FirstYear + 1), rows.Select(r => r.Year));

        var mismatches = rows
            .Select(r => (Row: r, Tet: VietnameseLunarCalendar.LunarNewYear(r.Year), Hung: VietnameseLunarCalendar.ToSolar(r.Year, 3, 10)))
            .Where(x => x.Tet != x.Row.Tet || x.Hung != x.Row.HungKings)
            .Select(x => $"{x.Row.Year}: Tết ours {x.Tet:yyyy-MM-dd} fixture {x.Row.Tet:yyyy-MM-dd}; " +
                         $"Hùng Kings ours {x.Hung:yyyy-MM-dd} fixture {x.Row.HungKings:yyyy-MM-dd}")
            .ToList();

        Assert.Empty(mismatches);
    }

    private static List<(int Year, DateOnly Tet, DateOnly HungKings)> ReadFixture()
    {
        var lines = File.ReadAllLines(CalendarTestData.PathOf("vietnamese-lunar-fixture.csv"))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .ToList();
        Assert.Equal("year,tet,hung_kings", lines[0]);

        return lines.Skip(1)
            .Select(l => l.Split(','))
            .Select(f => (
                int.Parse(f[0], CultureInfo.InvariantCulture),
                DateOnly.ParseExact(f[1], "yyyy-MM-dd", CultureInfo.InvariantCulture),
                DateOnly.ParseExact(f[2], "yyyy-MM-dd", CultureInfo.InvariantCulture)))
            .ToList();
    }
}
