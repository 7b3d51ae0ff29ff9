using System.Text.Json.Nodes;

namespace OpenData.Web.Api.OpenApi;

/// <summary>Small builders for the JSON Schema (2020-12, as OpenAPI 3.1 uses it) pieces of the document.</summary>
public static class Schema
{
    public static JsonObject Ref(string component) => new() { ["$ref"] = $"#/components/schemas/{component}" };

    public static JsonObject String(string? description = null, string? format = null) => Typed("string", description, format);

    public static JsonObject Integer(string? description = null) => Typed("integer", description);

    public static JsonObject Boolean(string? description = null) => Typed("boolean", description);

    public static JsonObject Null() => new() { ["type"] = "null" };

    /// <summary>A value that may be null: <c>{"type": ["string", "null"]}</c> (OpenAPI 3.1 has no <c>nullable</c>).</summary>
    public static JsonObject Nullable(string type, string? format = null)
    {
        var schema = new JsonObject { ["type"] = new JsonArray(type, "null") };
        if (format is not null)
        {
            schema["format"] = format;
        }
        return schema;
    }

    public static JsonObject Enum(params string[] values) => new() { ["type"] = "string", ["enum"] = new JsonArray(values.Select(v => (JsonNode?)v).ToArray()) };

    public static JsonObject ArrayOf(JsonNode items, string? description = null)
    {
        var schema = Typed("array", description);
        schema["items"] = items.DeepClone();
        return schema;
    }

    public static JsonObject Object(params (string Name, JsonNode Schema)[] properties) => ObjectWith(null, properties);

    public static JsonObject ObjectWith(string[]? required, params (string Name, JsonNode Schema)[] properties)
    {
        var schema = new JsonObject { ["type"] = "object", ["properties"] = new JsonObject(properties.Select(p => KeyValuePair.Create(p.Name, (JsonNode?)p.Schema.DeepClone()))) };
        if (required is { Length: > 0 })
        {
            schema["required"] = new JsonArray(required.Select(r => (JsonNode?)r).ToArray());
        }
        return schema;
    }

    /// <summary>A dictionary whose keys are data (filters, facets): any property names.</summary>
    public static JsonObject Map(JsonNode values, string? description = null)
    {
        var schema = Typed("object", description);
        schema["additionalProperties"] = values.DeepClone();
        return schema;
    }

    public static JsonObject OneOf(params JsonNode[] choices) => new() { ["oneOf"] = new JsonArray(choices.Select(c => (JsonNode?)c.DeepClone()).ToArray()) };

    public static JsonObject Describe(this JsonObject schema, string description)
    {
        schema["description"] = description;
        return schema;
    }

    public static JsonObject WithExample(this JsonObject schema, JsonNode example)
    {
        schema["examples"] = new JsonArray(example.DeepClone());
        return schema;
    }

    private static JsonObject Typed(string type, string? description, string? format = null)
    {
        var schema = new JsonObject { ["type"] = type };
        if (format is not null)
        {
            schema["format"] = format;
        }
        if (description is not null)
        {
            schema["description"] = description;
        }
        return schema;
    }
}
