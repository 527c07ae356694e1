using System.Collections.Concurrent;
using System.Globalization;

namespace Portal.Web.Features.Deadlines.Calendar;

/// <summary>
/// Working days of a state agency: Monday to Friday, minus public holidays and their substitute days,
/// with administrator overrides (announced Tết days, day swaps, make-up Saturdays) applied last.
/// Counts deadlines the way Civil Code 2015 Arts 147-148 require: the event day is not counted, and a
/// deadline that ends on a non-working day moves to the next working day.
/// </summary>
/// <remarks>
/// Immutable once built and safe to share between threads; each solar year is computed on first use and
/// cached, so counting across a year does a lookup per day, never a lunar conversion.
/// </remarks>
public sealed class WorkingCalendar
{
    private readonly IReadOnlyList<HolidayRule> _rules;
    private readonly Dictionary<DateOnly, CalendarOverride> _overrides;
    private readonly ConcurrentDictionary<int, CalendarYear> _years = new();
    private int _yearsBuilt;

    private WorkingCalendar(IReadOnlyList<HolidayRule> rules, Dictionary<DateOnly, CalendarOverride> overrides)
    {
        _rules = rules;
        _overrides = overrides;
    }

    public static DateOnly MinDate => VietnameseLunarCalendar.MinDate;

    public static DateOnly MaxDate => VietnameseLunarCalendar.MaxDate;

    /// <summary>The statutory holidays with the given overrides, or the validation errors.</summary>
    public static WorkingCalendarBuildResult Create(IEnumerable<CalendarOverride> overrides) =>
        Create(StatutoryHolidays.All, overrides);

    /// <summary>A calendar from the given rules and overrides, or every validation error found in them.</summary>
    public static WorkingCalendarBuildResult Create(IEnumerable<HolidayRule> rules, IEnumerable<CalendarOverride> overrides)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(overrides);
        var ruleList = rules.ToList();
        var overrideList = overrides.ToList();

        var errors = HolidayRuleValidator.Validate(ruleList).Concat(CalendarOverrideValidator.Validate(overrideList)).ToList();
        if (errors.Count > 0)
        {
            return new WorkingCalendarBuildResult(null, errors);
        }

        // Validation guarantees repeated dates have the same kind, so the first entry stands for all.
        var byDate = overrideList.GroupBy(o => o.Date).ToDictionary(g => g.Key, g => g.First());
        return new WorkingCalendarBuildResult(new WorkingCalendar(ruleList, byDate), []);
    }

    /// <summary>The statutory holidays without overrides.</summary>
    public static WorkingCalendar CreateStatutory() =>
        Create(StatutoryHolidays.All, []).Calendar
        ?? throw new InvalidOperationException("The built-in holiday rules are invalid.");

    /// <summary>Number of solar years computed so far (for tests of the cache).</summary>
    internal int YearsBuilt => Volatile.Read(ref _yearsBuilt);

    public bool IsWorkingDay(DateOnly date) => Year(date, nameof(date)).IsWorkingDay(date);

    /// <summary>Holiday dates of the solar year (statutory, substitute and administrator days off), in date order.</summary>
    public IReadOnlyList<Holiday> Holidays(int year)
    {
        if (year < MinDate.Year || year > MaxDate.Year)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year,
                $"The working calendar is supported for years {MinDate.Year}-{MaxDate.Year} only.");
        }

        return Year(year).Holidays;
    }

    /// <summary>
    /// The date on which a period of <paramref name="n"/> working days that starts after
    /// <paramref name="eventDay"/> ends. The event day is not counted: Friday + 1 = Monday.
    /// With n = 0, the first working day on or after the event day.
    /// </summary>
    public DateOnly AddWorkingDays(DateOnly eventDay, int n)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        var date = eventDay;
        var year = Year(date, nameof(eventDay));
        if (n == 0)
        {
            return NextWorkingDayOnOrAfter(date);
        }

        while (n > 0)
        {
            date = Next(date, nameof(n));
            if (date.Year != year.Year)
            {
                year = Year(date.Year);
            }

            if (year.IsWorkingDay(date))
            {
                n--;
            }
        }

        return date;
    }

    /// <summary>
    /// The date on which a period of <paramref name="n"/> calendar days after <paramref name="eventDay"/> ends;
    /// if that is not a working day, the next working day (Civil Code 2015 Art 148(5)).
    /// </summary>
    public DateOnly AddCalendarDays(DateOnly eventDay, int n)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        _ = Year(eventDay, nameof(eventDay));
        if (n > MaxDate.DayNumber - eventDay.DayNumber)
        {
            throw new ArgumentOutOfRangeException(nameof(n), n, OutOfRangeMessage("The result"));
        }

        return NextWorkingDayOnOrAfter(eventDay.AddDays(n));
    }

    /// <summary>
    /// Working days after <paramref name="from"/> up to and including <paramref name="to"/>, so that
    /// WorkingDaysBetween(d, AddWorkingDays(d, n)) == n; negative when <paramref name="to"/> is earlier.
    /// For a deadline, WorkingDaysBetween(dueDate, today) is how many working days it is overdue.
    /// </summary>
    public int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        var first = Year(from, nameof(from));
        var last = Year(to, nameof(to));
        if (to < from)
        {
            return -WorkingDaysBetween(to, from);
        }

        var count = last.WorkingDaysThrough(to) - first.WorkingDaysThrough(from);
        for (var y = from.Year; y < to.Year; y++)
        {
            count += Year(y).WorkingDayCount;
        }

        return count;
    }

    /// <summary>The date itself if it is a working day, otherwise the next working day.</summary>
    public DateOnly NextWorkingDayOnOrAfter(DateOnly date)
    {
        var year = Year(date, nameof(date));
        while (!year.IsWorkingDay(date))
        {
            date = Next(date, nameof(date));
            if (date.Year != year.Year)
            {
                year = Year(date.Year);
            }
        }

        return date;
    }

    private static DateOnly Next(DateOnly date, string parameter) =>
        date < MaxDate
            ? date.AddDays(1)
            : throw new ArgumentOutOfRangeException(parameter, OutOfRangeMessage("The result"));

    private CalendarYear Year(DateOnly date, string parameter) =>
        date < MinDate || date > MaxDate
            ? throw new ArgumentOutOfRangeException(parameter, date, OutOfRangeMessage($"The date {date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}"))
            : Year(date.Year);

    private CalendarYear Year(int year) =>
        _years.GetOrAdd(year, y =>
        {
            Interlocked.Increment(ref _yearsBuilt);
            return CalendarYearBuilder.Build(y, _rules, _overrides);
        });

    private static string OutOfRangeMessage(string subject) =>
        $"{subject} is outside the supported range {MinDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.." +
        $"{MaxDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.";
}
