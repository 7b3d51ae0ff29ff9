using System.Text.Json;
using System.Text.Json.Serialization;
using OpenData.Dcat.Model;

namespace OpenData.Web.Catalog;

/// <summary>The stored JSON form of a <see cref="Dataset"/> (datasets.document and every revision snapshot).</summary>
public static class DatasetDocument
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Serialize(Dataset dataset) => JsonSerializer.Serialize(dataset, Options);

    public static Dataset Deserialize(string json) =>
        JsonSerializer.Deserialize<Dataset>(json, Options) ?? throw new InvalidDataException("empty dataset document");
}
