using Microsoft.Data.Sqlite;

namespace Portal.Web.Features.Backup;

/// <summary>
/// The database side of a backup. VACUUM INTO (ADR 0007) reads the live database inside one read transaction,
/// so the copy is one consistent moment even while the portal writes (WAL lets writers go on), and it writes
/// only live rows: free pages, which can still hold deleted rows such as a revoked member's sealed inbox key,
/// do not travel into archives that are kept for years.
/// </summary>
internal static class SqliteSnapshot
{
    public static async Task TakeAsync(string liveDatabase, string snapshotFile, CancellationToken cancellationToken)
    {
        // VACUUM INTO accepts an existing empty file: creating it first makes it owner-only from the start.
        await using (ArchiveFiles.CreateOwnerOnly(snapshotFile))
        {
        }

        await using var connection = Open(liveDatabase, SqliteOpenMode.ReadWrite);
        await connection.OpenAsync(cancellationToken);
        await using var vacuum = connection.CreateCommand();
        vacuum.CommandText = "VACUUM INTO $target";
        vacuum.Parameters.AddWithValue("$target", snapshotFile);
        await vacuum.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>What a snapshot holds, read from the snapshot itself (never from the live database, which has moved on).</summary>
    public static async Task<SnapshotFacts> ReadFactsAsync(string snapshotFile, CancellationToken cancellationToken)
    {
        await using var connection = Open(snapshotFile, SqliteOpenMode.ReadOnly);
        await connection.OpenAsync(cancellationToken);
        var check = await ScalarAsync(connection, "PRAGMA quick_check", cancellationToken);
        if (check != "ok")
        {
            return new SnapshotFacts(check ?? "no answer", null, 0, []);
        }

        // Table names as EF Core's migrations create them (Data/Migrations); the backup tests fail if they change.
        var schema = await ScalarAsync(connection, "SELECT \"MigrationId\" FROM \"__EFMigrationsHistory\" ORDER BY \"MigrationId\" DESC LIMIT 1", cancellationToken);
        var reports = long.Parse(await ScalarAsync(connection, "SELECT COUNT(*) FROM \"Reports\"", cancellationToken) ?? "0", System.Globalization.CultureInfo.InvariantCulture);
        var names = new List<string>();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT \"StoredName\" FROM \"ReportAttachments\" ORDER BY \"StoredName\"";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            names.Add(reader.GetString(0));
        }

        return new SnapshotFacts(null, schema, reports, names);
    }

    /// <summary>Returns null when the file is a sound SQLite database, otherwise SQLite's own complaint.</summary>
    public static async Task<string?> CheckAsync(string databaseFile, CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = Open(databaseFile, SqliteOpenMode.ReadOnly);
            await connection.OpenAsync(cancellationToken);
            var check = await ScalarAsync(connection, "PRAGMA quick_check", cancellationToken);
            return check == "ok" ? null : check;
        }
        catch (SqliteException e)
        {
            return e.Message;
        }
    }

    // No pooling: a pooled connection would keep the snapshot file open after the verb is done with it.
    private static SqliteConnection Open(string file, SqliteOpenMode mode) => new(new SqliteConnectionStringBuilder
    {
        DataSource = file,
        Mode = mode,
        Pooling = false,
        // Waits out a writer's short lock instead of failing the backup.
        DefaultTimeout = 60,
    }.ToString());

    private static async Task<string?> ScalarAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }
}

internal sealed record SnapshotFacts(string? Problem, string? SchemaVersion, long Reports, IReadOnlyList<string> AttachmentNames);
