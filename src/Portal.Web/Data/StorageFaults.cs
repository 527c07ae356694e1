using Microsoft.Data.Sqlite;
using Npgsql;

namespace Portal.Web.Data;

/// <summary>Faults of the storage under the portal that a person can be told about plainly, and asked to retry.</summary>
public enum StorageFault
{
    None,

    /// <summary>The disk under the data folder or the database is full (or over quota).</summary>
    Full,

    /// <summary>Another writer held the database longer than the busy timeout (a long transaction, a lock by a tool).</summary>
    Busy,
}

/// <summary>
/// Recognises <see cref="StorageFault"/>s in an exception and the exceptions it wraps (EF Core wraps the provider's).
/// Anything else is a bug and stays a 500 with a reference for the log.
/// </summary>
public static class StorageFaults
{
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;
    private const int SqliteFull = 13;
    private const int LinuxNoSpace = 28;
    private const int LinuxQuota = 122;
    private const int WindowsDiskFull = unchecked((int)0x80070070);
    private const int WindowsHandleDiskFull = unchecked((int)0x80070027);

    public static StorageFault Of(Exception exception)
    {
        for (Exception? e = exception; e is not null; e = e.InnerException)
        {
            var fault = e switch
            {
                SqliteException { SqliteErrorCode: SqliteFull } => StorageFault.Full,
                SqliteException { SqliteErrorCode: SqliteBusy or SqliteLocked } => StorageFault.Busy,
                // disk_full; lock_not_available (lock_timeout), serialization failure, deadlock.
                PostgresException { SqlState: "53100" } => StorageFault.Full,
                PostgresException { SqlState: "55P03" or "40001" or "40P01" } => StorageFault.Busy,
                IOException { HResult: LinuxNoSpace or LinuxQuota or WindowsDiskFull or WindowsHandleDiskFull } => StorageFault.Full,
                _ => StorageFault.None,
            };
            if (fault != StorageFault.None)
            {
                return fault;
            }
        }

        return StorageFault.None;
    }
}
