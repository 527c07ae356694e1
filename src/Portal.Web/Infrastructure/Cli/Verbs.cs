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

    /// <summary>Runs a verb when one is named, otherwise serves the portal (the database is prepared by <see cref="DatabaseStartup"/>).</summary>
    public static async Task<int> RunPortalAsync(this WebApplication app, string[] args)
    {
        var verbArgs = VerbArgs(args);
        try
        {
            if (verbArgs.Count > 0 && verbArgs[0] != "--demo")
            {
                return await RunVerbAsync(app.Services, verbArgs, Console.Out, Console.Error, CancellationToken.None);
            }

            DatabaseStartup.DemoRequested = verbArgs.Contains("--demo");
            await app.RunAsync();
            return 0;
        }
        catch (Exception e) when (OperatorMessage(e) is { } message)
        {
            await Console.Error.WriteLineAsync($"error: {message}");
            return 1;
        }
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
        OptionsValidationException o => $"invalid configuration: {string.Join("; ", o.Failures)}",
        _ => null,
    };
}
