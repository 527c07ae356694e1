using Microsoft.Extensions.Options;
using Npgsql;

namespace Portal.Web.Data;

/// <summary>Which database engine holds the portal's tables.</summary>
public enum DatabaseProvider
{
    /// <summary>A file in the data folder: one node, zero configuration.</summary>
    Sqlite,

    /// <summary>A PostgreSQL server: several nodes can share it (docs/operations.md, scale-out).</summary>
    PostgreSql,
}

/// <summary>Settings under "Portal:Database". The default is SQLite in the data folder, so nothing needs setting.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Portal:Database";

    /// <summary>The name under ConnectionStrings that is used when <see cref="ConnectionString"/> is not set.</summary>
    public const string ConnectionStringName = "Portal";

    /// <summary>"Sqlite" or "PostgreSql" (any case). Text rather than the enum so that a misspelt value is a clear
    /// validation message at start instead of a binding exception.</summary>
    public string Provider { get; set; } = nameof(DatabaseProvider.Sqlite);

    /// <summary>PostgreSQL only (Npgsql syntax). Falls back to ConnectionStrings:Portal.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>
    /// SQLite only: seconds a statement waits for another writer (a long transaction, a tool holding the file) before
    /// the request is refused with "busy, try again". The driver retries the lock throughout; PostgreSQL queues writers itself.
    /// </summary>
    [System.ComponentModel.DataAnnotations.Range(1, 600)]
    public int BusyTimeoutSeconds { get; set; } = 30;

    /// <summary>The provider <see cref="Provider"/> names, or null when it names none (numbers included).</summary>
    public DatabaseProvider? Kind => Enum.GetValues<DatabaseProvider>().Cast<DatabaseProvider?>()
        .FirstOrDefault(p => string.Equals(p.ToString(), Provider, StringComparison.OrdinalIgnoreCase));

    public bool IsPostgreSql => Kind == DatabaseProvider.PostgreSql;
}

/// <summary>Checks the database settings before anything connects, so a typo is one sentence at start, not a stack trace.</summary>
internal sealed class DatabaseOptionsValidator : IValidateOptions<DatabaseOptions>
{
    public ValidateOptionsResult Validate(string? name, DatabaseOptions options)
    {
        if (options.Kind is null)
        {
            return ValidateOptionsResult.Fail($"{DatabaseOptions.Section}:Provider must be Sqlite or PostgreSql.");
        }

        var hasConnectionString = !string.IsNullOrWhiteSpace(options.ConnectionString);
        if (!options.IsPostgreSql)
        {
            // A connection string without Provider=PostgreSql is almost certainly a forgotten setting: starting on
            // an empty SQLite file instead would look like a portal that lost all its data.
            return hasConnectionString
                ? ValidateOptionsResult.Fail(
                    $"A database connection string is set but {DatabaseOptions.Section}:Provider is Sqlite. " +
                    $"Set {DatabaseOptions.Section}:Provider=PostgreSql, or remove the connection string.")
                : ValidateOptionsResult.Success;
        }

        if (!hasConnectionString)
        {
            return ValidateOptionsResult.Fail(
                $"{DatabaseOptions.Section}:Provider is PostgreSql but no connection string is set: set " +
                $"{DatabaseOptions.Section}:ConnectionString or ConnectionStrings:{DatabaseOptions.ConnectionStringName}.");
        }

        try
        {
            var builder = new NpgsqlConnectionStringBuilder(options.ConnectionString);
            if (string.IsNullOrWhiteSpace(builder.Host) || string.IsNullOrWhiteSpace(builder.Database))
            {
                return ValidateOptionsResult.Fail("The PostgreSQL connection string must name Host and Database.");
            }
        }
        catch (ArgumentException e)
        {
            // The message names the bad keyword; the connection string itself may hold a password and is not repeated.
            return ValidateOptionsResult.Fail($"The PostgreSQL connection string cannot be read: {e.Message}");
        }

        return ValidateOptionsResult.Success;
    }
}
