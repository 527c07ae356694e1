using Portal.Web.Features.Deadlines.Calendar;

namespace Portal.Web.Tests.Features.Deadlines.Calendar;

public sealed class StoredCalendarTests
{
    private static readonly DateOnly Friday = new(2027, 2, 12);

    [Fact]
    public void For_ReusesCalendar_WhenSameOverridesAndBuildsNewOne_WhenTheyChange()
    {
        CalendarOverride[] one = [new(Friday, CalendarOverrideKind.DayOff, "Nghỉ Tết bổ sung", "Thông báo 1")];
        CalendarOverride[] renamed = [new(Friday, CalendarOverrideKind.DayOff, "Nghỉ Tết", "Thông báo 1")];

        var first = StoredCalendar.For(one);

        Assert.Same(first, StoredCalendar.For([.. one]));
        Assert.NotSame(first, StoredCalendar.For(renamed));
        Assert.False(first.IsWorkingDay(Friday));
        Assert.True(StoredCalendar.For([]).IsWorkingDay(Friday));
    }

    [Fact]
    public void For_LeavesOutContradictedDate_WhenStoredListIsInvalid()
    {
        var saturday = new DateOnly(2027, 3, 6);
        CalendarOverride[] bad =
        [
            new(Friday, CalendarOverrideKind.DayOff, "Nghỉ Tết bổ sung", "Thông báo 1"),
            new(saturday, CalendarOverrideKind.WorkingDay, "Làm bù", "Thông báo 2"),
            new(saturday, CalendarOverrideKind.DayOff, "Nghỉ", "Sửa tay"),
        ];

        var calendar = StoredCalendar.For(bad);

        Assert.False(calendar.IsWorkingDay(Friday));
        Assert.False(calendar.IsWorkingDay(saturday));
        Assert.DoesNotContain(calendar.Holidays(2027), h => h.Date == saturday);
    }
}
