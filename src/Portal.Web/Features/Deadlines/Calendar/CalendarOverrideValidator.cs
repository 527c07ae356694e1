using System.Globalization;

namespace Portal.Web.Features.Deadlines.Calendar;

/// <summary>
/// Checks administrator overrides before a calendar is built, so a bad list is reported as a whole
/// instead of failing somewhere inside a deadline computation.
/// </summary>
public static class CalendarOverrideValidator
{
    public static IReadOnlyList<CalendarValidationError> Validate(IEnumerable<CalendarOverride> overrides)
    {
        ArgumentNullException.ThrowIfNull(overrides);
        var errors = new List<CalendarValidationError>();
        var list = overrides.ToList();

        foreach (var o in list)
        {
            var date = Iso(o.Date);
            if (!Enum.IsDefined(o.Kind))
            {
                errors.Add(new("override.kind-unknown", $"Override for {date} has an unknown kind ({(int)o.Kind}).", o.Date));
            }

            if (string.IsNullOrWhiteSpace(o.Name))
            {
                errors.Add(new("override.name-missing", $"Override for {date} has no name.", o.Date));
            }

            if (string.IsNullOrWhiteSpace(o.Basis))
            {
                errors.Add(new("override.basis-missing",
                    $"Override for {date} has no basis: name the announcement it comes from.", o.Date));
            }

            if (o.Date < VietnameseLunarCalendar.MinDate || o.Date > VietnameseLunarCalendar.MaxDate)
            {
                errors.Add(new("override.out-of-range",
                    $"Override for {date} is outside the supported range {Iso(VietnameseLunarCalendar.MinDate)}..{Iso(VietnameseLunarCalendar.MaxDate)}.",
                    o.Date));
            }
        }

        // The same date cannot be both a day off and a working day; repeating the same kind is harmless.
        foreach (var group in list.GroupBy(o => o.Date).Where(g => g.Select(o => o.Kind).Distinct().Count() > 1).OrderBy(g => g.Key))
        {
            var entries = string.Join(", ", group.Select(o => $"{o.Kind} '{o.Name}' ({o.Basis})"));
            errors.Add(new("override.contradiction",
                $"{Iso(group.Key)} is overridden both as a day off and as a working day: {entries}. Keep one.",
                group.Key));
        }

        return errors;
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
