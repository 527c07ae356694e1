using System.Globalization;
using Portal.Web.Features.Deadlines.Calendar;

namespace Portal.Web.Tests.Features.Deadlines.Calendar;

/// <summary>
/// Checks the month-numbering and leap-month rules on their own: computed for UTC+8 they must reproduce
/// .NET's ChineseLunisolarCalendar (tables of the Hong Kong Observatory), a third independent source.
/// </summary>
public class LunarRulesAtUtcPlus8Tests
{
    [Fact]
    public void Compute_MatchesChineseLunisolarCalendar_WhenUtcPlus8From1929To2100()
    {
        // From 1929 China computed its calendar for UTC+8; before that for Beijing local mean time
        // (UTC+7:46), which is why 1916 (new moon 3 February 00:05 UTC+8) differs.
        var chinese = new ChineseLunisolarCalendar();
        var mismatches = new List<string>();
        for (var year = 1929; year <= 2100; year++)
        {
            var months = LunarSuiYear.Compute(year, 8.0).Months.Concat(LunarSuiYear.Compute(year + 1, 8.0).Months).ToList();
            var newYear = months.First(m => m.LunarYear == year && m is { Number: 1, IsLeap: false }).FirstDay;
            var leap = months.FirstOrDefault(m => m.LunarYear == year && m.IsLeap)?.Number ?? 0;

            var expectedNewYear = DateOnly.FromDateTime(chinese.ToDateTime(year, 1, 1, 0, 0, 0, 0));
            var leapIndex = chinese.GetLeapMonth(year); // 1-based index of the leap month among 13, or 0
            var expectedLeap = leapIndex == 0 ? 0 : leapIndex - 1;

            if (newYear != expectedNewYear || leap != expectedLeap)
            {
                mismatches.Add($"{year}: ours {newYear:yyyy-MM-dd} leap {leap}, .NET {expectedNewYear:yyyy-MM-dd} leap {expectedLeap}");
            }
        }

        Assert.Empty(mismatches);
    }
}
