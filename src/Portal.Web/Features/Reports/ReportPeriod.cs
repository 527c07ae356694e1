using System.Globalization;

namespace Portal.Web.Features.Reports;

/// <summary>A quarter or a calendar year: the periods the Department reports on to the province's steering committee.</summary>
public sealed record ReportPeriod(int Year, int? Quarter)
{
    public DateOnly From => Quarter is { } q ? new DateOnly(Year, (q - 1) * 3 + 1, 1) : new DateOnly(Year, 1, 1);

    public DateOnly To => Quarter is { } q ? new DateOnly(Year, q * 3, 1).AddMonths(1).AddDays(-1) : new DateOnly(Year, 12, 31);

    /// <summary>"2026" or "2026-Q3": what URLs and file names carry.</summary>
    public string Key => Quarter is { } q ? $"{Year}-Q{q}" : Year.ToString(CultureInfo.InvariantCulture);

    /// <summary>The first day of each month in the period: the finest grain any date in the report is shown at.</summary>
    public IReadOnlyList<DateOnly> Months => Enumerable.Range(0, Quarter is null ? 12 : 3).Select(i => From.AddMonths(i)).ToList();

    public bool Contains(DateOnly day) => day >= From && day <= To;

    /// <summary>
    /// The instant the period starts and the instant after it ends, on the Department's clock, for timestamped rows.
    /// In UTC: PostgreSQL's timestamptz parameters accept no other offset.
    /// </summary>
    public (DateTimeOffset Start, DateTimeOffset End) Instants =>
        (new DateTimeOffset(From.ToDateTime(TimeOnly.MinValue), DepartmentDate.Offset).ToUniversalTime(),
         new DateTimeOffset(To.AddDays(1).ToDateTime(TimeOnly.MinValue), DepartmentDate.Offset).ToUniversalTime());

    public static ReportPeriod? Parse(string? key)
    {
        if (string.IsNullOrWhiteSpace(key))
        {
            return null;
        }

        var parts = key.Trim().ToUpperInvariant().Split("-Q");
        if (!int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 2000 or > 2100)
        {
            return null;
        }

        if (parts.Length == 1)
        {
            return new ReportPeriod(year, null);
        }

        return parts.Length == 2 && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var q) && q is >= 1 and <= 4
            ? new ReportPeriod(year, q)
            : null;
    }

    /// <summary>The last complete quarter before <paramref name="today"/>, the usual thing to report on.</summary>
    public static ReportPeriod LastQuarter(DateOnly today)
    {
        var current = (today.Month - 1) / 3 + 1;
        return current == 1 ? new ReportPeriod(today.Year - 1, 4) : new ReportPeriod(today.Year, current - 1);
    }
}
