namespace Portal.Web.Infrastructure.Cli;

/// <summary>An administrator command: `dotnet run --project src/Portal.Web -- &lt;verb&gt; [args]`. Prints plain text; non-zero exit on failure.</summary>
public interface IVerb
{
    string Name { get; }

    string Usage { get; }

    string Summary { get; }

    Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, CancellationToken cancellationToken);
}
