using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using OpenData.Web.Catalog;
using OpenData.Web.DataStore;

namespace OpenData.Web.Api.Ckan;

/// <summary>One call of a datastore_* action: the caller and the data dict (query string, JSON body or form).</summary>
public sealed record DatastoreApiCall(HttpContext Http, Actor Actor, JsonObject Data, string BaseUrl)
{
    public CancellationToken Aborted => Http.RequestAborted;

    public DatastoreActions Actions => Http.RequestServices.GetRequiredService<DatastoreActions>();

    public string? String(string key) => Data[key] switch
    {
        JsonValue v when v.TryGetValue<string>(out var s) => string.IsNullOrWhiteSpace(s) ? null : s,
        JsonValue v => v.ToJsonString(),
        _ => null,
    };

    public Guid ResourceId(string key = "resource_id") =>
        Guid.TryParse(String(key) ?? String("id"), out var id) ? id : throw ValidationException.For(key, "Missing value");

    public int? Int(string key)
    {
        if (Data[key] is JsonArray or JsonObject)
        {
            // As CkanCall.OptionalInt: not "not given", which for limit would mean the default page.
            throw ValidationException.For(key, "Must be a natural number");
        }
        var text = String(key);
        if (text is null)
        {
            return null;
        }
        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= 0
            ? value : throw ValidationException.For(key, "Must be a natural number");
    }

    public bool Bool(string key, bool fallback) => String(key)?.ToLowerInvariant() switch
    {
        null => fallback,
        "true" or "yes" or "on" or "1" or "t" or "y" => true,
        "false" or "no" or "off" or "0" or "f" or "n" => false,
        _ => throw ValidationException.For(key, "Value must be one of: true, false"),
    };

    /// <summary>A JSON value given inline (POST body) or as JSON text (query string and forms).</summary>
    public JsonNode? Json(string key)
    {
        var node = Data[key];
        if (node is JsonValue value && value.TryGetValue<string>(out var text))
        {
            try
            {
                return text.TrimStart() is ['{', ..] or ['[', ..] ? JsonNode.Parse(text) : node;
            }
            catch (JsonException)
            {
                throw ValidationException.For(key, "Not valid JSON");
            }
        }
        return node;
    }

    public IReadOnlyList<string>? Names(string key) => Json(key) switch
    {
        null => null,
        JsonArray array => array.Select(n => n?.ToString() ?? "").Where(n => n.Length > 0).ToList(),
        var other => other.ToString().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
    };

    /// <summary>filters: {"field": "value"} or {"field": ["a", "b"]}.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string?>>? Filters(string key = "filters")
    {
        var node = Json(key);
        if (node is null)
        {
            return null;
        }
        if (node is not JsonObject filters)
        {
            throw ValidationException.For(key, "Must be a dictionary");
        }
        return filters.ToDictionary(f => f.Key, f => f.Value switch
        {
            JsonArray list => list.Select(Scalar).ToList(),
            var single => (IReadOnlyList<string?>)[Scalar(single)],
        });
    }

    public IReadOnlyList<IReadOnlyDictionary<string, object?>>? Records(string key = "records")
    {
        var node = Json(key);
        if (node is null)
        {
            return null;
        }
        if (node is not JsonArray array || array.Any(r => r is not JsonObject))
        {
            throw ValidationException.For(key, "Must be a list of dictionaries");
        }
        return array.Select(r => (IReadOnlyDictionary<string, object?>)r!.AsObject()
            .ToDictionary(p => p.Key, p => p.Value is null ? null : (object?)JsonSerializer.Deserialize<JsonElement>(p.Value.ToJsonString()))).ToList();
    }

    private static string? Scalar(JsonNode? node) => node switch
    {
        null => null,
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        _ => node.ToJsonString(),
    };
}

/// <summary>
/// The datastore_* actions of CKAN's Action API (datastore_search, datastore_info, datastore_create,
/// datastore_upsert, datastore_delete), registered in the <see cref="CkanApi"/> dispatcher, which gives them
/// CKAN's envelope and error mapping; and the /datastore/dump endpoint.
/// </summary>
public static class DatastoreEndpoints
{
    public static IReadOnlyList<(string Name, bool SideEffectFree, string Help, Func<DatastoreApiCall, Task<JsonNode?>> Run)> Handlers { get; } =
    [
        ("datastore_search", true, "Search a DataStore resource.\n\n:param resource_id: id of the resource\n:param filters: {field: value or [values]}\n:param q: full text (case and diacritic insensitive)\n:param distinct: true/false\n:param fields: fields to return\n:param sort: \"field asc, other desc\"\n:param limit: default 100, max 32000\n:param offset:\n:param include_total: default true\n:param records_format: objects, lists, csv or tsv", SearchAsync),
        ("datastore_info", true, "Return the fields (with types), the row count and the load status of a DataStore resource.\n\n:param id: id of the resource", InfoAsync),
        ("datastore_create", false, "Create a DataStore table from fields and records, or (with neither) load the resource's CSV/XLSX file.\n\n:param resource_id:\n:param fields: [{id, type, info: {label, notes}}]\n:param records: [{field: value}]\n:param primary_key: field or list of fields", CreateAsync),
        ("datastore_upsert", false, "Insert, update or upsert records.\n\n:param resource_id:\n:param records: [{field: value}]\n:param method: insert, upsert (default) or update; update and upsert match on the primary key or _id", UpsertAsync),
        ("datastore_delete", false, "Delete rows matching filters, or the whole table without filters.\n\n:param resource_id:\n:param filters: {field: value}", DeleteAsync),
    ];

    /// <summary>The datastore_* actions for the CKAN Action API dispatcher (<see cref="CkanApi"/>).</summary>
    public static IEnumerable<CkanAction> CkanActions() =>
        Handlers.Select(h => new CkanAction(h.Name, h.SideEffectFree, h.Help,
            call => h.Run(new DatastoreApiCall(call.Http, call.Actor, call.Data, call.BaseUrl))));

    /// <summary>The dump endpoint; the actions themselves go through the dispatcher.</summary>
    public static IEndpointRouteBuilder MapDatastore(this IEndpointRouteBuilder app)
    {
        app.MapGetAndHead("/datastore/dump/{resourceId:guid}", DatastoreDump.WriteAsync);
        return app;
    }

    public static DatastoreQuery Query(DatastoreApiCall call) => new()
    {
        Filters = call.Filters(),
        Q = call.Json("q") is JsonObject perField ? string.Join(" ", perField.Select(p => p.Value?.ToString())) : call.String("q"),
        Fields = call.Names("fields"),
        Distinct = call.Bool("distinct", false),
        Sort = call.String("sort"),
        Limit = call.Int("limit"),
        Offset = call.Int("offset") ?? 0,
    };

    private static async Task<JsonNode?> SearchAsync(DatastoreApiCall call)
    {
        var id = call.ResourceId();
        var query = Query(call);
        var format = call.String("records_format") ?? "objects";
        if (format is not ("objects" or "lists" or "csv" or "tsv"))
        {
            throw ValidationException.For("records_format", "Must be one of: objects, lists, csv, tsv");
        }
        var result = await call.Actions.SearchAsync(call.Actor, id, query, call.Bool("include_total", true), call.Aborted);
        JsonNode records = format switch
        {
            "objects" => new JsonArray(result.Rows.Select(r =>
            {
                var row = new JsonObject();
                for (var i = 0; i < r.Length; i++)
                {
                    row[result.Fields[i].Id] = Value(r[i]);
                }
                return (JsonNode?)row;
            }).ToArray()),
            "lists" => new JsonArray(result.Rows.Select(r => (JsonNode?)new JsonArray(r.Select(Value).ToArray())).ToArray()),
            _ => Delimited(result.Rows, format == "csv" ? ',' : '\t'),
        };
        var start = $"/api/3/action/datastore_search?resource_id={id}" + (query.Limit is { } l ? $"&limit={l}" : "");
        var response = new JsonObject
        {
            ["include_total"] = result.Total is not null,
            ["resource_id"] = id.ToString(),
            ["fields"] = Fields(result.Fields),
            ["records_format"] = format,
            ["records"] = records,
            ["limit"] = result.Limit,
            ["_links"] = new JsonObject { ["start"] = start, ["next"] = $"{start}&offset={result.Offset + result.Limit}" },
        };
        if (result.Offset > 0)
        {
            response["offset"] = result.Offset;
        }
        if (result.Total is { } total)
        {
            response["total"] = total;
        }
        return response;
    }

    private static string Delimited(IReadOnlyList<object?[]> rows, char delimiter)
    {
        var builder = new StringBuilder();
        foreach (var row in rows)
        {
            DatastoreText.AppendDelimited(builder, row.Select(DatastoreText.Format), delimiter);
        }
        return builder.ToString();
    }

    public static JsonArray Fields(IEnumerable<DatastoreFieldView> fields) => new(fields.Select(f =>
    {
        var field = new JsonObject { ["id"] = f.Id, ["type"] = f.Type };
        if (f.Label is not null || f.Description is not null)
        {
            field["info"] = new JsonObject { ["label"] = f.Label ?? "", ["notes"] = f.Description ?? "" };
        }
        return (JsonNode?)field;
    }).ToArray());

    public static JsonNode? Value(object? value) => value switch
    {
        null => null,
        long l => l,
        decimal d => d,
        bool b => b,
        _ => value.ToString(),
    };

    private static JsonNode Info(DatastoreInfo info) => new JsonObject
    {
        ["meta"] = new JsonObject
        {
            ["count"] = info.RowCount,
            ["status"] = info.Status,
            ["rows_loaded"] = info.RowsLoaded,
            ["encoding"] = info.Encoding,
            ["forced_encoding"] = info.ForcedEncoding,
            ["delimiter"] = info.Delimiter,
            ["bad_row_count"] = info.BadRowCount,
            ["bad_rows"] = new JsonArray(info.BadRows.Select(b => (JsonNode?)new JsonObject { ["line"] = b.Line, ["message"] = b.Message }).ToArray()),
            ["loaded_at"] = info.LoadedAt?.ToString("O", CultureInfo.InvariantCulture),
            ["message"] = info.Message,
            ["origin"] = info.Origin,
        },
        ["fields"] = Fields(info.Fields.Where(f => f.Id != DatastoreDatabase.IdColumn)),
        ["primary_key"] = new JsonArray(info.PrimaryKey.Select(k => (JsonNode?)k).ToArray()),
    };

    private static async Task<JsonNode?> InfoAsync(DatastoreApiCall call) =>
        Info(await call.Actions.InfoAsync(call.Actor, call.ResourceId("id"), call.Aborted));

    private static async Task<JsonNode?> CreateAsync(DatastoreApiCall call)
    {
        var fields = call.Json("fields") switch
        {
            null => null,
            JsonArray array => array.Select(f => f is JsonObject o
                ? new DatastoreFieldInput(o["id"]?.ToString() ?? "", o["type"]?.ToString(), o["info"]?["label"]?.ToString(), o["info"]?["notes"]?.ToString())
                : throw ValidationException.For("fields", "Must be a list of dictionaries")).ToList(),
            _ => throw ValidationException.For("fields", "Must be a list of dictionaries"),
        };
        var info = await call.Actions.CreateAsync(call.Actor, new DatastoreCreateInput
        {
            ResourceId = call.ResourceId(),
            Fields = fields,
            Records = call.Records(),
            PrimaryKey = call.Names("primary_key"),
        }, call.Aborted);
        var result = Info(info).AsObject();
        result["resource_id"] = info.ResourceId.ToString();
        return result;
    }

    private static async Task<JsonNode?> UpsertAsync(DatastoreApiCall call)
    {
        var records = call.Records() ?? throw ValidationException.For("records", "Missing value");
        var info = await call.Actions.UpsertAsync(call.Actor, call.ResourceId(), records, call.String("method"), call.Aborted);
        return new JsonObject { ["resource_id"] = info.ResourceId.ToString(), ["method"] = call.String("method") ?? "upsert", ["total"] = info.RowCount };
    }

    private static async Task<JsonNode?> DeleteAsync(DatastoreApiCall call)
    {
        var id = call.ResourceId();
        var filters = call.Filters();
        var deleted = await call.Actions.DeleteAsync(call.Actor, id, filters, call.Aborted);
        return new JsonObject { ["resource_id"] = id.ToString(), ["deleted_count"] = deleted };
    }
}
