using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using OpenData.Web.Catalog;

namespace OpenData.Web.Api.Ckan;

/// <summary>One call of an action: who calls, the data dict (query string, JSON or form body) and any uploaded files.</summary>
public sealed class CkanCall(HttpContext http, Actor actor, JsonObject data, IFormFileCollection? files, string baseUrl)
{
    public HttpContext Http { get; } = http;
    public Actor Actor { get; } = actor;
    public JsonObject Data { get; } = data;
    public IFormFileCollection? Files { get; } = files;
    public string BaseUrl { get; } = baseUrl;
    public IServiceProvider Services => Http.RequestServices;
    public CancellationToken Aborted => Http.RequestAborted;

    public T Service<T>() where T : notnull => Services.GetRequiredService<T>();

    public string? String(string key) => AsString(Data[key]);

    /// <summary>A required parameter; missing → CKAN's {"key": ["Missing value"]} (409).</summary>
    public string Require(string key) => String(key) ?? throw ValidationException.For(key, "Missing value");

    /// <summary>The first of several names CKAN accepts for the same parameter (id / name_or_id ...).</summary>
    public string RequireAny(params string[] keys) =>
        keys.Select(String).FirstOrDefault(v => v is not null) ?? throw ValidationException.For(keys[0], "Missing value");

    public int Int(string key, int fallback, int min = 0) => OptionalInt(key, min) ?? fallback;

    /// <summary>
    /// An integer parameter, or null when it is not given. A list or an object (a JSON body's "limit": [5]) is no
    /// integer: refused (409), not read as "not given", which for limit would mean "everything".
    /// </summary>
    public int? OptionalInt(string key, int min = 0)
    {
        if (Data[key] is JsonArray or JsonObject)
        {
            throw ValidationException.For(key, "Invalid integer");
        }
        var text = String(key);
        if (text is null)
        {
            return null;
        }
        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            throw ValidationException.For(key, "Invalid integer");
        }
        if (value < min)
        {
            throw ValidationException.For(key, min == 0 ? "Must be a natural number" : $"Must be at least {min}");
        }
        return value;
    }

    /// <summary>CKAN's asbool: true/yes/on/1 and false/no/off/0.</summary>
    public bool Bool(string key, bool fallback)
    {
        var text = String(key)?.ToLowerInvariant();
        return text switch
        {
            null => fallback,
            "true" or "yes" or "on" or "1" or "t" or "y" => true,
            "false" or "no" or "off" or "0" or "f" or "n" => false,
            _ => throw ValidationException.For(key, "Value must be one of: true, false"),
        };
    }

    /// <summary>A list given as a JSON list, a JSON-encoded string (query strings) or repeated parameters.</summary>
    public IReadOnlyList<string>? List(string key)
    {
        var node = Data[key];
        if (node is null)
        {
            return null;
        }
        if (node is JsonArray array)
        {
            return array.Select(AsString).OfType<string>().ToList();
        }
        var text = AsString(node);
        if (text is null)
        {
            return [];
        }
        if (text.TrimStart().StartsWith('['))
        {
            try
            {
                return JsonNode.Parse(text) is JsonArray parsed ? parsed.Select(AsString).OfType<string>().ToList() : throw ValidationException.For(key, "Not a list");
            }
            catch (JsonException)
            {
                throw ValidationException.For(key, "Not a valid JSON list");
            }
        }
        return [text];
    }

    public static string? AsString(JsonNode? node) => node switch
    {
        JsonValue value when value.TryGetValue<string>(out var s) => string.IsNullOrWhiteSpace(s) ? null : s,
        JsonValue value => value.ToJsonString(),
        _ => null,
    };
}

/// <summary>
/// An action of the API: its name, whether GET may call it (CKAN's side_effect_free), its help text, its work, and
/// whether it takes a file (multipart field "upload"), which raises its request limit to OpenData:MaxUploadBytes.
/// </summary>
public sealed record CkanAction(string Name, bool SideEffectFree, string Help, Func<CkanCall, Task<JsonNode?>> Run, bool TakesFile = false);
