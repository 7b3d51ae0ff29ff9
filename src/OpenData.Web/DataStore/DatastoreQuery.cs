using System.Data.Common;
using Microsoft.Extensions.Localization;
using System.Text;
using OpenData.Web.Catalog;

namespace OpenData.Web.DataStore;

/// <summary>What to read from a table (datastore_search and the dump): every name is checked against the table's fields.</summary>
public sealed record DatastoreQuery
{
    /// <summary>Field id → accepted values (equality; several values mean any of them).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string?>>? Filters { get; init; }

    /// <summary>Full text: words that must all be words of the row's text columns, case and diacritics ignored.</summary>
    public string? Q { get; init; }

    public IReadOnlyList<string>? Fields { get; init; }
    public bool Distinct { get; init; }

    /// <summary>"col asc, col2 desc" (a name with a comma can be written in double quotes).</summary>
    public string? Sort { get; init; }

    public int? Limit { get; init; }
    public int Offset { get; init; }
}

/// <summary>
/// Turns a <see cref="DatastoreQuery"/> into SQL. Identifiers come only from the data dictionary (c1, c2, ...),
/// never from the request; values are parameters. q matches the words of the row's <c>_full_text</c> (folded at
/// load time) through the store's word index, so "quang ngai" finds "Quảng Ngãi" without unaccent.
/// </summary>
public sealed class DatastoreSql(DatastoreDatabase database, Guid resourceId, IReadOnlyList<DatastoreField> fields, IStringLocalizer<SharedResource> l)
{
    public static readonly DatastoreField IdField = new() { Id = DatastoreDatabase.IdColumn, Column = DatastoreDatabase.IdColumn, Type = FieldType.Int };

    public IReadOnlyList<DatastoreField> AllFields { get; } = [IdField, .. fields];

    public DatastoreField Field(string id, string parameter) =>
        AllFields.FirstOrDefault(f => f.Id == id) ?? throw ValidationException.For(parameter, l["Datastore.NoColumn", id]);

    public IReadOnlyList<DatastoreField> Selected(DatastoreQuery query) =>
        query.Fields is { Count: > 0 } names ? names.Select(n => Field(n.Trim(), "fields")).DistinctBy(f => f.Id).ToList()
        : query.Distinct ? fields : AllFields;

    public (string Where, List<(string Name, object? Value)> Parameters) Where(DatastoreQuery query)
    {
        var clauses = new List<string>();
        var parameters = new List<(string, object?)>();
        foreach (var (id, values) in query.Filters ?? new Dictionary<string, IReadOnlyList<string?>>())
        {
            var field = Field(id, "filters");
            var names = new List<string>();
            var includesNull = false;
            foreach (var raw in values)
            {
                if (raw is null)
                {
                    includesNull = true;
                    continue;
                }
                if (!FieldTypes.TryConvert(raw, field.Type, field.Mark, out var value) || value is null)
                {
                    throw ValidationException.For("filters", l["Datastore.FilterBadValue", raw, id, FieldTypes.Name(field.Type)]);
                }
                var name = "@f" + parameters.Count;
                parameters.Add((name, database.ToDb(value, field.Type)));
                names.Add(name);
            }
            var column = DatastoreDatabase.Quote(field.Column);
            var parts = new List<string>();
            if (names.Count == 1)
            {
                parts.Add($"{column} = {names[0]}");
            }
            else if (names.Count > 1)
            {
                parts.Add($"{column} IN ({string.Join(", ", names)})");
            }
            if (includesNull)
            {
                parts.Add($"{column} IS NULL");
            }
            clauses.Add(parts.Count == 0 ? "1 = 0" : "(" + string.Join(" OR ", parts) + ")");
        }
        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            // Every word of q, folded, must be a word of the row (CKAN's plainto_tsquery: words, not substrings).
            var (condition, value) = database.WordsCondition(resourceId, VietnameseText.Words(query.Q), "@q");
            clauses.Add(condition);
            parameters.Add(("@q", value));
        }
        return (clauses.Count == 0 ? "" : " WHERE " + string.Join(" AND ", clauses), parameters);
    }

    public string OrderBy(DatastoreQuery query, IReadOnlyList<DatastoreField> selected)
    {
        var parts = new List<string>();
        foreach (var (id, descending) in ParseSort(query.Sort))
        {
            var field = Field(id, "sort");
            if (query.Distinct && selected.All(s => s.Id != field.Id))
            {
                throw ValidationException.For("sort", l["Datastore.SortNeedsField", id]);
            }
            parts.Add(DatastoreDatabase.Quote(field.Column) + (descending ? " DESC" : " ASC"));
        }
        if (!query.Distinct && parts.All(p => !p.StartsWith("\"_id\"", StringComparison.Ordinal)))
        {
            parts.Add(DatastoreDatabase.Quote(DatastoreDatabase.IdColumn));
        }
        return parts.Count == 0 ? "" : " ORDER BY " + string.Join(", ", parts);
    }

    /// <summary>"Tên xã asc, \"Dân số, 2024\" desc" → (Tên xã, asc), (Dân số, 2024, desc).</summary>
    public static IReadOnlyList<(string Id, bool Descending)> ParseSort(string? sort)
    {
        var result = new List<(string, bool)>();
        if (string.IsNullOrWhiteSpace(sort))
        {
            return result;
        }
        var parts = new List<string>();
        var current = new StringBuilder();
        var quoted = false;
        foreach (var c in sort)
        {
            if (c == '"')
            {
                quoted = !quoted;
                current.Append(c);
            }
            else if (c == ',' && !quoted)
            {
                parts.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }
        parts.Add(current.ToString());
        foreach (var part in parts.Select(p => p.Trim()).Where(p => p.Length > 0))
        {
            var name = part;
            var descending = false;
            if (name.EndsWith(" desc", StringComparison.OrdinalIgnoreCase))
            {
                descending = true;
                name = name[..^5].TrimEnd();
            }
            else if (name.EndsWith(" asc", StringComparison.OrdinalIgnoreCase))
            {
                name = name[..^4].TrimEnd();
            }
            if (name.Length >= 2 && name[0] == '"' && name[^1] == '"')
            {
                name = name[1..^1].Replace("\"\"", "\"");
            }
            result.Add((name, descending));
        }
        return result;
    }

    public DbCommand Select(DbConnection connection, DatastoreQuery query, IReadOnlyList<DatastoreField> selected, int? limit)
    {
        var (where, parameters) = Where(query);
        var columns = string.Join(", ", selected.Select(f => DatastoreDatabase.Quote(f.Column)));
        var sql = $"SELECT {(query.Distinct ? "DISTINCT " : "")}{columns} FROM {database.Table(resourceId)}{where}{OrderBy(query, selected)}";
        if (limit is not null)
        {
            sql += " LIMIT @limit OFFSET @offset";
        }
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            DatastoreDatabase.AddParameter(command, name, value);
        }
        if (limit is not null)
        {
            DatastoreDatabase.AddParameter(command, "@limit", (long)limit.Value);
            DatastoreDatabase.AddParameter(command, "@offset", (long)query.Offset);
        }
        return command;
    }

    public DbCommand Count(DbConnection connection, DatastoreQuery query, IReadOnlyList<DatastoreField> selected)
    {
        var command = connection.CreateCommand();
        if (!query.Distinct && query.Filters is null or { Count: 0 } && !string.IsNullOrWhiteSpace(query.Q)
            && database.WordsCount(resourceId, VietnameseText.Words(query.Q), "@q") is { } words)
        {
            // q alone: the store's word index may count it without visiting the rows.
            command.CommandText = words.Sql;
            DatastoreDatabase.AddParameter(command, "@q", words.Value);
            return command;
        }
        var (where, parameters) = Where(query);
        command.CommandText = query.Distinct
            ? $"SELECT count(*) FROM (SELECT DISTINCT {string.Join(", ", selected.Select(f => DatastoreDatabase.Quote(f.Column)))} FROM {database.Table(resourceId)}{where}) d"
            : $"SELECT count(*) FROM {database.Table(resourceId)}{where}";
        foreach (var (name, value) in parameters)
        {
            DatastoreDatabase.AddParameter(command, name, value);
        }
        return command;
    }
}
