namespace Portal.Web.Features.Deadlines.Calendar;

/// <summary>
/// Conversions between calendar dates, Julian days and the two time scales the astronomy needs.
/// </summary>
/// <remarks>
/// The ephemeris formulas give instants in Terrestrial Time (TT, "JDE"), while civil dates follow the
/// Earth's rotation (UT). The difference, Delta T, is about a minute today; it matters because a new moon
/// a minute before local midnight starts its lunar month a day earlier than one a minute after.
/// </remarks>
internal static class AstronomicalTime
{
    /// <summary>Julian day of 0001-01-01 00:00 (proleptic Gregorian), i.e. of <see cref="DateOnly.DayNumber"/> 0.</summary>
    private const double JulianDayOfDayNumberZero = 1721425.5;

    private const double J2000 = 2451545.0;

    /// <summary>Julian day (UT) of local midnight that starts <paramref name="date"/> at UTC+offset.</summary>
    public static double LocalMidnight(DateOnly date, double utcOffsetHours) =>
        date.DayNumber + JulianDayOfDayNumberZero - (utcOffsetHours / 24.0);

    /// <summary>Local civil date, at UTC+offset, of an instant given as a Julian day in UT.</summary>
    public static DateOnly LocalDate(double julianDayUt, double utcOffsetHours) =>
        DateOnly.FromDayNumber((int)Math.Floor(julianDayUt - JulianDayOfDayNumberZero + (utcOffsetHours / 24.0)));

    /// <summary>Converts an ephemeris instant (TT) to Universal Time.</summary>
    public static double TerrestrialToUniversal(double jde) =>
        jde - (DeltaTSeconds(2000.0 + ((jde - J2000) / 365.25)) / 86400.0);

    /// <summary>Converts a Universal Time instant to Terrestrial Time.</summary>
    public static double UniversalToTerrestrial(double jdUt) =>
        jdUt + (DeltaTSeconds(2000.0 + ((jdUt - J2000) / 365.25)) / 86400.0);

    /// <summary>
    /// Delta T = TT - UT in seconds: the polynomial fits of Espenak and Meeus (NASA "Five Millennium
    /// Canon of Solar Eclipses", 2006) for 1860-2150 and their long-term parabola outside that span.
    /// </summary>
    /// <remarks>Beyond today the values are extrapolations; an error of a minute or two in 2150 can move
    /// only a new moon that falls within that minute of midnight.</remarks>
    public static double DeltaTSeconds(double year)
    {
        double t;
        switch (year)
        {
            case < 1860:
                return LongTermParabola(year);
            case < 1900:
                t = year - 1860;
                return 7.62 + (0.5737 * t) - (0.251754 * t * t) + (0.01680668 * t * t * t)
                    - (0.0004473624 * Math.Pow(t, 4)) + (Math.Pow(t, 5) / 233174);
            case < 1920:
                t = year - 1900;
                return -2.79 + (1.494119 * t) - (0.0598939 * t * t) + (0.0061966 * t * t * t)
                    - (0.000197 * Math.Pow(t, 4));
            case < 1941:
                t = year - 1920;
                return 21.20 + (0.84493 * t) - (0.076100 * t * t) + (0.0020936 * t * t * t);
            case < 1961:
                t = year - 1950;
                return 29.07 + (0.407 * t) - (t * t / 233) + (t * t * t / 2547);
            case < 1986:
                t = year - 1975;
                return 45.45 + (1.067 * t) - (t * t / 260) - (t * t * t / 718);
            case < 2005:
                t = year - 2000;
                return 63.86 + (0.3345 * t) - (0.060374 * t * t) + (0.0017275 * t * t * t)
                    + (0.000651814 * Math.Pow(t, 4)) + (0.00002373599 * Math.Pow(t, 5));
            case < 2050:
                t = year - 2000;
                return 62.92 + (0.32217 * t) + (0.005589 * t * t);
            case < 2150:
                return LongTermParabola(year) - (0.5628 * (2150 - year));
            default:
                return LongTermParabola(year);
        }
    }

    private static double LongTermParabola(double year)
    {
        var u = (year - 1820) / 100;
        return -20 + (32 * u * u);
    }
}
