using System.Globalization;
using Portal.Web.Features.Deadlines.Calendar;

namespace Portal.Web.Tests.Features.Deadlines.Calendar;

public class WorkingCalendarTests
{
    private static readonly WorkingCalendar Statutory = WorkingCalendar.CreateStatutory();

    private static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static WorkingCalendar With(params CalendarOverride[] overrides)
    {
        var result = WorkingCalendar.Create(overrides);
        Assert.True(result.IsValid, string.Join("; ", result.Errors.Select(e => e.Message)));
        return result.Calendar!;
    }

    [Fact]
    public void AddWorkingDays_ReturnsMonday_WhenFridayPlusOne()
    {
        Assert.Equal(D("2026-11-30"), Statutory.AddWorkingDays(D("2026-11-27"), 1));
    }

    [Theory]
    [InlineData("2026-11-25", "2026-11-25")] // Wednesday: itself
    [InlineData("2026-11-28", "2026-11-30")] // Saturday: next Monday
    [InlineData("2026-04-30", "2026-05-04")] // holiday Thursday, holiday Friday, weekend
    public void AddWorkingDays_ReturnsFirstWorkingDayOnOrAfter_WhenZero(string eventDay, string expected)
    {
        Assert.Equal(D(expected), Statutory.AddWorkingDays(D(eventDay), 0));
    }

    [Fact]
    public void AddWorkingDays_DoesNotCountEventDay_WhenEventOnSaturday()
    {
        Assert.Equal(D("2026-11-30"), Statutory.AddWorkingDays(D("2026-11-28"), 1));
    }

    [Theory]
    [InlineData("2026-12-30", 2, "2027-01-04")] // Thu 31 Dec, (Fri 1 Jan holiday), Mon 4 Jan
    [InlineData("2022-12-30", 1, "2023-01-03")] // 1 Jan 2023 is a Sunday: Monday 2 Jan is its substitute
    [InlineData("2025-12-25", 7, "2026-01-06")]
    public void AddWorkingDays_SkipsNewYear_WhenCountingAcrossYearBoundary(string eventDay, int n, string expected)
    {
        Assert.Equal(D(expected), Statutory.AddWorkingDays(D(eventDay), n));
    }

    [Theory]
    [InlineData("2027-02-04", 1, "2027-02-12")] // Tết 5-9 Feb 2027 (two days on a weekend) + substitutes 10-11 Feb
    [InlineData("2026-02-13", 1, "2026-02-23")] // Tết 16-20 Feb 2026
    [InlineData("2026-02-10", 7, "2026-02-26")] // 11, 12, 13, (Tết), 23, 24, 25, 26
    public void AddWorkingDays_SkipsTetAndSubstitutes_WhenCountingAcrossTet(string eventDay, int n, string expected)
    {
        Assert.Equal(D(expected), Statutory.AddWorkingDays(D(eventDay), n));
    }

    [Fact]
    public void AddWorkingDays_ReturnsMakeUpSaturday_WhenOverrideMakesSaturdayWorking()
    {
        var calendar = With(new CalendarOverride(D("2025-02-08"), CalendarOverrideKind.WorkingDay, "Làm bù thứ Bảy", "Thông báo nghỉ Tết 2025"));

        Assert.True(calendar.IsWorkingDay(D("2025-02-08")));
        Assert.Equal(D("2025-02-08"), calendar.AddWorkingDays(D("2025-02-07"), 1));
        Assert.Equal(D("2025-02-10"), Statutory.AddWorkingDays(D("2025-02-07"), 1));
    }

    [Fact]
    public void Holidays_FollowAnnouncement_WhenDaySwapAndTetDaysOverridden()
    {
        // In the shape of an announcement: Tết taken from 29 Chạp (23 Jan 2020) instead of 30 Chạp,
        // so the default's last substitute day (30 Jan) is a working day; a Monday swapped for a Saturday.
        var calendar = With(
            new CalendarOverride(D("2020-01-23"), CalendarOverrideKind.DayOff, "Nghỉ Tết Canh Tý", "Announced Tết days 2020"),
            new CalendarOverride(D("2020-01-30"), CalendarOverrideKind.WorkingDay, "Đi làm sau Tết", "Announced Tết days 2020"),
            new CalendarOverride(D("2020-04-27"), CalendarOverrideKind.DayOff, "Hoán đổi ngày làm việc", "Day swap"),
            new CalendarOverride(D("2020-05-09"), CalendarOverrideKind.WorkingDay, "Làm bù thứ Bảy", "Day swap"));

        var tet = calendar.Holidays(2020).Where(h => h.Date.Month == 1 && h.Date.Day > 1).Select(h => h.Date).ToList();
        Assert.Equal(Enumerable.Range(23, 7).Select(d => new DateOnly(2020, 1, d)), tet);
        Assert.Equal(HolidayKind.Override, calendar.Holidays(2020).Single(h => h.Date == D("2020-01-23")).Kind);
        Assert.False(calendar.IsWorkingDay(D("2020-04-27")));
        Assert.True(calendar.IsWorkingDay(D("2020-05-09")));
        Assert.True(calendar.IsWorkingDay(D("2020-01-30")));
    }

    [Fact]
    public void Holidays_IncludeSubstituteMonday_WhenNewYearOnSaturday()
    {
        var holidays = Statutory.Holidays(2022);

        Assert.Contains(holidays, h => h.Date == D("2022-01-01") && h.Kind == HolidayKind.Statutory);
        var substitute = Assert.Single(holidays, h => h.Date == D("2022-01-03"));
        Assert.Equal(HolidayKind.Substitute, substitute.Kind);
        Assert.Contains("Tết Dương lịch", substitute.VietnameseName, StringComparison.Ordinal);
        Assert.Contains("111(3)", substitute.Basis, StringComparison.Ordinal);
        Assert.False(Statutory.IsWorkingDay(D("2022-01-03")));
    }

    [Fact]
    public void Holidays_GiveTwoSubstitutes_WhenNationalDayPairOnWeekend()
    {
        // 1 and 2 September 2029 are Saturday and Sunday.
        var substitutes = Statutory.Holidays(2029).Where(h => h.Kind == HolidayKind.Substitute && h.Date.Month == 9).Select(h => h.Date);

        Assert.Equal([D("2029-09-03"), D("2029-09-04")], substitutes);
    }

    [Fact]
    public void Holidays_SkipOtherHolidays_WhenPlacingSubstituteDays()
    {
        // 2023: Hùng Kings Sat 29 Apr, 30 Apr Sun, 1 May Mon is itself a holiday: substitutes Tue 2 and Wed 3 May.
        var substitutes = Statutory.Holidays(2023).Where(h => h.Kind == HolidayKind.Substitute && h.Date.Month == 5).ToList();

        Assert.Equal([D("2023-05-02"), D("2023-05-03")], substitutes.Select(h => h.Date));
        Assert.Contains("Giỗ Tổ Hùng Vương", substitutes[0].VietnameseName, StringComparison.Ordinal);
        Assert.Contains("Ngày Chiến thắng", substitutes[1].VietnameseName, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2024, "2024-04-18")]
    [InlineData(2025, "2025-04-07")]
    [InlineData(2026, "2026-04-26")]
    public void Holidays_IncludeHungKingsDay_WhenYear(int year, string expected)
    {
        Assert.Contains(Statutory.Holidays(year), h => h.Date == D(expected) && h.VietnameseName == "Giỗ Tổ Hùng Vương");
    }

    [Fact]
    public void Holidays_DefaultTetIsLastDayOfYearAndFirstFourDays_WhenNoOverrides()
    {
        var tet = Statutory.Holidays(2026).Where(h => h.Kind == HolidayKind.Statutory && h.EnglishName.StartsWith("Lunar", StringComparison.Ordinal));

        Assert.Equal(Enumerable.Range(16, 5).Select(d => new DateOnly(2026, 2, d)), tet.Select(h => h.Date));
    }

    [Fact]
    public void Holidays_GiveNationalDayOneDay_WhenLabourCode2012InForce()
    {
        Assert.DoesNotContain(Statutory.Holidays(2020), h => h.Date == D("2020-09-01"));
        Assert.Contains(Statutory.Holidays(2020), h => h.Date == D("2020-09-02"));
        Assert.Contains(Statutory.Holidays(2021), h => h.Date == D("2021-09-01"));
    }

    [Fact]
    public void Holidays_MoveNationalDayAdjacentDay_WhenOverridden()
    {
        var calendar = With(
            new CalendarOverride(D("2026-09-01"), CalendarOverrideKind.WorkingDay, "Ngày làm việc", "Quyết định ngày nghỉ Quốc khánh 2026"),
            new CalendarOverride(D("2026-09-03"), CalendarOverrideKind.DayOff, "Nghỉ Quốc khánh", "Quyết định ngày nghỉ Quốc khánh 2026"));

        var september = calendar.Holidays(2026).Where(h => h.Date.Month == 9).Select(h => h.Date);
        Assert.Equal([D("2026-09-02"), D("2026-09-03")], september);
    }

    [Fact]
    public void IsWorkingDay_ReturnsTrue_WhenPendingHolidayDate()
    {
        // 24 November is only proposed; it must not become a day off until the rule gets an EffectiveFrom.
        Assert.True(Statutory.IsWorkingDay(D("2026-11-24")));
        Assert.Contains(StatutoryHolidays.All, r => r.IsPending && r is { Month: 11, Day: 24 });
    }

    [Theory]
    [InlineData("2026-11-02", 30, "2026-12-02")] // ends on a Wednesday: unchanged
    [InlineData("2026-04-01", 29, "2026-05-04")] // ends on 30 April: 1 May and the weekend follow
    [InlineData("2027-01-06", 30, "2027-02-12")] // ends on Tết: after Tết and its substitute days
    [InlineData("2026-11-27", 1, "2026-11-30")]  // ends on a Saturday
    public void AddCalendarDays_MovesToNextWorkingDay_WhenResultIsNotWorkingDay(string eventDay, int n, string expected)
    {
        Assert.Equal(D(expected), Statutory.AddCalendarDays(D(eventDay), n));
    }

    [Fact]
    public void AddWorkingDays_Throws_WhenNegative()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Statutory.AddWorkingDays(D("2026-01-05"), -1));
    }

    [Fact]
    public void AddCalendarDays_Throws_WhenNegative()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Statutory.AddCalendarDays(D("2026-01-05"), -1));
    }

    [Fact]
    public void AddWorkingDays_ThrowsWithRange_WhenResultPastSupportedRange()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Statutory.AddWorkingDays(D("2199-12-30"), 5));
        Assert.Contains("2199-12-31", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddCalendarDays_Throws_WhenResultPastSupportedRange()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Statutory.AddCalendarDays(D("2199-12-30"), int.MaxValue));
    }

    [Fact]
    public void IsWorkingDay_Throws_WhenDateOutOfRange()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Statutory.IsWorkingDay(D("2200-01-01")));
        Assert.Throws<ArgumentOutOfRangeException>(() => Statutory.Holidays(1899));
    }

    [Fact]
    public void WorkingDaysBetween_CountsWholeYear_When2026()
    {
        // 261 weekdays minus 1 Jan, Tết (5), Hùng Kings' substitute Monday, 30 Apr, 1 May, 1-2 Sep.
        Assert.Equal(250, Statutory.WorkingDaysBetween(D("2025-12-31"), D("2026-12-31")));
    }

    [Theory]
    [InlineData("2026-11-27", "2026-11-30", 1)]
    [InlineData("2026-11-30", "2026-11-27", -1)]
    [InlineData("2026-11-28", "2026-11-29", 0)]
    [InlineData("2026-02-13", "2026-02-23", 1)]
    public void WorkingDaysBetween_CountsDaysAfterFromThroughTo_WhenGivenDates(string from, string to, int expected)
    {
        Assert.Equal(expected, Statutory.WorkingDaysBetween(D(from), D(to)));
    }

    [Fact]
    public void WorkingDaysBetween_InvertsAddWorkingDays_WhenManyStartsAndLengths()
    {
        var calendar = With(new CalendarOverride(D("2025-02-08"), CalendarOverrideKind.WorkingDay, "Làm bù", "Day swap"));
        for (var start = D("2024-11-01"); start < D("2026-03-01"); start = start.AddDays(3))
        {
            foreach (var n in new[] { 1, 5, 7, 10, 30, 250 })
            {
                var due = calendar.AddWorkingDays(start, n);
                Assert.Equal(n, calendar.WorkingDaysBetween(start, due));
                Assert.True(calendar.IsWorkingDay(due));
            }
        }
    }

    [Fact]
    public void AddWorkingDays_BuildsEachYearOnce_WhenCountingAcrossAYear()
    {
        var calendar = WorkingCalendar.CreateStatutory();

        var due = calendar.AddWorkingDays(D("2026-06-01"), 300);
        for (var d = D("2026-01-01"); d <= D("2026-12-31"); d = d.AddDays(1))
        {
            _ = calendar.IsWorkingDay(d);
        }

        Assert.Equal(2027, due.Year);
        Assert.Equal(2, calendar.YearsBuilt);
    }
}
