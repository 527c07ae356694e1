namespace Portal.Web.Features.Deadlines.Calendar;

/// <summary>What an administrator's override makes of a date.</summary>
public enum CalendarOverrideKind
{
    /// <summary>The date is a day off (announced Tết days, the swapped day of a day swap).</summary>
    DayOff = 0,

    /// <summary>The date is a working day (a make-up Saturday, a default holiday day not in the announcement).</summary>
    WorkingDay = 1,
}

/// <summary>
/// A date whose status an administrator sets from an official announcement; it wins over rules,
/// weekends and substitute days.
/// </summary>
/// <param name="Name">What the day is, e.g. "Nghỉ Tết (hoán đổi)" or "Làm bù thứ Bảy".</param>
/// <param name="Basis">The announcement it comes from, e.g. "Thông báo 6150/TB-BLĐTBXH".</param>
public sealed record CalendarOverride(DateOnly Date, CalendarOverrideKind Kind, string Name, string Basis);
