using System.Globalization;
using Portal.Web.Features.Deadlines.Calendar;

namespace Portal.Web.Tests.Features.Deadlines.Calendar;

public class VietnameseLunarCalendarTests
{
    [Theory]
    [InlineData(1985, "1985-01-21")] // China: 1985-02-20
    [InlineData(2007, "2007-02-17")] // China: 2007-02-18
    [InlineData(1968, "1968-01-29")] // the North's new calendar (UTC+7); the South celebrated on 30 January
    [InlineData(2024, "2024-02-10")]
    [InlineData(2025, "2025-01-29")]
    [InlineData(2026, "2026-02-17")]
    [InlineData(2027, "2027-02-06")]
    public void LunarNewYear_ReturnsVietnameseTet_WhenKnownYear(int year, string expected)
    {
        Assert.Equal(DateOnly.Parse(expected, CultureInfo.InvariantCulture), VietnameseLunarCalendar.LunarNewYear(year));
    }

    [Theory]
    [InlineData(1985)]
    [InlineData(2007)]
    public void LunarNewYear_DiffersFromChineseLunisolarCalendar_WhenChinaUtcPlus8GivesAnotherDay(int year)
    {
        // Documents why the .NET calendar must not be used: it follows China's UTC+8.
        var chinese = new ChineseLunisolarCalendar();
        var chineseNewYear = DateOnly.FromDateTime(chinese.ToDateTime(year, 1, 1, 0, 0, 0, 0));

        Assert.NotEqual(chineseNewYear, VietnameseLunarCalendar.LunarNewYear(year));
    }

    [Theory]
    [InlineData(2019, "2019-04-14")]
    [InlineData(2023, "2023-04-29")]
    [InlineData(2024, "2024-04-18")]
    [InlineData(2025, "2025-04-07")]
    [InlineData(2026, "2026-04-26")]
    public void ToSolar_ReturnsHungKingsDay_WhenThirdMonthTenthDay(int year, string expected)
    {
        Assert.Equal(DateOnly.Parse(expected, CultureInfo.InvariantCulture), VietnameseLunarCalendar.ToSolar(year, 3, 10));
    }

    [Theory]
    [InlineData("2023-03-22", 2023, 2, 1, true)]   // leap 2nd month of 2023
    [InlineData("2023-04-20", 2023, 3, 1, false)]
    [InlineData("2025-07-25", 2025, 6, 1, true)]   // leap 6th month of 2025
    [InlineData("2025-01-28", 2024, 12, 29, false)] // last day of lunar year 2024 (a 29-day month)
    [InlineData("2025-01-29", 2025, 1, 1, false)]
    [InlineData("1900-01-01", 1899, 12, 1, false)]
    [InlineData("2026-11-26", 2026, 10, 18, false)]
    public void ToLunar_ReturnsLunarDate_WhenKnownDate(string solar, int year, int month, int day, bool leap)
    {
        var date = DateOnly.Parse(solar, CultureInfo.InvariantCulture);

        Assert.Equal(new LunarDate(year, month, day, leap), VietnameseLunarCalendar.ToLunar(date));
    }

    [Fact]
    public void ToSolar_InvertsToLunar_WhenEveryDayOfSupportedRange()
    {
        var failures = new List<string>();
        for (var date = VietnameseLunarCalendar.MinDate; date <= VietnameseLunarCalendar.MaxDate; date = date.AddDays(1))
        {
            var lunar = VietnameseLunarCalendar.ToLunar(date);
            var back = VietnameseLunarCalendar.ToSolar(lunar.Year, lunar.Month, lunar.Day, lunar.IsLeapMonth);
            if (back != date)
            {
                failures.Add($"{date:yyyy-MM-dd} -> {lunar} -> {back:yyyy-MM-dd}");
            }
        }

        Assert.Empty(failures);
    }

    [Fact]
    public void LunarNewYear_IsOneLunarYearAfterPrevious_WhenLeapMonthAccountedFor()
    {
        for (var year = VietnameseLunarCalendar.MinYear; year < VietnameseLunarCalendar.MaxYear; year++)
        {
            var length = VietnameseLunarCalendar.LunarNewYear(year + 1).DayNumber - VietnameseLunarCalendar.LunarNewYear(year).DayNumber;
            var hasLeap = VietnameseLunarCalendar.LeapMonth(year) is not null;

            // 12 months of 29-30 days: 353-355; 13 months: 383-385.
            Assert.True(hasLeap ? length is >= 383 and <= 385 : length is >= 353 and <= 355,
                $"Lunar year {year}: {length} days, leap month {VietnameseLunarCalendar.LeapMonth(year)}");
        }
    }

    [Theory]
    [InlineData(2023, 2)]
    [InlineData(2025, 6)]
    [InlineData(2020, 4)]
    [InlineData(2024, null)]
    public void LeapMonth_ReturnsVietnameseLeapMonth_WhenKnownYear(int year, int? expected)
    {
        Assert.Equal(expected, VietnameseLunarCalendar.LeapMonth(year));
    }

    [Theory]
    [InlineData(1899)]
    [InlineData(2200)]
    public void LunarNewYear_ThrowsWithRangeInMessage_WhenYearOutOfRange(int year)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => VietnameseLunarCalendar.LunarNewYear(year));
        Assert.Contains("1900-2199", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToLunar_Throws_WhenDateOutOfRange()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => VietnameseLunarCalendar.ToLunar(new DateOnly(1899, 12, 31)));
        Assert.Throws<ArgumentOutOfRangeException>(() => VietnameseLunarCalendar.ToLunar(new DateOnly(2200, 1, 1)));
    }

    [Fact]
    public void ToSolar_Throws_WhenDayThirtyOfTwentyNineDayMonth()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => VietnameseLunarCalendar.ToSolar(2024, 12, 30));
        Assert.Contains("29 days", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToSolar_Throws_WhenYearHasNoSuchLeapMonth()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => VietnameseLunarCalendar.ToSolar(2025, 3, 1, leapMonth: true));
        Assert.Contains("leap month: 6", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2025, 0, 1)]
    [InlineData(2025, 13, 1)]
    [InlineData(2025, 1, 0)]
    [InlineData(2025, 1, 31)]
    [InlineData(2199, 12, 1)] // falls in January 2200
    public void ToSolar_Throws_WhenLunarDateInvalidOrOutOfRange(int year, int month, int day)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => VietnameseLunarCalendar.ToSolar(year, month, day));
    }
}
