using Portal.Web.Data;

namespace Portal.Web.Infrastructure.Cli;

internal sealed class MigrateVerb(DatabaseInitializer initializer, DataDirectory dataDirectory) : IVerb
{
    public string Name => "migrate";

    public string Usage => "migrate";

    public string Summary => "Create or upgrade the database in the data folder, then exit.";

    public async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, CancellationToken cancellationToken)
    {
        var applied = await initializer.MigrateAsync(cancellationToken);
        await output.WriteLineAsync(applied.Count == 0
            ? $"The database in {dataDirectory.Path} is up to date."
            : $"Applied {applied.Count} migration(s) to {dataDirectory.DatabaseFile}: {string.Join(", ", applied)}");
        return 0;
    }
}
