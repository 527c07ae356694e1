namespace Portal.Web.Features.Deadlines.Calendar;

/// <summary>
/// Computes a <see cref="CalendarYear"/> from holiday rules and overrides, in three steps:
/// statutory holidays, substitute days for those on a weekend, then administrator overrides (which win).
/// </summary>
internal static class CalendarYearBuilder
{
    public static CalendarYear Build(int year, IReadOnlyList<HolidayRule> rules, IReadOnlyDictionary<DateOnly, CalendarOverride> overrides)
    {
        // Last year's holidays are included so a substitute day spilling into January is found.
        var statutory = StatutoryDays(year - 1, rules).Concat(StatutoryDays(year, rules)).ToList();
        var holidays = statutory.ToDictionary(s => s.Holiday.Date, s => s.Holiday);
        foreach (var substitute in SubstituteDays(statutory, overrides))
        {
            holidays.Add(substitute.Date, substitute);
        }

        foreach (var o in overrides.Values.Where(o => o.Date.Year == year))
        {
            if (o.Kind == CalendarOverrideKind.WorkingDay)
            {
                holidays.Remove(o.Date);
            }
            else
            {
                // A day off on a date that is already a holiday keeps the statutory name.
                holidays.TryAdd(o.Date, new Holiday(o.Date, o.Name, "Day off (administrator override)", HolidayKind.Override, o.Basis));
            }
        }

        var first = new DateOnly(year, 1, 1);
        var isWorking = new bool[DateTime.IsLeapYear(year) ? 366 : 365];
        for (var i = 0; i < isWorking.Length; i++)
        {
            var date = first.AddDays(i);
            isWorking[i] = overrides.TryGetValue(date, out var o)
                ? o.Kind == CalendarOverrideKind.WorkingDay
                : !IsWeekend(date) && !holidays.ContainsKey(date);
        }

        var list = holidays.Values.Where(h => h.Date.Year == year).OrderBy(h => h.Date).ToList();
        return new CalendarYear(year, isWorking, list);
    }

    public static bool IsWeekend(DateOnly date) => date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;

    /// <summary>
    /// Days off given by rules in force. Two holidays on one date make one day off: the Labour Code gives a
    /// substitute only for a holiday on the weekly rest day, not for two holidays coinciding.
    /// </summary>
    private static IEnumerable<StatutoryDay> StatutoryDays(int year, IReadOnlyList<HolidayRule> rules)
    {
        if (year < VietnameseLunarCalendar.MinYear)
        {
            return [];
        }

        return rules
            .SelectMany(rule => rule.DatesIn(year).Select(date => (Date: date, Rule: rule)))
            .GroupBy(x => x.Date, x => x.Rule)
            .Select(g => new StatutoryDay(
                new Holiday(
                    g.Key,
                    string.Join("; ", g.Select(r => r.VietnameseName)),
                    string.Join("; ", g.Select(r => r.EnglishName)),
                    HolidayKind.Statutory,
                    string.Join("; ", g.Select(r => r.LegalBasis))),
                g.FirstOrDefault(r => r.SubstituteWhenWeekend)?.SubstituteBasis));
    }

    /// <summary>
    /// For each statutory holiday on Saturday or Sunday (in date order), the first later weekday that is not a
    /// holiday, not an earlier substitute and not an administrator's day off.
    /// </summary>
    private static List<Holiday> SubstituteDays(List<StatutoryDay> statutory, IReadOnlyDictionary<DateOnly, CalendarOverride> overrides)
    {
        var taken = statutory.Select(s => s.Holiday.Date).ToHashSet();
        var result = new List<Holiday>();
        foreach (var (holiday, basis) in statutory.Where(s => IsWeekend(s.Holiday.Date)).OrderBy(s => s.Holiday.Date))
        {
            if (basis is null)
            {
                continue;
            }

            var day = holiday.Date.AddDays(1);
            while (IsWeekend(day) || taken.Contains(day) || (overrides.TryGetValue(day, out var o) && o.Kind == CalendarOverrideKind.DayOff))
            {
                day = day.AddDays(1);
            }

            taken.Add(day);
            result.Add(new Holiday(day, $"Nghỉ bù {holiday.VietnameseName}", $"Substitute day off for {holiday.EnglishName}",
                HolidayKind.Substitute, basis));
        }

        return result;
    }

    /// <param name="SubstituteBasis">Basis of the substitute day if the day falls on a weekend; null if none is given.</param>
    private sealed record StatutoryDay(Holiday Holiday, string? SubstituteBasis);
}
