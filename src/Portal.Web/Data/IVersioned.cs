namespace Portal.Web.Data;

/// <summary>
/// An entity that people edit. Its version is the optimistic-concurrency token: a save whose
/// original version no longer matches the row fails instead of silently overwriting.
/// Works the same on SQLite (no rowversion) and PostgreSQL.
/// </summary>
public interface IVersioned
{
    long Version { get; set; }
}
