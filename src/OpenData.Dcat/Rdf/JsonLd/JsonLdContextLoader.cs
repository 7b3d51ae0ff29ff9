using System.Collections.Concurrent;
using System.Text.Json;

namespace OpenData.Dcat.Rdf;

/// <summary>Resolves remote JSON-LD contexts. Implementations must not touch the network.</summary>
public interface IJsonLdContextLoader
{
    /// <summary>The parsed context document at <paramref name="iri"/>, or null when it is not known.</summary>
    JsonElement? Load(string iri);
}

/// <summary>
/// A context loader over local sources (in-memory documents and/or local files), caching parsed documents.
/// Well-known contexts (e.g. DCAT-AP's) are shipped as files and registered here by IRI.
/// </summary>
public sealed class LocalJsonLdContextLoader : IJsonLdContextLoader
{
    private readonly ConcurrentDictionary<string, string> texts = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> files = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, JsonElement> cache = new(StringComparer.Ordinal);

    /// <summary>Registers a context document given as JSON text.</summary>
    public LocalJsonLdContextLoader Add(string iri, string json)
    {
        texts[iri] = json;
        cache.TryRemove(iri, out _);
        return this;
    }

    /// <summary>Registers a local file holding the context document for <paramref name="iri"/>.</summary>
    public LocalJsonLdContextLoader AddFile(string iri, string path)
    {
        files[iri] = path;
        cache.TryRemove(iri, out _);
        return this;
    }

    public JsonElement? Load(string iri)
    {
        if (cache.TryGetValue(iri, out var cached))
        {
            return cached;
        }
        string? json = texts.TryGetValue(iri, out var text) ? text
            : files.TryGetValue(iri, out var path) && File.Exists(path) ? File.ReadAllText(path)
            : null;
        if (json is null)
        {
            return null;
        }
        using var document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 256 });
        var element = document.RootElement.Clone();
        cache[iri] = element;
        return element;
    }
}
