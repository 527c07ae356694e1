using System.Globalization;

namespace Portal.Web.Features.Deadlines.Calendar;

/// <summary>Checks holiday rules (which administrators may later edit) before a calendar is built.</summary>
public static class HolidayRuleValidator
{
    public static IReadOnlyList<CalendarValidationError> Validate(IEnumerable<HolidayRule> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var errors = new List<CalendarValidationError>();
        var list = rules.ToList();

        foreach (var r in list)
        {
            var id = string.IsNullOrWhiteSpace(r.Id) ? "(no id)" : r.Id;
            void Add(string code, string message) => errors.Add(new(code, $"Holiday rule {id}: {message}"));

            if (string.IsNullOrWhiteSpace(r.Id))
            {
                Add("rule.id-missing", "has no id.");
            }

            if (string.IsNullOrWhiteSpace(r.VietnameseName) || string.IsNullOrWhiteSpace(r.EnglishName))
            {
                Add("rule.name-missing", "needs both a Vietnamese and an English name.");
            }

            if (string.IsNullOrWhiteSpace(r.LegalBasis))
            {
                Add("rule.basis-missing", "has no legal basis.");
            }

            if (!Enum.IsDefined(r.DateSystem))
            {
                Add("rule.date-system-unknown", $"has an unknown date system ({(int)r.DateSystem}).");
            }
            else if (!IsValidAnchor(r))
            {
                // Lunar day 30 is not in every month, so a rule cannot be anchored on it; use day 1 and an offset.
                Add("rule.anchor-invalid", $"month {r.Month}, day {r.Day} is not a valid {r.DateSystem} anchor (lunar days 1-29 only).");
            }

            if (r.LengthInDays is < 1 or > 31)
            {
                Add("rule.length-invalid", $"length {r.LengthInDays} must be 1-31 days.");
            }

            if (r.EffectiveFrom is { } from && r.EffectiveTo is { } to && to < from)
            {
                Add("rule.period-invalid",
                    $"ends ({to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}) before it starts ({from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}).");
            }
        }

        foreach (var duplicate in list.GroupBy(r => r.Id, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            errors.Add(new("rule.id-duplicate", $"Holiday rule id {duplicate.Key} is used {duplicate.Count()} times."));
        }

        return errors;
    }

    private static bool IsValidAnchor(HolidayRule r) => r.DateSystem switch
    {
        // 2001 is not a leap year: a rule on 29 February would have no day in most years.
        HolidayDateSystem.Solar => r.Month is >= 1 and <= 12 && r.Day >= 1 && r.Day <= DateTime.DaysInMonth(2001, r.Month),
        HolidayDateSystem.Lunar => r.Month is >= 1 and <= 12 && r.Day is >= 1 and <= 29,
        _ => false,
    };
}
