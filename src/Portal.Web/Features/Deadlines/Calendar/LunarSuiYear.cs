namespace Portal.Web.Features.Deadlines.Calendar;

/// <summary>
/// The lunar months from the month containing one winter solstice up to (not including) the month
/// containing the next: the span ("tuế") in which the calendar rules decide month numbers and the leap month.
/// </summary>
/// <remarks>
/// Rules of the Vietnamese (and Chinese) lunisolar calendar, applied with the time zone as a parameter:
/// <list type="number">
/// <item>A month starts on the local date of a new moon.</item>
/// <item>The month containing the December solstice (solar longitude 270 degrees) is month 11.</item>
/// <item>If 13 months start between two such months 11, the first of them (after month 11) that contains
///   no major solar term (a multiple of 30 degrees) is the leap month and takes the number of the month
///   before it.</item>
/// </list>
/// All instants are turned into local dates before being compared, which is where UTC+7 (Vietnam) and
/// UTC+8 (China) give different calendars.
/// </remarks>
internal sealed class LunarSuiYear
{
    private const double WinterSolstice = 270.0;

    private LunarSuiYear(int endYear, IReadOnlyList<LunarMonth> months, DateOnly end)
    {
        EndYear = endYear;
        Months = months;
        End = end;
    }

    /// <summary>Solar year of the solstice that closes the span; lunar months 1-10 belong to this lunar year.</summary>
    public int EndYear { get; }

    /// <summary>Months in order: 11, 12, 1, ..., 10 with a leap month inserted in 13-month spans.</summary>
    public IReadOnlyList<LunarMonth> Months { get; }

    public DateOnly Start => Months[0].FirstDay;

    /// <summary>First day of the next span's month 11 (exclusive end of this span).</summary>
    public DateOnly End { get; }

    /// <summary>Builds the span ending at the December solstice of <paramref name="endYear"/>.</summary>
    public static LunarSuiYear Compute(int endYear, double utcOffsetHours)
    {
        var startSolstice = DecemberSolstice(endYear - 1);
        var endSolstice = DecemberSolstice(endYear);

        var firstLunation = LunationContaining(startSolstice, utcOffsetHours);
        var endLunation = LunationContaining(endSolstice, utcOffsetHours);

        var starts = new List<DateOnly>();
        for (var k = firstLunation; k <= endLunation; k++)
        {
            starts.Add(NewMoonDate(k, utcOffsetHours));
        }

        var monthCount = starts.Count - 1;
        var leapIndex = monthCount == 13 ? FirstMonthWithoutMajorTerm(starts, startSolstice, utcOffsetHours) : -1;

        var months = new List<LunarMonth>(monthCount);
        var number = 10;
        for (var i = 0; i < monthCount; i++)
        {
            var isLeap = i == leapIndex;
            if (!isLeap)
            {
                number = (number % 12) + 1;
            }

            var lunarYear = number >= 11 ? endYear - 1 : endYear;
            months.Add(new LunarMonth(lunarYear, number, isLeap, starts[i], starts[i + 1].DayNumber - starts[i].DayNumber));
        }

        return new LunarSuiYear(endYear, months, starts[^1]);
    }

    public LunarMonth? Find(int lunarYear, int month, bool isLeap) =>
        Months.FirstOrDefault(m => m.LunarYear == lunarYear && m.Number == month && m.IsLeap == isLeap);

    public LunarMonth? LeapMonth => Months.FirstOrDefault(m => m.IsLeap);

    /// <summary>Lunation number of the month whose local dates include the given instant's local date.</summary>
    private static int LunationContaining(double instantUt, double utcOffsetHours)
    {
        var date = AstronomicalTime.LocalDate(instantUt, utcOffsetHours);
        var k = MoonPhase.LunationAtOrBefore(instantUt) + 1;
        while (NewMoonDate(k, utcOffsetHours) > date)
        {
            k--;
        }

        return k;
    }

    private static DateOnly NewMoonDate(int k, double utcOffsetHours) =>
        AstronomicalTime.LocalDate(MoonPhase.NewMoonUniversal(k), utcOffsetHours);

    /// <summary>Index of the first month after month 11 with no major solar term on any of its local dates.</summary>
    private static int FirstMonthWithoutMajorTerm(List<DateOnly> starts, double startSolsticeUt, double utcOffsetHours)
    {
        // The 11 major terms strictly between the two solstices: 300, 330, 0, 30, ..., 240 degrees.
        var termDates = new List<DateOnly>(11);
        var approximate = AstronomicalTime.UniversalToTerrestrial(startSolsticeUt);
        for (var i = 1; i <= 11; i++)
        {
            approximate += 30.4368;
            var jde = SunLongitude.InstantOfLongitude((WinterSolstice + (30.0 * i)) % 360.0, approximate);
            approximate = jde;
            termDates.Add(AstronomicalTime.LocalDate(AstronomicalTime.TerrestrialToUniversal(jde), utcOffsetHours));
        }

        for (var i = 1; i < starts.Count - 1; i++)
        {
            var (first, next) = (starts[i], starts[i + 1]);
            if (!termDates.Any(d => d >= first && d < next))
            {
                return i;
            }
        }

        // Cannot happen: 11 terms cannot fill 12 months. Fail loudly rather than build a wrong calendar.
        throw new InvalidOperationException($"No month without a major solar term in the 13-month span ending {starts[^1]}.");
    }

    /// <summary>Instant (Julian day, UT) of the December solstice of the given year.</summary>
    private static double DecemberSolstice(int year)
    {
        var approximate = AstronomicalTime.UniversalToTerrestrial(
            AstronomicalTime.LocalMidnight(new DateOnly(year, 12, 21), 0));
        return AstronomicalTime.TerrestrialToUniversal(SunLongitude.InstantOfLongitude(WinterSolstice, approximate));
    }
}
