using System.Data.Common;
using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Npgsql;
using NpgsqlTypes;

namespace OpenData.Web.DataStore;

/// <summary>A stored column: its SQL name (c1, c2, ...) and type.</summary>
public sealed record TableColumn(string Column, FieldType Type);

/// <summary>
/// Where the tables live: one table per resource, named from the resource id only (r_&lt;32 hex&gt;), with a
/// row number <c>_id</c> and a hidden <c>_full_text</c> column holding the folded text of the row's text
/// columns (lower case, no diacritics) for q. Columns are c1, c2, ...; the headers live in the data dictionary.
/// A load writes a new table and swaps it in one transaction, so readers see the old rows or the new ones.
/// </summary>
public abstract class DatastoreDatabase
{
    public const string IdColumn = "_id";
    public const string FullTextColumn = "_full_text";

    public abstract bool IsPostgres { get; }

    public abstract Task InitializeAsync(CancellationToken ct);

    public abstract Task<DbConnection> OpenAsync(CancellationToken ct);

    /// <summary>The quoted, qualified name of a resource's table.</summary>
    public string Table(Guid resourceId) => Qualify(TableName(resourceId, ""));

    protected static string TableName(Guid resourceId, string suffix) => "r_" + resourceId.ToString("N") + suffix;

    protected abstract string Qualify(string name);

    protected abstract string SqlType(FieldType type);

    /// <summary>Loads rows into a new table and swaps it in; returns the row count.</summary>
    public abstract Task<long> ReplaceAsync(Guid resourceId, IReadOnlyList<TableColumn> columns, IEnumerable<object?[]> rows,
        IReadOnlyList<int> indexed, Func<long, CancellationToken, Task> progress, CancellationToken ct);

    /// <summary>A value as this database stores it.</summary>
    public abstract object ToDb(object value, FieldType type);

    /// <summary>A stored value as the API shows it: long, decimal, bool or string (ISO dates).</summary>
    public abstract object? FromDb(object? value, FieldType type);

    public async Task DropAsync(Guid resourceId, CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct);
        await ExecuteAsync(connection, $"DROP TABLE IF EXISTS {Table(resourceId)}", ct);
    }

    public async Task<bool> ExistsAsync(Guid resourceId, CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = IsPostgres
            ? "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'datastore' AND table_name = @name"
            : "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = @name";
        AddParameter(command, "@name", TableName(resourceId, ""));
        return Convert.ToInt64(await command.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture) > 0;
    }

    /// <summary>Creates an empty table (datastore_create with fields only), replacing any table there.</summary>
    public Task CreateEmptyAsync(Guid resourceId, IReadOnlyList<TableColumn> columns, CancellationToken ct) =>
        ReplaceAsync(resourceId, columns, [], [], (_, _) => Task.CompletedTask, ct);

    public static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"") + "\"";

    /// <summary>The folded text of a row's text values, for q.</summary>
    [ThreadStatic]
    private static StringBuilder? _fullText;

    public static string FullText(IReadOnlyList<TableColumn> columns, object?[] row)
    {
        var builder = _fullText ??= new StringBuilder(256);
        builder.Clear();
        for (var i = 0; i < columns.Count; i++)
        {
            if (columns[i].Type == FieldType.Text && row[i] is string s && s.Length > 0)
            {
                if (builder.Length > 0)
                {
                    builder.Append('\n');
                }
                VietnameseText.AppendFolded(builder, s);
            }
        }
        return builder.ToString();
    }

    public static void AddParameter(DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
    }

    protected static async Task ExecuteAsync(DbConnection connection, string sql, CancellationToken ct, DbTransaction? transaction = null)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        command.CommandTimeout = 600;
        await command.ExecuteNonQueryAsync(ct);
    }

    protected string CreateTableSql(string name, IReadOnlyList<TableColumn> columns, string idType) =>
        $"CREATE TABLE {Qualify(name)} ({IdColumn} {idType}, {FullTextColumn} TEXT"
        + string.Concat(columns.Select(c => $", {Quote(c.Column)} {SqlType(c.Type)}")) + ")";

    protected async Task IndexAndSwapAsync(DbConnection connection, Guid resourceId, string newName, IReadOnlyList<TableColumn> columns, IReadOnlyList<int> indexed, CancellationToken ct)
    {
        var token = Guid.NewGuid().ToString("N")[..8];
        var key = resourceId.ToString("N");
        foreach (var i in indexed)
        {
            // Index names carry a per-load token: the old table's indexes still exist until the swap.
            await ExecuteAsync(connection, $"CREATE INDEX {Quote($"ix_{key}_{token}_{i}")} ON {Qualify(newName)} ({Quote(columns[i].Column)})", ct);
        }
        await using var transaction = await connection.BeginTransactionAsync(ct);
        await ExecuteAsync(connection, $"DROP TABLE IF EXISTS {Table(resourceId)}", ct, transaction);
        await ExecuteAsync(connection, $"ALTER TABLE {Qualify(newName)} RENAME TO {Quote(TableName(resourceId, ""))}", ct, transaction);
        await transaction.CommitAsync(ct);
    }
}

/// <summary>PostgreSQL: tables in the <c>datastore</c> schema, bulk-loaded with binary COPY.</summary>
public sealed class PostgresDatastoreDatabase(NpgsqlDataSource dataSource) : DatastoreDatabase
{
    public override bool IsPostgres => true;

    public override async Task InitializeAsync(CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct);
        await ExecuteAsync(connection, "CREATE SCHEMA IF NOT EXISTS datastore", ct);
    }

    public override async Task<DbConnection> OpenAsync(CancellationToken ct) => await dataSource.OpenConnectionAsync(ct);

    protected override string Qualify(string name) => "datastore." + Quote(name);

    protected override string SqlType(FieldType type) => type switch
    {
        FieldType.Int => "bigint",
        FieldType.Numeric => "numeric",
        FieldType.Bool => "boolean",
        FieldType.Date => "date",
        FieldType.Timestamp => "timestamp",
        _ => "text",
    };

    private static NpgsqlDbType DbType(FieldType type) => type switch
    {
        FieldType.Int => NpgsqlDbType.Bigint,
        FieldType.Numeric => NpgsqlDbType.Numeric,
        FieldType.Bool => NpgsqlDbType.Boolean,
        FieldType.Date => NpgsqlDbType.Date,
        FieldType.Timestamp => NpgsqlDbType.Timestamp,
        _ => NpgsqlDbType.Text,
    };

    public override async Task<long> ReplaceAsync(Guid resourceId, IReadOnlyList<TableColumn> columns, IEnumerable<object?[]> rows,
        IReadOnlyList<int> indexed, Func<long, CancellationToken, Task> progress, CancellationToken ct)
    {
        var newName = TableName(resourceId, "_new");
        await using var connection = (NpgsqlConnection)await OpenAsync(ct);
        await ExecuteAsync(connection, $"DROP TABLE IF EXISTS {Qualify(newName)}", ct);
        await ExecuteAsync(connection, CreateTableSql(newName, columns, "bigint NOT NULL"), ct);
        long count = 0;
        var copy = $"COPY {Qualify(newName)} ({IdColumn}, {FullTextColumn}{string.Concat(columns.Select(c => ", " + Quote(c.Column)))}) FROM STDIN (FORMAT BINARY)";
        var types = columns.Select(c => DbType(c.Type)).ToArray();
        await using (var importer = await connection.BeginBinaryImportAsync(copy, ct))
        {
            foreach (var row in rows)
            {
                count++;
                await importer.StartRowAsync(ct);
                await importer.WriteAsync(count, NpgsqlDbType.Bigint, ct);
                await importer.WriteAsync(FullText(columns, row), NpgsqlDbType.Text, ct);
                for (var i = 0; i < types.Length; i++)
                {
                    if (row[i] is { } value)
                    {
                        await importer.WriteAsync(ToDb(value, columns[i].Type), types[i], ct);
                    }
                    else
                    {
                        await importer.WriteNullAsync(ct);
                    }
                }
                if (count % 50_000 == 0)
                {
                    await progress(count, ct);
                }
            }
            await importer.CompleteAsync(ct);
        }
        var token = Guid.NewGuid().ToString("N")[..8];
        await ExecuteAsync(connection, $"ALTER TABLE {Qualify(newName)} ADD CONSTRAINT {Quote($"pk_{resourceId:N}_{token}")} PRIMARY KEY ({IdColumn})", ct);
        await IndexAndSwapAsync(connection, resourceId, newName, columns, indexed, ct);
        // VACUUM sets the visibility map, so count(*) with a filter (include_total) is an index-only scan
        // instead of visiting every matching row's heap page (measured on 1M rows: p50 ~420 ms → see docs/benchmarks/datastore.md).
        await ExecuteAsync(connection, $"VACUUM (ANALYZE) {Table(resourceId)}", ct);
        return count;
    }

    public override object ToDb(object value, FieldType type) => value switch
    {
        DateTime t => DateTime.SpecifyKind(t, DateTimeKind.Unspecified),
        _ => value,
    };

    public override object? FromDb(object? value, FieldType type) => value switch
    {
        null or DBNull => null,
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime t => t.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture),
        int i => (long)i,
        _ => value,
    };
}

/// <summary>SQLite: tables in datastore.db beside the catalogue, loaded with batched multi-row INSERTs in one transaction.</summary>
public sealed class SqliteDatastoreDatabase(string path) : DatastoreDatabase
{
    private readonly string _connectionString = new SqliteConnectionStringBuilder { DataSource = path, DefaultTimeout = 60, Pooling = true }.ToString();

    public override bool IsPostgres => false;

    public override async Task InitializeAsync(CancellationToken ct)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await using var connection = await OpenAsync(ct);
        // WAL: pages read tables while the loader writes the next one.
        await ExecuteAsync(connection, "PRAGMA journal_mode=WAL", ct);
    }

    public override async Task<DbConnection> OpenAsync(CancellationToken ct)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(ct);
        return connection;
    }

    protected override string Qualify(string name) => Quote(name);

    protected override string SqlType(FieldType type) => type switch
    {
        FieldType.Int or FieldType.Bool => "INTEGER",
        FieldType.Numeric => "REAL",
        _ => "TEXT",
    };

    public override async Task<long> ReplaceAsync(Guid resourceId, IReadOnlyList<TableColumn> columns, IEnumerable<object?[]> rows,
        IReadOnlyList<int> indexed, Func<long, CancellationToken, Task> progress, CancellationToken ct)
    {
        var newName = TableName(resourceId, "_new");
        await using var connection = await OpenAsync(ct);
        await ExecuteAsync(connection, $"DROP TABLE IF EXISTS {Qualify(newName)}", ct);
        await ExecuteAsync(connection, CreateTableSql(newName, columns, "INTEGER PRIMARY KEY"), ct);
        var width = columns.Count + 2;
        // Multi-row INSERTs of at most ~1 000 parameters: SQLite looks parameter names up linearly, so much
        // bigger statements get slower per row (measured: 500 rows × 11 columns ran ~20× slower than 64 rows).
        var batchSize = Math.Max(1, Math.Min(64, 1_000 / width));
        long count = 0;
        await using (var transaction = await connection.BeginTransactionAsync(ct))
        {
            var head = $"INSERT INTO {Qualify(newName)} ({IdColumn}, {FullTextColumn}{string.Concat(columns.Select(c => ", " + Quote(c.Column)))}) VALUES ";
            DbCommand? full = null;
            var batch = new List<object?[]>(batchSize);
            async Task FlushAsync()
            {
                if (batch.Count == 0)
                {
                    return;
                }
                DbCommand command;
                if (batch.Count == batchSize)
                {
                    full ??= Prepare(connection, transaction, head, batchSize, width);
                    command = full;
                }
                else
                {
                    command = Prepare(connection, transaction, head, batch.Count, width);
                }
                var p = 0;
                for (var r = 0; r < batch.Count; r++)
                {
                    var row = batch[r];
                    command.Parameters[p++].Value = count - batch.Count + 1 + r;
                    command.Parameters[p++].Value = FullText(columns, row);
                    for (var i = 0; i < columns.Count; i++)
                    {
                        command.Parameters[p++].Value = row[i] is { } v ? ToDb(v, columns[i].Type) : DBNull.Value;
                    }
                }
                await command.ExecuteNonQueryAsync(ct);
                if (!ReferenceEquals(command, full))
                {
                    await command.DisposeAsync();
                }
                batch.Clear();
            }
            foreach (var row in rows)
            {
                batch.Add(row);
                count++;
                if (batch.Count == batchSize)
                {
                    await FlushAsync();
                }
                if (count % 50_000 == 0)
                {
                    await progress(count, ct);
                }
            }
            await FlushAsync();
            if (full is not null)
            {
                await full.DisposeAsync();
            }
            await transaction.CommitAsync(ct);
        }
        await IndexAndSwapAsync(connection, resourceId, newName, columns, indexed, ct);
        return count;
    }

    private static DbCommand Prepare(DbConnection connection, DbTransaction transaction, string head, int rows, int width)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        var sql = new StringBuilder(head);
        var n = 0;
        for (var r = 0; r < rows; r++)
        {
            sql.Append(r == 0 ? "(" : ",(");
            for (var c = 0; c < width; c++)
            {
                var name = "@p" + n++;
                sql.Append(c == 0 ? name : "," + name);
                AddParameter(command, name, null);
            }
            sql.Append(')');
        }
        command.CommandText = sql.ToString();
        return command;
    }

    public override object ToDb(object value, FieldType type) => value switch
    {
        decimal d => (double)d,
        bool b => b ? 1L : 0L,
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime t => t.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture),
        _ => value,
    };

    public override object? FromDb(object? value, FieldType type) => value switch
    {
        null or DBNull => null,
        _ => type switch
        {
            FieldType.Int => Convert.ToInt64(value, CultureInfo.InvariantCulture),
            FieldType.Numeric => Convert.ToDecimal(value, CultureInfo.InvariantCulture),
            FieldType.Bool => Convert.ToInt64(value, CultureInfo.InvariantCulture) != 0,
            _ => Convert.ToString(value, CultureInfo.InvariantCulture),
        },
    };
}
