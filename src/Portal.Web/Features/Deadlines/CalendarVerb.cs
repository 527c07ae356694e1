using Portal.Web.Features.Deadlines.Calendar;
using Portal.Web.Infrastructure.Cli;

namespace Portal.Web.Features.Deadlines;

/// <summary>
/// `calendar lunar-new-year|holidays|add ...`. Uses the statutory calendar; administrator overrides
/// (announced Tết days, day swaps) join it when they are stored with the deadline engine.
/// </summary>
internal sealed class CalendarVerb : IVerb
{
    public string Name => "calendar";

    public string Usage => "calendar lunar-new-year <year> | holidays <year> | add <YYYY-MM-DD> <n> working-days|days";

    public string Summary => "Vietnamese working calendar: Tết, holidays, due dates.";

    public async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, CancellationToken cancellationToken)
    {
        var (exitCode, text) = CalendarCommands.Run(WorkingCalendar.CreateStatutory(), args.ToArray());
        await output.WriteLineAsync(text.TrimEnd('\n'));
        return exitCode;
    }
}

public static class DeadlinesExtensions
{
    public static IServiceCollection AddPortalDeadlines(this IServiceCollection services)
    {
        services.AddTransient<IVerb, CalendarVerb>();
        services.AddSingleton<Rules.DueDates>();
        return services;
    }
}
