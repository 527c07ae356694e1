namespace Portal.Web.Features.Deadlines.Calendar;

/// <summary>
/// Instants of new moon from the full series of Jean Meeus, "Astronomical Algorithms" (2nd ed., 1998),
/// chapter 49: mean phase, the 25 periodic terms for the new moon and the 14 planetary arguments.
/// </summary>
/// <remarks>
/// The full series is accurate to a few seconds over 1900-2200. The short series used by most lunar
/// calendar code (a dozen terms) can be off by a few minutes, which decides the day of a new moon that
/// falls close to midnight in Vietnam.
/// </remarks>
internal static class MoonPhase
{
    private const double Degrees = Math.PI / 180.0;

    /// <summary>Mean synodic month in days.</summary>
    public const double SynodicMonth = 29.530588861;

    /// <summary>Mean new moon with k = 0 (2000-01-06), as a JDE.</summary>
    private const double MeanNewMoonEpoch = 2451550.09766;

    /// <summary>Lunation number k of the last mean new moon at or before the given Julian day.</summary>
    public static int LunationAtOrBefore(double julianDay) =>
        (int)Math.Floor((julianDay - MeanNewMoonEpoch) / SynodicMonth);

    /// <summary>Instant (Julian day, UT) of the true new moon of lunation k.</summary>
    public static double NewMoonUniversal(int k) => AstronomicalTime.TerrestrialToUniversal(NewMoonJde(k));

    /// <summary>Instant (JDE, Terrestrial Time) of the true new moon of lunation k.</summary>
    public static double NewMoonJde(int k)
    {
        var t = k / 1236.85;
        var t2 = t * t;
        var t3 = t2 * t;
        var t4 = t3 * t;

        var jde = MeanNewMoonEpoch + (SynodicMonth * k) + (0.00015437 * t2) - (0.000000150 * t3)
            + (0.00000000073 * t4);

        var e = 1 - (0.002516 * t) - (0.0000074 * t2);
        var m = (2.5534 + (29.10535670 * k) - (0.0000014 * t2) - (0.00000011 * t3)) * Degrees;
        var mp = (201.5643 + (385.81693528 * k) + (0.0107582 * t2) + (0.00001238 * t3) - (0.000000058 * t4)) * Degrees;
        var f = (160.7108 + (390.67050284 * k) - (0.0016118 * t2) - (0.00000227 * t3) + (0.000000011 * t4)) * Degrees;
        var omega = (124.7746 - (1.56375588 * k) + (0.0020672 * t2) + (0.00000215 * t3)) * Degrees;

        var periodic =
            (-0.40720 * Math.Sin(mp))
            + (0.17241 * e * Math.Sin(m))
            + (0.01608 * Math.Sin(2 * mp))
            + (0.01039 * Math.Sin(2 * f))
            + (0.00739 * e * Math.Sin(mp - m))
            - (0.00514 * e * Math.Sin(mp + m))
            + (0.00208 * e * e * Math.Sin(2 * m))
            - (0.00111 * Math.Sin(mp - (2 * f)))
            - (0.00057 * Math.Sin(mp + (2 * f)))
            + (0.00056 * e * Math.Sin((2 * mp) + m))
            - (0.00042 * Math.Sin(3 * mp))
            + (0.00042 * e * Math.Sin(m + (2 * f)))
            + (0.00038 * e * Math.Sin(m - (2 * f)))
            - (0.00024 * e * Math.Sin((2 * mp) - m))
            - (0.00017 * Math.Sin(omega))
            - (0.00007 * Math.Sin(mp + (2 * m)))
            + (0.00004 * Math.Sin((2 * mp) - (2 * f)))
            + (0.00004 * Math.Sin(3 * m))
            + (0.00003 * Math.Sin(mp + m - (2 * f)))
            + (0.00003 * Math.Sin((2 * mp) + (2 * f)))
            - (0.00003 * Math.Sin(mp + m + (2 * f)))
            + (0.00003 * Math.Sin(mp - m + (2 * f)))
            - (0.00002 * Math.Sin(mp - m - (2 * f)))
            - (0.00002 * Math.Sin((3 * mp) + m))
            + (0.00002 * Math.Sin(4 * mp));

        return jde + periodic + PlanetaryCorrection(k, t2);
    }

    /// <summary>Meeus's 14 additional corrections (planetary arguments A1-A14), common to all phases.</summary>
    private static double PlanetaryCorrection(int k, double t2) =>
        (0.000325 * Sin(299.77 + (0.107408 * k) - (0.009173 * t2)))
        + (0.000165 * Sin(251.88 + (0.016321 * k)))
        + (0.000164 * Sin(251.83 + (26.651886 * k)))
        + (0.000126 * Sin(349.42 + (36.412478 * k)))
        + (0.000110 * Sin(84.66 + (18.206239 * k)))
        + (0.000062 * Sin(141.74 + (53.303771 * k)))
        + (0.000060 * Sin(207.14 + (2.453732 * k)))
        + (0.000056 * Sin(154.84 + (7.306860 * k)))
        + (0.000047 * Sin(34.52 + (27.261239 * k)))
        + (0.000042 * Sin(207.19 + (0.121824 * k)))
        + (0.000040 * Sin(291.34 + (1.844379 * k)))
        + (0.000037 * Sin(161.72 + (24.198154 * k)))
        + (0.000035 * Sin(239.56 + (25.513099 * k)))
        + (0.000023 * Sin(331.55 + (3.592518 * k)));

    private static double Sin(double degrees) => Math.Sin(degrees * Degrees);
}
