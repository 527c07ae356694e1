using System.Collections.Concurrent;
using System.Globalization;

namespace Portal.Web.Features.Deadlines.Calendar;

/// <summary>
/// Conversion between the Gregorian calendar and the Vietnamese lunisolar calendar, computed for
/// Vietnam's time zone (UTC+7) from astronomical new moons and solar terms.
/// </summary>
/// <remarks>
/// Not <see cref="ChineseLunisolarCalendar"/>: that follows China (UTC+8), and a new moon or solar term
/// between 23:00 and 24:00 Vietnam time moves a month boundary, e.g. Tết 1985 (21 January in Vietnam,
/// 20 February in China) and 2007 (17 vs 18 February). Years before 1968 are computed the same way,
/// although Vietnam then still followed a UTC+8 calendar; the portal never needs those.
/// Results are cached per lunar span, so repeated conversions cost a dictionary look-up.
/// </remarks>
public static class VietnameseLunarCalendar
{
    /// <summary>Vietnam's legal time: UTC+7 (Indochina Time).</summary>
    public const double UtcOffsetHours = 7.0;

    public const int MinYear = 1900;
    public const int MaxYear = 2199;

    public static readonly DateOnly MinDate = new(MinYear, 1, 1);
    public static readonly DateOnly MaxDate = new(MaxYear, 12, 31);

    private static readonly ConcurrentDictionary<int, LunarSuiYear> Spans = new();

    /// <summary>Date of Tết Nguyên đán (lunar 1/1) of the lunar year beginning in solar year <paramref name="year"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside 1900-2199.</exception>
    public static DateOnly LunarNewYear(int year)
    {
        if (year is < MinYear or > MaxYear)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year,
                $"The Vietnamese lunar calendar is supported for years {MinYear}-{MaxYear} only.");
        }

        return Span(year).Find(year, 1, isLeap: false)!.FirstDay;
    }

    /// <summary>Solar date of a lunar date.</summary>
    /// <exception cref="ArgumentOutOfRangeException">
    /// The month or day does not exist (e.g. day 30 of a 29-day month, a leap month the year does not have),
    /// or the date falls outside 1900-01-01..2199-12-31.
    /// </exception>
    public static DateOnly ToSolar(int lunarYear, int lunarMonth, int lunarDay, bool leapMonth = false)
    {
        if (lunarYear is < MinYear - 1 or > MaxYear)
        {
            throw new ArgumentOutOfRangeException(nameof(lunarYear), lunarYear,
                $"The Vietnamese lunar calendar is supported for lunar years {MinYear}-{MaxYear} only.");
        }

        if (lunarMonth is < 1 or > 12)
        {
            throw new ArgumentOutOfRangeException(nameof(lunarMonth), lunarMonth, "A lunar month is numbered 1-12.");
        }

        if (lunarDay is < 1 or > 30)
        {
            throw new ArgumentOutOfRangeException(nameof(lunarDay), lunarDay, "A lunar day is numbered 1-30.");
        }

        // Months 11 and 12 lie in the span that ends at the following year's solstice.
        var spanYear = lunarMonth >= 11 ? lunarYear + 1 : lunarYear;
        if (spanYear is < MinYear or > MaxYear + 1)
        {
            throw OutOfRange(nameof(lunarYear), lunarYear);
        }

        var span = Span(spanYear);
        var month = span.Find(lunarYear, lunarMonth, leapMonth);
        if (month is null)
        {
            var leap = span.LeapMonth;
            var actual = leap is null || leap.LunarYear != lunarYear ? "none" : leap.Number.ToString(CultureInfo.InvariantCulture);
            throw new ArgumentOutOfRangeException(nameof(leapMonth), leapMonth,
                $"Lunar year {lunarYear} has no leap month {lunarMonth} (its leap month: {actual}).");
        }

        if (lunarDay > month.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(lunarDay), lunarDay,
                $"Lunar month {lunarMonth}{(leapMonth ? " (leap)" : string.Empty)} of {lunarYear} has {month.Length} days.");
        }

        var result = month.FirstDay.AddDays(lunarDay - 1);
        return result < MinDate || result > MaxDate ? throw OutOfRange(nameof(lunarYear), lunarYear) : result;
    }

    /// <summary>Lunar date of a solar date.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The date is outside 1900-01-01..2199-12-31.</exception>
    public static LunarDate ToLunar(DateOnly date)
    {
        if (date < MinDate || date > MaxDate)
        {
            throw new ArgumentOutOfRangeException(nameof(date), date,
                $"The Vietnamese lunar calendar is supported for {MinDate:yyyy-MM-dd}..{MaxDate:yyyy-MM-dd} only.");
        }

        // The span ending at this year's solstice starts in the previous December, so it or the next one holds the date.
        var span = Span(date.Year);
        if (date >= span.End)
        {
            span = Span(date.Year + 1);
        }

        var month = span.Months.First(m => m.Contains(date));
        return new LunarDate(month.LunarYear, month.Number, date.DayNumber - month.FirstDay.DayNumber + 1, month.IsLeap);
    }

    /// <summary>Leap month number of the lunar year, or null when it has none.</summary>
    public static int? LeapMonth(int lunarYear)
    {
        _ = LunarNewYear(lunarYear); // validates the range

        // Months 1-10 of the lunar year lie in one span, months 11-12 in the next.
        return Span(lunarYear).Months.Concat(Span(lunarYear + 1).Months)
            .FirstOrDefault(m => m.IsLeap && m.LunarYear == lunarYear)?.Number;
    }

    private static LunarSuiYear Span(int endYear) =>
        Spans.GetOrAdd(endYear, static y => LunarSuiYear.Compute(y, UtcOffsetHours));

    private static ArgumentOutOfRangeException OutOfRange(string parameter, int lunarYear) =>
        new(parameter, lunarYear,
            $"The date falls outside the supported range {MinDate:yyyy-MM-dd}..{MaxDate:yyyy-MM-dd}.");
}
