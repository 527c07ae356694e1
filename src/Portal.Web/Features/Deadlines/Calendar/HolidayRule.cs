namespace Portal.Web.Features.Deadlines.Calendar;

/// <summary>
/// A public holiday as data: an anchor date (solar or lunar month/day), the days it covers relative to the
/// anchor, its names, legal basis and the period in which the rule is in force.
/// </summary>
/// <param name="Id">Stable key, e.g. "tet-2021"; persistence and overrides refer to it.</param>
/// <param name="FirstDayOffset">Days from the anchor to the first day off; Tết's default is -1 (the last day of the old year).</param>
/// <param name="LengthInDays">Number of consecutive days off.</param>
/// <param name="EffectiveFrom">First date on which the rule applies; null while the holiday is only proposed
/// (a pending rule is kept so administrators can see it, but never makes a day off).</param>
/// <param name="EffectiveTo">Last date on which the rule applies; null if still in force.</param>
/// <param name="SubstituteWhenWeekend">Whether a day of it falling on Saturday or Sunday gives a substitute day off.</param>
/// <param name="SubstituteBasis">Legal basis of the substitute day.</param>
/// <param name="Note">Why a default was chosen, what administrators are expected to override.</param>
public sealed record HolidayRule(
    string Id,
    string VietnameseName,
    string EnglishName,
    HolidayDateSystem DateSystem,
    int Month,
    int Day,
    int FirstDayOffset,
    int LengthInDays,
    string LegalBasis,
    DateOnly? EffectiveFrom,
    DateOnly? EffectiveTo,
    bool SubstituteWhenWeekend,
    string SubstituteBasis,
    string? Note = null)
{
    public bool IsPending => EffectiveFrom is null;

    public bool IsInForceOn(DateOnly date) =>
        EffectiveFrom is { } from && date >= from && (EffectiveTo is not { } to || date <= to);

    /// <summary>Days off this rule gives in the solar year (in force on that day, within the supported range).</summary>
    public IEnumerable<DateOnly> DatesIn(int solarYear)
    {
        // An occurrence anchored in a neighbouring year can spill into this one (e.g. a lunar 12th month).
        for (var anchorYear = solarYear - 1; anchorYear <= solarYear + 1; anchorYear++)
        {
            if (Anchor(anchorYear) is not { } anchor)
            {
                continue;
            }

            for (var i = 0; i < LengthInDays; i++)
            {
                var date = anchor.AddDays(FirstDayOffset + i);
                if (date.Year == solarYear && IsInForceOn(date))
                {
                    yield return date;
                }
            }
        }
    }

    private DateOnly? Anchor(int year)
    {
        if (year is < VietnameseLunarCalendar.MinYear or > VietnameseLunarCalendar.MaxYear)
        {
            return null;
        }

        if (DateSystem == HolidayDateSystem.Solar)
        {
            return new DateOnly(year, Month, Day);
        }

        // Lunar months 11-12 of the last supported lunar year fall after the supported solar range.
        return Month >= 11 && year == VietnameseLunarCalendar.MaxYear
            ? null
            : VietnameseLunarCalendar.ToSolar(year, Month, Day);
    }
}
