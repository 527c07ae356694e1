namespace Portal.Web.Features.Deadlines.Calendar;

/// <summary>Which calendar a holiday rule's month and day refer to.</summary>
public enum HolidayDateSystem
{
    /// <summary>Gregorian (dương lịch).</summary>
    Solar = 0,

    /// <summary>Vietnamese lunar calendar (âm lịch), non-leap month.</summary>
    Lunar = 1,
}
