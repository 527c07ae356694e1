using System.Globalization;
using Portal.Web.Data;
using Portal.Web.Infrastructure.Cli;

namespace Portal.Web.Features.Deadlines.Calendar;

/// <summary>
/// `calendar lunar-new-year|holidays|add|overrides ...`. Holidays and due dates use the calendar as stored
/// (statutory rules plus administrators' overrides), the same one case clocks use.
/// </summary>
internal sealed class CalendarVerb(DatabaseInitializer database, WorkingCalendars calendars, IServiceScopeFactory scopes) : IVerb
{
    public string Name => "calendar";

    public string Usage => "calendar lunar-new-year <year> | holidays <year> | add <YYYY-MM-DD> <n> working-days|days | overrides <year>";

    public string Summary => "Vietnamese working calendar: Tết, holidays, due dates, administrators' overrides.";

    public async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, CancellationToken cancellationToken)
    {
        if (args is ["lunar-new-year", ..])
        {
            return await PrintAsync(CalendarCommands.Run(WorkingCalendar.CreateStatutory(), args), output);
        }

        await database.MigrateAsync(cancellationToken);
        if (args is ["overrides", var yearText])
        {
            return await OverridesAsync(yearText, output, cancellationToken);
        }

        // A verb is a fresh process as far as the data goes: read what is stored now.
        calendars.Invalidate();
        return await PrintAsync(CalendarCommands.Run(await calendars.CurrentAsync(cancellationToken), args), output);
    }

    /// <summary>One line per active override of the year: date, kind, name, basis, who entered it and when (UTC+7).</summary>
    private async Task<int> OverridesAsync(string yearText, TextWriter output, CancellationToken cancellationToken)
    {
        if (!int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || year < WorkingCalendar.MinDate.Year || year > WorkingCalendar.MaxDate.Year)
        {
            return await PrintAsync((CalendarCommands.UsageError,
                $"error: '{Clean(yearText)}' is not a year in the supported range {WorkingCalendar.MinDate.Year}-{WorkingCalendar.MaxDate.Year}."), output);
        }

        await using var scope = scopes.CreateAsyncScope();
        var rows = await scope.ServiceProvider.GetRequiredService<CalendarOverrides>().ForYearAsync(year, cancellationToken);
        if (rows.Count == 0)
        {
            await output.WriteLineAsync($"No overrides stored for {year}.");
            return CalendarCommands.Success;
        }

        foreach (var o in rows)
        {
            var kind = o.Kind == CalendarOverrideKind.DayOff ? "day-off" : "working-day";
            var at = o.CreatedAt.ToOffset(DepartmentDate.Offset).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{o.Date:yyyy-MM-dd}\t{kind}\t{o.Name}\t{o.Basis}\t{o.CreatedByName ?? "-"}\t{at}"));
        }

        return CalendarCommands.Success;
    }

    private static async Task<int> PrintAsync((int ExitCode, string Output) result, TextWriter output)
    {
        await output.WriteLineAsync(result.Output.TrimEnd('\n'));
        return result.ExitCode;
    }

    private static string Clean(string text) => new(text.Select(c => char.IsControl(c) ? ' ' : c).ToArray());
}
