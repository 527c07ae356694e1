using System.Globalization;

namespace Portal.Web.Features.Deadlines.Calendar;

/// <summary>
/// The admin CLI verbs for the calendar as pure functions: arguments in, exit code and text out.
/// Bad input gives exit code 2 and one line saying what is wrong; they never throw for user input,
/// so the CLI host only has to print the output and return the code.
/// </summary>
public static class CalendarCommands
{
    public const int Success = 0;
    public const int UsageError = 2;

    public const string Usage =
        "usage: lunar-new-year <year> | holidays <year> | add <YYYY-MM-DD> <n> working-days|days";

    /// <summary>Dispatches a verb and its arguments, e.g. ["add", "2026-03-02", "7", "working-days"].</summary>
    public static (int ExitCode, string Output) Run(WorkingCalendar calendar, IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(args);
        return args switch
        {
            ["lunar-new-year", var year] => LunarNewYear(year),
            ["holidays", var year] => Holidays(calendar, year),
            ["add", var date, var n, var unit] => Add(calendar, date, n, unit),
            [] => Error(Usage),
            _ => Error($"unknown verb or wrong number of arguments: '{string.Join(' ', args)}'; {Usage}"),
        };
    }

    /// <summary><c>lunar-new-year &lt;year&gt;</c>: the date of Tết, as YYYY-MM-DD.</summary>
    public static (int ExitCode, string Output) LunarNewYear(string yearText)
    {
        if (!TryParseYear(yearText, out var year, out var error))
        {
            return Error(error);
        }

        return Ok(Iso(VietnameseLunarCalendar.LunarNewYear(year)));
    }

    /// <summary><c>holidays &lt;year&gt;</c>: one line per holiday date, "YYYY-MM-DD&lt;TAB&gt;Name".</summary>
    public static (int ExitCode, string Output) Holidays(WorkingCalendar calendar, string yearText)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        if (!TryParseYear(yearText, out var year, out var error))
        {
            return Error(error);
        }

        return Ok(string.Join('\n', calendar.Holidays(year).Select(h => $"{Iso(h.Date)}\t{h.Name}")));
    }

    /// <summary><c>add &lt;YYYY-MM-DD&gt; &lt;n&gt; working-days|days</c>: the due date, as YYYY-MM-DD.</summary>
    public static (int ExitCode, string Output) Add(WorkingCalendar calendar, string dateText, string nText, string unitText)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        if (!DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return Error($"'{dateText}' is not a valid date; expected YYYY-MM-DD, e.g. 2026-03-02.");
        }

        if (date < WorkingCalendar.MinDate || date > WorkingCalendar.MaxDate)
        {
            return Error($"{Iso(date)} is outside the supported range {Iso(WorkingCalendar.MinDate)}..{Iso(WorkingCalendar.MaxDate)}.");
        }

        if (!int.TryParse(nText, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n))
        {
            return Error($"'{nText}' is not a whole number of days.");
        }

        if (n < 0)
        {
            return Error($"the number of days must not be negative (got {n}).");
        }

        Func<DateOnly, int, DateOnly>? add = unitText switch
        {
            "working-days" => calendar.AddWorkingDays,
            "days" => calendar.AddCalendarDays,
            _ => null,
        };
        if (add is null)
        {
            return Error($"unknown unit '{unitText}'; use 'working-days' or 'days'.");
        }

        try
        {
            return Ok(Iso(add(date, n)));
        }
        catch (ArgumentOutOfRangeException)
        {
            // The only failure left is a due date past the end of the supported range.
            return Error($"{n} {unitText} after {Iso(date)} is past the supported range (up to {Iso(WorkingCalendar.MaxDate)}).");
        }
    }

    private static bool TryParseYear(string text, out int year, out string error)
    {
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out year))
        {
            error = $"'{text}' is not a year; expected e.g. 2026.";
            return false;
        }

        if (year is < VietnameseLunarCalendar.MinYear or > VietnameseLunarCalendar.MaxYear)
        {
            error = $"year {year} is outside the supported range {VietnameseLunarCalendar.MinYear}-{VietnameseLunarCalendar.MaxYear}.";
            return false;
        }

        error = string.Empty;
        return true;
    }

    private static (int, string) Ok(string output) => (Success, output);

    // User input is echoed in messages; control characters would break the one-line promise.
    private static (int, string) Error(string message) =>
        (UsageError, "error: " + new string(message.Select(c => char.IsControl(c) ? ' ' : c).ToArray()));

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
