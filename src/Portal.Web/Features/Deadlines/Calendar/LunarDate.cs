namespace Portal.Web.Features.Deadlines.Calendar;

/// <summary>A date of the Vietnamese lunisolar calendar ("âm lịch").</summary>
/// <param name="Year">Lunar year, numbered by the solar year in which it begins (Tết).</param>
/// <param name="Month">Lunar month 1-12; a leap month repeats the number of the month before it.</param>
/// <param name="Day">Day of the lunar month, 1-30.</param>
/// <param name="IsLeapMonth">True in a leap month ("tháng nhuận").</param>
public sealed record LunarDate(int Year, int Month, int Day, bool IsLeapMonth)
{
    public override string ToString() =>
        $"{Day:00}/{Month:00}{(IsLeapMonth ? "n" : string.Empty)}/{Year:0000} (âm lịch)";
}
