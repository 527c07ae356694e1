namespace Portal.Web.Features.Deadlines.Calendar;

/// <summary>
/// Apparent geocentric longitude of the Sun and the instants when it reaches a given longitude
/// (the solar terms, "tiết khí"; the major ones, "trung khí", are the multiples of 30 degrees).
/// </summary>
/// <remarks>
/// Built on VSOP87 rather than on the mean-anomaly formula of most lunar calendar code, so that the
/// calendar can be checked against such code as an independent computation (see docs/working-calendar.md).
/// </remarks>
internal static class SunLongitude
{
    private const double Degrees = Math.PI / 180.0;
    private const double ArcSeconds = 1.0 / 3600.0;
    private const double TropicalYear = 365.242189;

    /// <summary>Apparent longitude of the Sun in degrees, in [0, 360), at JDE (Terrestrial Time).</summary>
    public static double ApparentDegrees(double jde)
    {
        var t = (jde - 2451545.0) / 36525.0;

        // Geometric longitude of the Sun is the Earth's heliocentric longitude plus 180 degrees.
        var geometric = (Vsop87EarthLongitude.Radians(jde) / Degrees) + 180.0;

        // Conversion from the VSOP dynamical frame to FK5 (Meeus 25.9).
        const double toFk5 = -0.09033 * ArcSeconds;

        // Nutation in longitude, main terms (Meeus ch. 22, accurate to 0.5 arcsecond).
        var omega = (125.04452 - (1934.136261 * t)) * Degrees;
        var sunMean = (280.4665 + (36000.7698 * t)) * Degrees;
        var moonMean = (218.3165 + (481267.8813 * t)) * Degrees;
        var nutation = ((-17.20 * Math.Sin(omega)) - (1.32 * Math.Sin(2 * sunMean))
            - (0.23 * Math.Sin(2 * moonMean)) + (0.21 * Math.Sin(2 * omega))) * ArcSeconds;

        // Annual aberration, -20.4898" / R, with the Sun's distance R in AU from its mean anomaly.
        var anomaly = (357.52911 + (35999.05029 * t)) * Degrees;
        var distance = 1.000140 - (0.016708 * Math.Cos(anomaly)) - (0.000139 * Math.Cos(2 * anomaly));
        var aberration = -20.4898 * ArcSeconds / distance;

        return Normalise(geometric + toFk5 + nutation + aberration);
    }

    /// <summary>
    /// Instant (JDE) nearest to <paramref name="approximateJde"/> at which the Sun's apparent longitude
    /// equals <paramref name="targetDegrees"/>. The guess must be within a few weeks of the answer.
    /// </summary>
    public static double InstantOfLongitude(double targetDegrees, double approximateJde)
    {
        var jde = approximateJde;
        for (var i = 0; i < 20; i++)
        {
            var error = Normalise(targetDegrees - ApparentDegrees(jde) + 180.0) - 180.0;
            var step = error / 360.0 * TropicalYear;
            jde += step;
            if (Math.Abs(step) < 1e-7)
            {
                break;
            }
        }

        return jde;
    }

    private static double Normalise(double degrees)
    {
        var result = degrees % 360.0;
        return result < 0 ? result + 360.0 : result;
    }
}
