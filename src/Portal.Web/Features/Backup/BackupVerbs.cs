using System.Globalization;
using Microsoft.Extensions.Options;
using Portal.Web.Data;
using Portal.Web.Infrastructure.Cli;

namespace Portal.Web.Features.Backup;

/// <summary>The verbs copy the SQLite data folder; a PostgreSQL portal is backed up with pg_dump (docs/operations.md).</summary>
internal static class SqliteOnlyVerb
{
    public static void Require(DatabaseOptions database, string verb)
    {
        if (database.IsPostgreSql)
        {
            throw new VerbException(
                $"'{verb}' covers the SQLite data folder only; this portal runs on PostgreSQL. Use pg_dump/pg_restore and copy " +
                "the attachments folder as docs/operations.md (Backup and restore, PostgreSQL) says. Nothing was written.");
        }
    }
}

internal sealed class BackupVerb(PortalBackup backup, IOptions<DatabaseOptions> database) : IVerb
{
    public const string IncludeKeys = "--include-keys";

    public string Name => "backup";

    public string Usage => $"backup <file.zip> [{IncludeKeys}]";

    public string Summary => "Consistent backup of the (running) portal: database and encrypted attachments, without keys unless asked.";

    public async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, CancellationToken cancellationToken)
    {
        if (args is not ([_] or [_, IncludeKeys]) || args[0].StartsWith('-'))
        {
            await output.WriteLineAsync($"usage: {Usage}");
            return 2;
        }

        SqliteOnlyVerb.Require(database.Value, Name);
        var result = await backup.CreateAsync(args[0], args.Count == 2, cancellationToken);
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"OK: {result.Archive} ({result.Bytes / 1024.0 / 1024.0:0.0} MB): database with {result.Reports} report(s), {result.Attachments} encrypted attachment file(s)."));
        await output.WriteLineAsync(result.KeysIncluded
            ? $"Key material INCLUDED ({string.Join(", ", result.KeyFiles)}): whoever holds this archive holds the receipt salt. Keep it as the key custody rules say, never with ordinary backups."
            : "Key material not included: keep a separate copy of the data folder's keys/ (receipt.key, staff-tag.key) as docs/operations.md says.");
        return 0;
    }
}

internal sealed class RestoreVerb(PortalRestore restore, IOptions<DatabaseOptions> database) : IVerb
{
    public string Name => "restore";

    public string Usage => "restore <file.zip>";

    public string Summary => "Restore a backup into an EMPTY data folder, after checking every file against the archive's manifest.";

    public async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, CancellationToken cancellationToken)
    {
        if (args is not [var file] || file.StartsWith('-'))
        {
            await output.WriteLineAsync($"usage: {Usage}");
            return 2;
        }

        SqliteOnlyVerb.Require(database.Value, Name);
        var result = await restore.RestoreAsync(file, cancellationToken);
        var manifest = result.Manifest;
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"OK: restored into {result.DataFolder} the backup of {manifest.CreatedAt.UtcDateTime:yyyy-MM-dd HH:mm:ss} UTC (portal {manifest.PortalVersion}, schema {manifest.SchemaVersion}): database and {result.Attachments} attachment file(s), every SHA-256 checked."));
        await output.WriteLineAsync(manifest.KeysIncluded
            ? "Key material was in the archive and is restored in keys/."
            : $"Key material was not in the archive. Before starting the portal, copy receipt.key and staff-tag.key from your key backup into {Path.Combine(result.DataFolder, "keys")} (mode 0600); the portal refuses to start without them.");
        return 0;
    }
}

public static class BackupExtensions
{
    public static IServiceCollection AddPortalBackup(this IServiceCollection services)
    {
        services.AddSingleton<PortalBackup>();
        services.AddSingleton<PortalRestore>();
        services.AddTransient<IVerb, BackupVerb>();
        services.AddTransient<IVerb, RestoreVerb>();
        services.AddHostedService<KeyMaterialCheck>();
        return services;
    }
}
