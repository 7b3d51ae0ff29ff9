using Microsoft.Extensions.Localization;
using System.Data.Common;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OpenData.Dcat.Model;
using OpenData.Web.Catalog;
using OpenData.Web.Storage;

namespace OpenData.Web.DataStore;

/// <summary>A column as datastore_create and the data dictionary form take it.</summary>
public sealed record DatastoreFieldInput(string Id, string? Type = null, string? Label = null, string? Description = null);

/// <summary>datastore_create: fields and/or records for an API-made table; neither means "load the resource's file".</summary>
public sealed record DatastoreCreateInput
{
    public required Guid ResourceId { get; init; }
    public IReadOnlyList<DatastoreFieldInput>? Fields { get; init; }
    public IReadOnlyList<IReadOnlyDictionary<string, object?>>? Records { get; init; }
    public IReadOnlyList<string>? PrimaryKey { get; init; }
}

/// <summary>A column in a result: CKAN's <c>{id, type, info}</c>.</summary>
public sealed record DatastoreFieldView(string Id, string Type, string? Label, string? Description);

/// <summary>A resource's data-store state, for datastore_info and the resource page.</summary>
public sealed record DatastoreInfo(
    Guid ResourceId,
    string Status,
    IReadOnlyList<DatastoreFieldView> Fields,
    long RowCount,
    long RowsLoaded,
    string? Encoding,
    string? ForcedEncoding,
    string? Delimiter,
    long BadRowCount,
    IReadOnlyList<BadRow> BadRows,
    DateTimeOffset? LoadedAt,
    string? Message,
    string Origin,
    IReadOnlyList<string> PrimaryKey,
    bool CanEdit)
{
    public bool IsLoaded => Status == DatastoreStatus.Loaded;
}

/// <summary>datastore_search's result in CKAN's shape.</summary>
public sealed record DatastoreSearchResult(
    Guid ResourceId,
    IReadOnlyList<DatastoreFieldView> Fields,
    IReadOnlyList<object?[]> Rows,
    long? Total,
    int Limit,
    int Offset);

/// <summary>A table's rows streamed for the dump.</summary>
public sealed record DatastoreRows(IReadOnlyList<DatastoreFieldView> Fields, IAsyncEnumerable<object?[]> Rows);

/// <summary>
/// The data-store actions (CKAN's datastore_*): reading a table needs read access to its dataset, writing
/// needs editor rights in the dataset's organization. Pages, the API and the dump call only these.
/// </summary>
public sealed class DatastoreActions(CatalogDbContext db, DatastoreDatabase store, DatastoreQueue queue, TimeProvider clock, IStringLocalizer<SharedResource> l)
{
    public const int DefaultLimit = 100;
    public const int MaxLimit = 32000;

    private sealed record Target(DatastoreResourceRow? Status, Distribution Resource, Guid OrganizationId, bool CanEdit);

    /// <summary>The resource's data-store status for its page; null when it has none or the actor may not read its data.</summary>
    public async Task<DatastoreInfo?> StatusAsync(Actor actor, Guid resourceId, CancellationToken ct)
    {
        Target target;
        try
        {
            target = await ResolveAsync(actor, resourceId, write: false, ct);
        }
        catch (NotAuthorizedException)
        {
            // Shared data: the page says how to ask for it instead (bad rows and field samples are data too).
            return null;
        }
        return target.Status is null ? null : ToInfo(target.Status, target.CanEdit);
    }

    /// <summary>datastore_info: fields with types, row count and status.</summary>
    public async Task<DatastoreInfo> InfoAsync(Actor actor, Guid resourceId, CancellationToken ct)
    {
        var target = await ResolveAsync(actor, resourceId, write: false, ct);
        return target.Status is null ? throw new NotFoundException(l["Datastore.NotInStore"]) : ToInfo(target.Status, target.CanEdit);
    }

    public async Task<DatastoreSearchResult> SearchAsync(Actor actor, Guid resourceId, DatastoreQuery query, bool includeTotal, CancellationToken ct)
    {
        var (status, fields) = await RequireLoadedAsync(actor, resourceId, ct);
        var limit = Math.Clamp(query.Limit ?? DefaultLimit, 0, MaxLimit);
        if (query.Offset < 0)
        {
            throw ValidationException.For("offset", l["Datastore.OffsetNegative"]);
        }
        var sql = new DatastoreSql(store, resourceId, fields, l);
        var selected = sql.Selected(query);
        await using var connection = await store.OpenAsync(ct);
        var rows = new List<object?[]>();
        await using (var command = sql.Select(connection, query, selected, limit))
        {
            await foreach (var row in ReadAsync(command, selected, ct))
            {
                rows.Add(row);
            }
        }
        long? total = null;
        if (includeTotal)
        {
            await using var count = sql.Count(connection, query, selected);
            total = Convert.ToInt64(await count.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
        }
        return new DatastoreSearchResult(status.ResourceId, selected.Select(View).ToList(), rows, total, limit, query.Offset);
    }

    /// <summary>Rows for the dump: like a search, but streamed and without the 32 000 cap unless a limit is given.</summary>
    public async Task<DatastoreRows> DumpAsync(Actor actor, Guid resourceId, DatastoreQuery query, CancellationToken ct)
    {
        var (_, fields) = await RequireLoadedAsync(actor, resourceId, ct);
        var sql = new DatastoreSql(store, resourceId, fields, l);
        var selected = sql.Selected(query);
        sql.Where(query); // validate before the response starts
        sql.OrderBy(query, selected);
        return new DatastoreRows(selected.Select(View).ToList(), Stream(sql, query, selected, ct));
    }

    private async IAsyncEnumerable<object?[]> Stream(DatastoreSql sql, DatastoreQuery query, IReadOnlyList<DatastoreField> selected, [EnumeratorCancellation] CancellationToken ct)
    {
        await using var connection = await store.OpenAsync(ct);
        await using var command = sql.Select(connection, query, selected, query.Limit);
        await foreach (var row in ReadAsync(command, selected, ct))
        {
            yield return row;
        }
    }

    private async IAsyncEnumerable<object?[]> ReadAsync(DbCommand command, IReadOnlyList<DatastoreField> selected, [EnumeratorCancellation] CancellationToken ct)
    {
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var row = new object?[selected.Count];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = store.FromDb(reader.IsDBNull(i) ? null : reader.GetValue(i), selected[i].Type);
            }
            yield return row;
        }
    }

    /// <summary>datastore_create: a table from fields and records, or (with neither) a (re)load of the resource's file.</summary>
    /// <remarks>Everything is checked before anything is written, and the table and its status change together (<see cref="WriteAsync{T}"/>).</remarks>
    public async Task<DatastoreInfo> CreateAsync(Actor actor, DatastoreCreateInput input, CancellationToken ct)
    {
        var target = await ResolveAsync(actor, input.ResourceId, write: true, ct);
        var status = target.Status;
        if (input.Fields is null && input.Records is null)
        {
            return await ReloadAsync(actor, input.ResourceId, ct);
        }
        var existing = status is { Origin: "api", Status: DatastoreStatus.Loaded } ? DatastoreJson.FieldsOf(status) : null;
        var newTable = input.Fields is { Count: > 0 } || existing is null;
        var fields = newTable ? BuildFields(input.Fields, input.Records) : existing!;
        var primaryKey = input.PrimaryKey ?? (status is null ? [] : DatastoreJson.PrimaryKeyOf(status));
        foreach (var key in primaryKey)
        {
            if (fields.All(f => f.Id != key))
            {
                throw ValidationException.For("primary_key", l["Datastore.NoColumn", key]);
            }
        }
        var records = Prepare(fields, primaryKey, input.Records ?? [], "insert");
        var datasetId = status?.DatasetId ?? await DatasetIdOf(input.ResourceId, ct);

        await WriteAsync(input.ResourceId, async (connection, transaction) =>
        {
            if (newTable)
            {
                await store.CreateInTransactionAsync(connection, transaction, input.ResourceId, Columns(fields), ct);
            }
            await WriteRecordsAsync(connection, transaction, input.ResourceId, fields, records, "insert", ct);
            return 0;
        }, (_, rows) =>
        {
            var row = status ?? new DatastoreResourceRow { ResourceId = input.ResourceId, DatasetId = datasetId, Status = DatastoreStatus.Loaded };
            if (status is null)
            {
                db.DatastoreResources.Add(row);
            }
            else
            {
                db.DatastoreResources.Attach(row);
            }
            row.Origin = "api";
            row.Status = DatastoreStatus.Loaded;
            row.Fields = DatastoreJson.Serialize(fields);
            row.PrimaryKey = DatastoreJson.Serialize(primaryKey);
            row.Encoding = null;
            row.Delimiter = null;
            row.ErrorRows = null;
            row.BadRowCount = 0;
            row.Message = null;
            row.RowCount = row.RowsLoaded = rows;
            row.LoadedAt = row.Modified = clock.GetUtcNow();
        }, ct);
        return await InfoAsync(actor, input.ResourceId, ct);
    }

    /// <summary>datastore_upsert: method insert, upsert (update the row with the same primary key, or insert) or update (the row must exist).</summary>
    /// <remarks>All records or none: a record that is refused (here or, for a missing row, in the table) rolls back those before it.</remarks>
    public async Task<DatastoreInfo> UpsertAsync(Actor actor, Guid resourceId, IReadOnlyList<IReadOnlyDictionary<string, object?>> records, string? method, CancellationToken ct)
    {
        var target = await ResolveAsync(actor, resourceId, write: true, ct);
        if (target.Status is not { Status: DatastoreStatus.Loaded } status)
        {
            throw new NotFoundException(l["Datastore.NotInStore"]);
        }
        method = (method ?? "upsert").Trim().ToLowerInvariant();
        if (method is not ("insert" or "upsert" or "update"))
        {
            throw ValidationException.For("method", l["Datastore.BadMethod"]);
        }
        var fields = DatastoreJson.FieldsOf(status);
        var prepared = Prepare(fields, DatastoreJson.PrimaryKeyOf(status), records, method);
        await WriteAsync(resourceId, async (connection, transaction) =>
        {
            await WriteRecordsAsync(connection, transaction, resourceId, fields, prepared, method, ct);
            return 0;
        }, (_, rows) => Counted(status, rows), ct);
        return await InfoAsync(actor, resourceId, ct);
    }

    /// <summary>datastore_delete: rows matching the filters, or (without filters) the whole table.</summary>
    public async Task<long> DeleteAsync(Actor actor, Guid resourceId, IReadOnlyDictionary<string, IReadOnlyList<string?>>? filters, CancellationToken ct)
    {
        var target = await ResolveAsync(actor, resourceId, write: true, ct);
        if (target.Status is not { } status)
        {
            throw new NotFoundException(l["Datastore.NotInStore"]);
        }
        if (filters is null || filters.Count == 0)
        {
            await WriteAsync(resourceId, async (connection, transaction) =>
            {
                await store.DropAsync(connection, transaction, resourceId, ct);
                return 0;
            }, (_, _) =>
            {
                db.DatastoreResources.Attach(status);
                db.DatastoreResources.Remove(status);
            }, ct, count: false);
            return status.RowCount;
        }
        var sql = new DatastoreSql(store, resourceId, DatastoreJson.FieldsOf(status), l);
        var (where, parameters) = sql.Where(new DatastoreQuery { Filters = filters });
        var (deleted, _) = await WriteAsync(resourceId, async (connection, transaction) =>
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = $"DELETE FROM {store.Table(resourceId)}{where}";
            foreach (var (name, value) in parameters)
            {
                DatastoreDatabase.AddParameter(command, name, value);
            }
            return await command.ExecuteNonQueryAsync(ct);
        }, (_, rows) => Counted(status, rows), ct);
        return deleted;
    }

    /// <summary>Queues a fresh load of the resource's file (editors; after changing the encoding or the data dictionary).</summary>
    public async Task<DatastoreInfo> ReloadAsync(Actor actor, Guid resourceId, CancellationToken ct)
    {
        var target = await ResolveAsync(actor, resourceId, write: true, ct);
        var source = DatastoreChangeSink.SourceOf(target.Resource) ?? throw ValidationException.For("resource_id", l["Datastore.NotTabular"]);
        var status = target.Status;
        if (status is null)
        {
            status = new DatastoreResourceRow { ResourceId = resourceId, DatasetId = await DatasetIdOf(resourceId, ct), Status = DatastoreStatus.Pending };
            db.DatastoreResources.Add(status);
        }
        else
        {
            db.DatastoreResources.Attach(status);
        }
        MarkPending(status, source);
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        queue.Enqueue(resourceId, DatastoreQueue.IsLink(source));
        return ToInfo(status, target.CanEdit);
    }

    private void MarkPending(DatastoreResourceRow status, string source)
    {
        status.Origin = "file";
        status.Source = source;
        status.Status = DatastoreStatus.Pending;
        status.RowsLoaded = 0;
        status.Message = null;
        status.Modified = clock.GetUtcNow();
    }

    /// <summary>
    /// The editor's settings: a forced encoding (null: detect) and data dictionary changes (type, label,
    /// description by column id). A changed type or encoding queues a re-load that honours them, saved with the
    /// settings in one change, so a refused re-load leaves the settings as they were.
    /// </summary>
    public async Task<DatastoreInfo> ConfigureAsync(Actor actor, Guid resourceId, string? forcedEncoding, IReadOnlyList<DatastoreFieldInput> dictionary, CancellationToken ct)
    {
        var target = await ResolveAsync(actor, resourceId, write: true, ct);
        if (target.Status is not { } status)
        {
            throw new NotFoundException(l["Datastore.NotInStore"]);
        }
        forcedEncoding = string.IsNullOrWhiteSpace(forcedEncoding) ? null : forcedEncoding.Trim().ToLowerInvariant();
        if (forcedEncoding is not null && !TextEncodings.IsKnown(forcedEncoding))
        {
            throw ValidationException.For("encoding", l["Datastore.BadEncoding"]);
        }
        var fields = DatastoreJson.FieldsOf(status).ToList();
        var reload = forcedEncoding != status.ForcedEncoding;
        foreach (var change in dictionary)
        {
            var index = fields.FindIndex(f => f.Id == change.Id);
            if (index < 0)
            {
                throw ValidationException.For("fields", l["Datastore.NoColumn", change.Id]);
            }
            var field = fields[index];
            if (!string.IsNullOrWhiteSpace(change.Type))
            {
                var type = FieldTypes.Parse(change.Type) ?? throw ValidationException.For("fields", l["Datastore.BadType", change.Type ?? ""]);
                if (type != field.Type)
                {
                    reload = true;
                    field = field with { Type = type, TypeOverride = true };
                }
            }
            fields[index] = field with { Label = Clean(change.Label), Description = Clean(change.Description) };
        }
        var source = reload && status.Origin == "file"
            ? DatastoreChangeSink.SourceOf(target.Resource) ?? throw ValidationException.For("resource_id", l["Datastore.NotTabular"])
            : null;
        db.DatastoreResources.Attach(status);
        status.ForcedEncoding = forcedEncoding;
        status.Fields = DatastoreJson.Serialize(fields);
        status.Modified = clock.GetUtcNow();
        if (source is not null)
        {
            MarkPending(status, source);
        }
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        if (source is not null)
        {
            queue.Enqueue(resourceId, DatastoreQueue.IsLink(source));
        }
        return ToInfo(status, target.CanEdit);
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static List<TableColumn> Columns(IReadOnlyList<DatastoreField> fields) => fields.Select(f => new TableColumn(f.Column, f.Type)).ToList();

    /// <summary>
    /// One write of a table and its status. <paramref name="data"/> changes the rows inside a data-store
    /// transaction, which then counts them; <paramref name="catalog"/> records the result on the status row,
    /// saved in a catalogue transaction. Both commit only when all of it succeeded, the rows first, so anything
    /// refused on the way (a record that is not there, a status row that cannot be saved) rolls both back: a 409
    /// changes nothing. The table and the status row live in two databases (datastore.db and opendata.db on
    /// SQLite; two connections on PostgreSQL), so only a crash between the two commits could part them.
    /// </summary>
    private async Task<(T Result, long Rows)> WriteAsync<T>(Guid resourceId, Func<DbConnection, DbTransaction, Task<T>> data,
        Action<T, long> catalog, CancellationToken ct, bool count = true)
    {
        await using var connection = await store.OpenAsync(ct);
        await using var dataTransaction = await connection.BeginTransactionAsync(ct);
        var result = await data(connection, dataTransaction);
        long rows = 0;
        if (count)
        {
            await using var command = connection.CreateCommand();
            command.Transaction = dataTransaction;
            command.CommandText = $"SELECT count(*) FROM {store.Table(resourceId)}";
            rows = Convert.ToInt64(await command.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
        }
        await using var catalogTransaction = await db.Database.BeginTransactionAsync(ct);
        catalog(result, rows);
        await db.SaveChangesAsync(ct);
        await dataTransaction.CommitAsync(ct);
        await catalogTransaction.CommitAsync(ct);
        db.ChangeTracker.Clear();
        return (result, rows);
    }

    private void Counted(DatastoreResourceRow status, long rows)
    {
        db.DatastoreResources.Attach(status);
        status.RowCount = status.RowsLoaded = rows;
        status.Modified = clock.GetUtcNow();
    }

    /// <summary>A record checked and converted to its columns' types, with the key it is matched on.</summary>
    private sealed record PreparedRecord(int Line, Dictionary<string, object?> Values, IReadOnlyList<string> Keys);

    /// <summary>Checks every record against the columns and the key before the table is touched.</summary>
    private List<PreparedRecord> Prepare(IReadOnlyList<DatastoreField> fields, IReadOnlyList<string> primaryKey,
        IReadOnlyList<IReadOnlyDictionary<string, object?>> records, string method)
    {
        var byId = fields.ToDictionary(f => f.Id, StringComparer.Ordinal);
        var prepared = new List<PreparedRecord>(records.Count);
        var line = 0;
        foreach (var record in records)
        {
            line++;
            var values = new Dictionary<string, object?>(StringComparer.Ordinal);
            foreach (var (key, raw) in record)
            {
                if (key == DatastoreDatabase.IdColumn)
                {
                    values[key] = ConvertValue(raw, FieldType.Int, DecimalMark.Point, key, line);
                    continue;
                }
                var field = byId.GetValueOrDefault(key) ?? throw ValidationException.For("records", l["Datastore.RecordNoColumn", line, key]);
                values[key] = ConvertValue(raw, field.Type, field.Mark, key, line);
            }
            var keys = values.ContainsKey(DatastoreDatabase.IdColumn) ? [DatastoreDatabase.IdColumn] : primaryKey;
            if (method != "insert" && (keys.Count == 0 || keys.Any(k => !values.ContainsKey(k))))
            {
                throw ValidationException.For("records", l["Datastore.RecordNeedsKey", line, string.Join(", ", keys)]);
            }
            prepared.Add(new PreparedRecord(line, values, keys));
        }
        return prepared;
    }

    private async Task WriteRecordsAsync(DbConnection connection, DbTransaction transaction, Guid resourceId, IReadOnlyList<DatastoreField> fields,
        IReadOnlyList<PreparedRecord> records, string method, CancellationToken ct)
    {
        if (records.Count == 0)
        {
            return;
        }
        var byId = fields.ToDictionary(f => f.Id, StringComparer.Ordinal);
        var columns = Columns(fields);
        var table = store.Table(resourceId);
        long nextId;
        await using (var max = connection.CreateCommand())
        {
            max.Transaction = transaction;
            max.CommandText = $"SELECT coalesce(max(_id), 0) FROM {table}";
            nextId = Convert.ToInt64(await max.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture) + 1;
        }
        foreach (var (line, values, keys) in records)
        {
            object?[]? current = null;
            if (method != "insert")
            {
                current = await FindAsync(connection, transaction, table, fields, keys, values, byId, line, ct);
                if (current is null && method == "update")
                {
                    throw ValidationException.For("records", l["Datastore.RecordNotFound", line]);
                }
            }
            if (current is null)
            {
                var row = fields.Select(f => values.GetValueOrDefault(f.Id)).ToArray();
                await using var insert = connection.CreateCommand();
                insert.Transaction = transaction;
                insert.CommandText = $"INSERT INTO {table} (_id, _full_text{string.Concat(fields.Select(f => ", " + DatastoreDatabase.Quote(f.Column)))}) VALUES (@id, @ft{string.Concat(fields.Select((_, i) => ", @v" + i))})";
                DatastoreDatabase.AddParameter(insert, "@id", values.GetValueOrDefault(DatastoreDatabase.IdColumn) ?? nextId++);
                DatastoreDatabase.AddParameter(insert, "@ft", DatastoreDatabase.FullText(columns, row));
                for (var i = 0; i < fields.Count; i++)
                {
                    DatastoreDatabase.AddParameter(insert, "@v" + i, row[i] is { } v ? store.ToDb(v, fields[i].Type) : null);
                }
                await insert.ExecuteNonQueryAsync(ct);
            }
            else
            {
                var id = (long)current[0]!;
                var row = fields.Select((f, i) => values.TryGetValue(f.Id, out var v) ? v : current[i + 1]).ToArray();
                await using var update = connection.CreateCommand();
                update.Transaction = transaction;
                update.CommandText = $"UPDATE {table} SET _full_text = @ft{string.Concat(fields.Select((f, i) => $", {DatastoreDatabase.Quote(f.Column)} = @v{i}"))} WHERE _id = @id";
                DatastoreDatabase.AddParameter(update, "@id", id);
                DatastoreDatabase.AddParameter(update, "@ft", DatastoreDatabase.FullText(columns, row));
                for (var i = 0; i < fields.Count; i++)
                {
                    DatastoreDatabase.AddParameter(update, "@v" + i, row[i] is { } v ? store.ToDb(v, fields[i].Type) : null);
                }
                await update.ExecuteNonQueryAsync(ct);
            }
        }
    }

    /// <summary>The row with these key values as (_id, typed values...) or null.</summary>
    private async Task<object?[]?> FindAsync(DbConnection connection, DbTransaction transaction, string table, IReadOnlyList<DatastoreField> fields,
        IReadOnlyList<string> keys, Dictionary<string, object?> values, Dictionary<string, DatastoreField> byId, int line, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        var conditions = new List<string>();
        for (var i = 0; i < keys.Count; i++)
        {
            var field = keys[i] == DatastoreDatabase.IdColumn ? DatastoreSql.IdField : byId[keys[i]];
            conditions.Add($"{DatastoreDatabase.Quote(field.Column)} = @k{i}");
            DatastoreDatabase.AddParameter(command, "@k" + i, values[keys[i]] is { } v ? store.ToDb(v, field.Type) : null);
        }
        command.CommandText = $"SELECT _id{string.Concat(fields.Select(f => ", " + DatastoreDatabase.Quote(f.Column)))} FROM {table} WHERE {string.Join(" AND ", conditions)} LIMIT 2";
        await using var reader = await command.ExecuteReaderAsync(ct);
        object?[]? found = null;
        while (await reader.ReadAsync(ct))
        {
            if (found is not null)
            {
                throw ValidationException.For("records", l["Datastore.RecordKeyAmbiguous", line]);
            }
            found = new object?[fields.Count + 1];
            found[0] = Convert.ToInt64(reader.GetValue(0), CultureInfo.InvariantCulture);
            for (var i = 0; i < fields.Count; i++)
            {
                var raw = store.FromDb(reader.IsDBNull(i + 1) ? null : reader.GetValue(i + 1), fields[i].Type);
                found[i + 1] = raw is null ? null : ConvertValue(raw, fields[i].Type, DecimalMark.Point, fields[i].Id, line);
            }
        }
        return found;
    }

    private object? ConvertValue(object? raw, FieldType type, DecimalMark mark, string field, int line)
    {
        var text = raw switch
        {
            null => null,
            JsonElement { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined } => null,
            JsonElement { ValueKind: JsonValueKind.String } e => e.GetString(),
            JsonElement e => e.GetRawText(),
            bool b => b ? "true" : "false",
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => raw.ToString(),
        };
        if (text is null)
        {
            return null;
        }
        // Numbers from JSON and C# are written with a decimal point.
        var effectiveMark = raw is string ? mark : DecimalMark.Point;
        if (!FieldTypes.TryConvert(text, type, effectiveMark, out var value))
        {
            throw ValidationException.For("records", l["Datastore.RecordBadValue", line, text, field, FieldTypes.Name(type)]);
        }
        return value;
    }

    private IReadOnlyList<DatastoreField> BuildFields(IReadOnlyList<DatastoreFieldInput>? inputs, IReadOnlyList<IReadOnlyDictionary<string, object?>>? records)
    {
        var names = inputs is { Count: > 0 }
            ? inputs.Select(f => f.Id).ToList()
            : (records ?? []).SelectMany(r => r.Keys).Where(k => k != DatastoreDatabase.IdColumn).Distinct().ToList();
        if (names.Count == 0)
        {
            throw ValidationException.For("fields", l["Datastore.NoFields"]);
        }
        var errors = new ValidationErrors();
        if (names.Any(n => string.IsNullOrWhiteSpace(n) || n.StartsWith('_')))
        {
            errors.Add("fields", l["Datastore.BadFieldName"]);
        }
        if (names.Distinct(StringComparer.Ordinal).Count() != names.Count)
        {
            errors.Add("fields", l["Datastore.DuplicateField"]);
        }
        errors.ThrowIfAny();
        var fields = new List<DatastoreField>();
        for (var i = 0; i < names.Count; i++)
        {
            var input = inputs?.FirstOrDefault(f => f.Id == names[i]);
            FieldType type;
            if (input?.Type is { Length: > 0 } typeName)
            {
                type = FieldTypes.Parse(typeName) ?? throw ValidationException.For("fields", l["Datastore.BadType", typeName ?? ""]);
            }
            else
            {
                var inference = new ColumnInference();
                foreach (var record in records ?? [])
                {
                    if (record.TryGetValue(names[i], out var value) && value is not null)
                    {
                        inference.Observe(value is JsonElement { ValueKind: JsonValueKind.String } s ? s.GetString() ?? "" : Convert.ToString(value is JsonElement e ? e.GetRawText() : value, CultureInfo.InvariantCulture) ?? "");
                    }
                }
                type = inference.Type;
            }
            fields.Add(new DatastoreField
            {
                Id = names[i].Trim(),
                Column = "c" + (i + 1),
                Type = type,
                TypeOverride = input?.Type is { Length: > 0 },
                Label = input?.Label,
                Description = input?.Description,
            });
        }
        return fields;
    }

    private async Task<(DatastoreResourceRow Status, IReadOnlyList<DatastoreField> Fields)> RequireLoadedAsync(Actor actor, Guid resourceId, CancellationToken ct)
    {
        var target = await ResolveAsync(actor, resourceId, write: false, ct);
        if (target.Status is not { } status || status.Fields is null || (status.Status != DatastoreStatus.Loaded && status.LoadedAt is null))
        {
            throw new NotFoundException(l["Datastore.NotInStore"]);
        }
        return (status, DatastoreJson.FieldsOf(status));
    }

    private async Task<Target> ResolveAsync(Actor actor, Guid resourceId, bool write, CancellationToken ct)
    {
        var datasetId = await db.Distributions.AsNoTracking().Where(d => d.Id == resourceId).Select(d => (Guid?)d.DatasetId).FirstOrDefaultAsync(ct)
            ?? throw new NotFoundException(l["Datastore.ResourceNotFound"]);
        var dataset = await db.Datasets.AsNoTracking().FirstAsync(d => d.Id == datasetId, ct);
        var document = DatasetDocument.Deserialize(dataset.Document);
        var access = DatasetAccess.Of(document, dataset.OrganizationId);
        if (!CatalogAuthorization.CanRead(actor, access))
        {
            throw new NotFoundException(l["Datastore.ResourceNotFound"]);
        }
        var canEdit = CatalogAuthorization.CanEditDatasets(actor, dataset.OrganizationId) && document.State != DatasetState.Deleted;
        if (write && !canEdit)
        {
            throw new NotAuthorizedException(l["Datastore.NotAuthorized"]);
        }
        if (!CatalogAuthorization.CanReadData(actor, access))
        {
            var organization = await db.Organizations.AsNoTracking().Where(o => o.Id == dataset.OrganizationId).Select(o => o.Title).FirstAsync(ct);
            throw new NotAuthorizedException(l["Data.NotShared", organization]);
        }
        var resource = document.Distributions.FirstOrDefault(d => d.Id == resourceId) ?? throw new NotFoundException(l["Datastore.ResourceNotFound"]);
        var status = await db.DatastoreResources.AsNoTracking().FirstOrDefaultAsync(r => r.ResourceId == resourceId, ct);
        return new Target(status, resource, dataset.OrganizationId, canEdit);
    }

    private async Task<Guid> DatasetIdOf(Guid resourceId, CancellationToken ct) =>
        await db.Distributions.AsNoTracking().Where(d => d.Id == resourceId).Select(d => d.DatasetId).FirstAsync(ct);

    public static DatastoreFieldView View(DatastoreField field) => new(field.Id, FieldTypes.Name(field.Type), field.Label, field.Description);

    private static DatastoreInfo ToInfo(DatastoreResourceRow row, bool canEdit) => new(
        row.ResourceId, row.Status, DatastoreJson.FieldsOf(row).Select(View).ToList(), row.RowCount, row.RowsLoaded,
        row.Encoding, row.ForcedEncoding, row.Delimiter, row.BadRowCount, DatastoreJson.BadRowsOf(row), row.LoadedAt, row.Message,
        row.Origin, DatastoreJson.PrimaryKeyOf(row), canEdit);
}

/// <summary>Records as CKAN writes them for records_format csv/tsv, and the dump's rows as text.</summary>
public static class DatastoreText
{
    public static string? Format(object? value) => value switch
    {
        null => null,
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    public static void AppendDelimited(StringBuilder builder, IEnumerable<string?> values, char delimiter)
    {
        var first = true;
        foreach (var value in values)
        {
            if (!first)
            {
                builder.Append(delimiter);
            }
            first = false;
            if (value is null)
            {
                continue;
            }
            if (value.IndexOfAny([delimiter, '"', '\n', '\r']) >= 0)
            {
                builder.Append('"').Append(value.Replace("\"", "\"\"")).Append('"');
            }
            else
            {
                builder.Append(value);
            }
        }
        builder.Append("\r\n");
    }
}
