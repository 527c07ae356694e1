using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;
using Portal.Web.Data;

namespace Portal.Benchmarks.Data;

/// <summary>
/// Writes generated entities straight into their tables, in one transaction, without EF Core's change tracker: on
/// SQLite one prepared INSERT reused for every row, on PostgreSQL a binary COPY. Columns, names and value conversions
/// come from the portal's own EF model (the type mapping EF would use for a parameter), so a row lands exactly as a
/// SaveChanges would have written it; computed columns are left to the database. About a hundred times faster than
/// batched SaveChanges, which is what makes a million cases practical to seed.
/// </summary>
internal sealed class BulkWriter : IAsyncDisposable
{
    private readonly PortalDbContext db;
    private readonly IDbContextTransaction transaction;

    private BulkWriter(PortalDbContext db, IDbContextTransaction transaction)
    {
        this.db = db;
        this.transaction = transaction;
    }

    private sealed record Column(string Name, RelationalTypeMapping Mapping, Func<object, object?> Read)
    {
        public object Value(object row) => Read(row) is { } value ? Mapping.Converter?.ConvertToProvider(value) ?? value : DBNull.Value;
    }

    public static async Task<BulkWriter> BeginAsync(PortalDbContext db, CancellationToken cancellationToken)
    {
        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(10));
        await db.Database.OpenConnectionAsync(cancellationToken);
        return new BulkWriter(db, await db.Database.BeginTransactionAsync(cancellationToken));
    }

    public void Write<T>(IReadOnlyCollection<T> rows)
        where T : class
    {
        if (rows.Count == 0)
        {
            return;
        }

        var (table, columns) = Describe<T>();
        var list = string.Join(", ", columns.Select(c => Quote(c.Name)));
        if (db.Database.GetDbConnection() is NpgsqlConnection npgsql)
        {
            Copy(npgsql, $"COPY {Quote(table)} ({list}) FROM STDIN (FORMAT BINARY)", columns, rows);
        }
        else
        {
            Insert($"INSERT INTO {Quote(table)} ({list}) VALUES ({string.Join(", ", columns.Select((_, i) => "@p" + i))})", columns, rows);
        }
    }

    public Task CommitAsync(CancellationToken cancellationToken) => transaction.CommitAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await transaction.DisposeAsync();
        await db.Database.CloseConnectionAsync();
    }

    private void Insert<T>(string sql, Column[] columns, IReadOnlyCollection<T> rows)
        where T : class
    {
        using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = transaction.GetDbTransaction();
#pragma warning disable CA2100 // Table and column names come from the EF model, values go in parameters.
        command.CommandText = sql;
#pragma warning restore CA2100
        var parameters = new DbParameter[columns.Length];
        for (var i = 0; i < columns.Length; i++)
        {
            // The mapping's parameter carries EF's DbType (Guid as TEXT, DateOnly as 'yyyy-MM-dd' ...).
            parameters[i] = columns[i].Mapping.CreateParameter(command, "@p" + i, null, nullable: true);
            command.Parameters.Add(parameters[i]);
        }

        command.Prepare();
        foreach (var row in rows)
        {
            for (var i = 0; i < columns.Length; i++)
            {
                parameters[i].Value = columns[i].Value(row);
            }

            command.ExecuteNonQuery();
        }
    }

    private static void Copy<T>(NpgsqlConnection connection, string sql, Column[] columns, IReadOnlyCollection<T> rows)
        where T : class
    {
        var types = columns.Select(TypeOf).ToArray();
        using var importer = connection.BeginBinaryImport(sql);
        foreach (var row in rows)
        {
            importer.StartRow();
            for (var i = 0; i < columns.Length; i++)
            {
                var value = columns[i].Value(row);
                if (value is DBNull)
                {
                    importer.WriteNull();
                }
                else
                {
                    importer.Write(value, types[i]);
                }
            }
        }

        importer.Complete();
    }

    /// <summary>The PostgreSQL type EF would give a parameter of this column; COPY needs it spelled out.</summary>
    private static NpgsqlDbType TypeOf(Column column)
    {
        using var command = new NpgsqlCommand();
        var parameter = (NpgsqlParameter)column.Mapping.CreateParameter(command, "p", null, nullable: true);
        return parameter.NpgsqlDbType is not NpgsqlDbType.Unknown ? parameter.NpgsqlDbType
            : throw new InvalidOperationException($"No PostgreSQL type for column {column.Name} ({column.Mapping.StoreType}).");
    }

    private (string Table, Column[] Columns) Describe<T>()
    {
        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var columns = new List<Column>();
        foreach (var property in entity.GetProperties())
        {
            if (property.GetComputedColumnSql(table) is not null)
            {
                continue;
            }

            Func<object, object?> read = property.PropertyInfo is { } info ? info.GetValue
                : property.FieldInfo is { } field ? field.GetValue
                : throw new InvalidOperationException($"{typeof(T).Name}.{property.Name} is a shadow property, which the bulk writer cannot fill.");
            columns.Add(new Column(property.GetColumnName(table)!, property.GetRelationalTypeMapping(), read));
        }

        return (table.Name, [.. columns]);
    }

    private static string Quote(string name) => "\"" + name + "\"";
}
