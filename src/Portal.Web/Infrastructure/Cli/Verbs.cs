using Microsoft.Extensions.Options;
using Portal.Web.Data;

namespace Portal.Web.Infrastructure.Cli;

public static class Verbs
{
    public static IServiceCollection AddPortalVerbs(this IServiceCollection services)
    {
        services.AddTransient<IVerb, MigrateVerb>();
        return services;
    }

    /// <summary>
    /// Only `--key=value` pairs go to configuration, so a verb's own arguments are never mistaken for settings
    /// while `-- migrate --Portal:DataDirectory=/srv/portal` still works.
    /// </summary>
    public static string[] ConfigurationArgs(string[] args) =>
        args.Where(a => a.StartsWith("--", StringComparison.Ordinal) && a.Contains('=', StringComparison.Ordinal)).ToArray();

    private static List<string> VerbArgs(string[] args) =>
        args.Where(a => !(a.StartsWith("--", StringComparison.Ordinal) && a.Contains('=', StringComparison.Ordinal))).ToList();

    /// <summary>True when the command line names a verb rather than asking to serve the portal.</summary>
    public static bool IsVerbInvocation(string[] args) => VerbArgs(args) is [var first, ..] && first != "--demo";

    /// <summary>
    /// Wraps the whole program, building the host included: a problem an operator can fix (bad setting,
    /// unwritable folder, newer database) ends with one line on stderr and exit code 1, not a stack trace.
    /// </summary>
    public static async Task<int> GuardAsync(Func<Task<int>> program)
    {
        try
        {
            return await program();
        }
        catch (Exception e) when (OperatorMessage(e) is { } message)
        {
            await Console.Error.WriteLineAsync($"error: {message}");
            return 1;
        }
    }

    /// <summary>Runs a verb when one is named, otherwise serves the portal (the database is prepared by <see cref="DatabaseStartup"/>).</summary>
    public static async Task<int> RunPortalAsync(this WebApplication app, string[] args)
    {
        var verbArgs = VerbArgs(args);
        if (IsVerbInvocation(args))
        {
            return await RunVerbAsync(app.Services, verbArgs, Console.Out, Console.Error, CancellationToken.None);
        }

        DatabaseStartup.DemoRequested = verbArgs.Contains("--demo");
        await app.RunAsync();
        return 0;
    }

    public static async Task<int> RunVerbAsync(
        IServiceProvider services, IReadOnlyList<string> args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var verbs = services.GetServices<IVerb>().OrderBy(v => v.Name, StringComparer.Ordinal).ToList();
        var verb = verbs.FirstOrDefault(v => v.Name == args[0]);
        if (verb is null)
        {
            if (args[0] is not ("help" or "--help" or "-h"))
            {
                await error.WriteLineAsync($"error: unknown verb '{args[0]}'.");
            }

            await output.WriteLineAsync("usage: dotnet run --project src/Portal.Web -- <verb> [arguments]");
            foreach (var v in verbs)
            {
                await output.WriteLineAsync($"  {v.Usage,-50} {v.Summary}");
            }

            return args[0] is "help" or "--help" or "-h" ? 0 : 2;
        }

        try
        {
            return await verb.RunAsync(args.Skip(1).ToList(), output, cancellationToken);
        }
        catch (Exception e) when (OperatorMessage(e) is { } message)
        {
            await error.WriteLineAsync($"error: {message}");
            return 1;
        }
    }

    /// <summary>Problems an operator can act on become one line; anything else keeps its stack trace for the log.</summary>
    private static string? OperatorMessage(Exception e) => e switch
    {
        StartupException s => s.Message,
        VerbException v => v.Message,
        OptionsValidationException o => $"invalid configuration: {string.Join("; ", o.Failures)}",
        _ => null,
    };
}
