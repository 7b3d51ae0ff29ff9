using System.Text.Json;

namespace OpenData.Dcat.Rdf;

/// <summary>A JSON-LD 1.1 term definition (§4.1.3 of the JSON-LD 1.1 Processing Algorithms, the parts we support).</summary>
internal sealed record JsonLdTerm(
    string? Id,
    string? Type = null,
    string? Container = null,
    bool HasLanguage = false,
    string? Language = null,
    bool Reverse = false,
    JsonElement? ScopedContext = null);

/// <summary>
/// An active context and the context processing algorithm: @base, @vocab, @language, prefixes, term definitions
/// with @id/@reverse/@type/@container/@language/@context, arrays of contexts, null resets and remote contexts.
/// </summary>
internal sealed class JsonLdContext
{
    private const int MaxRemoteDepth = 32;

    public static readonly HashSet<string> Keywords =
    [
        "@base", "@container", "@context", "@direction", "@graph", "@id", "@import", "@included", "@index", "@json",
        "@language", "@list", "@nest", "@none", "@prefix", "@propagate", "@protected", "@reverse", "@set", "@type",
        "@value", "@version", "@vocab",
    ];

    public JsonLdContext(string? baseIri)
    {
        Base = baseIri;
        OriginalBase = baseIri;
    }

    public string? Base { get; private set; }

    public string? OriginalBase { get; private init; }

    public string? Vocab { get; private set; }

    public string? Language { get; private set; }

    public Dictionary<string, JsonLdTerm> Terms { get; private set; } = new(StringComparer.Ordinal);

    private JsonLdContext Clone() => new(OriginalBase)
    {
        Base = Base,
        Vocab = Vocab,
        Language = Language,
        Terms = new Dictionary<string, JsonLdTerm>(Terms, StringComparer.Ordinal),
    };

    public JsonLdContext Process(JsonElement local, IJsonLdContextLoader? loader, int remoteDepth = 0)
    {
        var result = Clone();
        var items = local.ValueKind == JsonValueKind.Array ? local.EnumerateArray().ToList() : [local];
        foreach (var item in items)
        {
            switch (item.ValueKind)
            {
                case JsonValueKind.Null:
                    result = new JsonLdContext(OriginalBase);
                    break;
                case JsonValueKind.String:
                    var iri = IriResolver.Resolve(result.Base, item.GetString() ?? "");
                    if (remoteDepth >= MaxRemoteDepth)
                    {
                        throw Error("context overflow: too many nested remote contexts");
                    }
                    var document = loader?.Load(iri) ?? throw Error($"loading remote context failed: <{iri}> is not available locally");
                    if (document.ValueKind != JsonValueKind.Object || !document.TryGetProperty("@context", out var remote))
                    {
                        throw Error($"invalid remote context: <{iri}> has no @context");
                    }
                    result = result.Process(remote, loader, remoteDepth + 1);
                    break;
                case JsonValueKind.Object:
                    result.Define(item, remoteDepth);
                    break;
                default:
                    throw Error("invalid local context");
            }
        }
        return result;
    }

    private void Define(JsonElement context, int remoteDepth)
    {
        if (context.TryGetProperty("@base", out var b) && remoteDepth == 0)
        {
            Base = b.ValueKind == JsonValueKind.Null ? null
                : b.ValueKind == JsonValueKind.String ? IriResolver.Resolve(Base, b.GetString() ?? "")
                : throw Error("invalid base IRI");
        }
        if (context.TryGetProperty("@vocab", out var v))
        {
            Vocab = v.ValueKind == JsonValueKind.Null ? null
                : v.ValueKind == JsonValueKind.String ? ExpandVocab(v.GetString() ?? "")
                : throw Error("invalid vocab mapping");
        }
        if (context.TryGetProperty("@language", out var l))
        {
            Language = l.ValueKind == JsonValueKind.Null ? null
                : l.ValueKind == JsonValueKind.String ? l.GetString()
                : throw Error("invalid default language");
        }
        var defined = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var property in context.EnumerateObject())
        {
            if (!property.Name.StartsWith('@'))
            {
                DefineTerm(context, property.Name, defined);
            }
        }
    }

    private string ExpandVocab(string value)
    {
        var expanded = ExpandIri(value, vocab: true, documentRelative: true);
        return expanded ?? value;
    }

    private void DefineTerm(JsonElement local, string term, Dictionary<string, bool> defined)
    {
        if (defined.TryGetValue(term, out var done))
        {
            if (!done)
            {
                throw Error($"cyclic IRI mapping for term '{term}'");
            }
            return;
        }
        defined[term] = false;
        var value = local.GetProperty(term);
        JsonLdTerm definition;
        switch (value.ValueKind)
        {
            case JsonValueKind.Null:
                definition = new JsonLdTerm(null);
                break;
            case JsonValueKind.String:
                definition = new JsonLdTerm(ExpandForDefinition(local, value.GetString() ?? "", defined));
                break;
            case JsonValueKind.Object:
                definition = DefineFromObject(local, term, value, defined);
                break;
            default:
                throw Error($"invalid term definition for '{term}'");
        }
        if (definition.Id is null && value.ValueKind != JsonValueKind.Null
            && !(value.ValueKind == JsonValueKind.Object && value.TryGetProperty("@id", out var nullId) && nullId.ValueKind == JsonValueKind.Null))
        {
            definition = definition with { Id = DefaultId(local, term, defined) };
        }
        Terms[term] = definition;
        defined[term] = true;
    }

    private string? DefaultId(JsonElement local, string term, Dictionary<string, bool> defined)
    {
        var colon = term.IndexOf(':', StringComparison.Ordinal);
        if (colon > 0)
        {
            var prefix = term[..colon];
            if (local.TryGetProperty(prefix, out _))
            {
                DefineTerm(local, prefix, defined);
            }
            if (Terms.TryGetValue(prefix, out var p) && p.Id is not null)
            {
                return p.Id + term[(colon + 1)..];
            }
            return term;
        }
        return Vocab is not null ? Vocab + term : throw Error($"invalid IRI mapping: term '{term}' has no @id and there is no @vocab");
    }

    private JsonLdTerm DefineFromObject(JsonElement local, string term, JsonElement value, Dictionary<string, bool> defined)
    {
        string? id = null;
        var reverse = false;
        if (value.TryGetProperty("@reverse", out var rev))
        {
            id = rev.ValueKind == JsonValueKind.String ? ExpandForDefinition(local, rev.GetString() ?? "", defined) : throw Error("invalid IRI mapping in @reverse");
            reverse = true;
        }
        else if (value.TryGetProperty("@id", out var idValue))
        {
            id = idValue.ValueKind switch
            {
                JsonValueKind.Null => null,
                JsonValueKind.String => ExpandForDefinition(local, idValue.GetString() ?? "", defined),
                _ => throw Error($"invalid IRI mapping for '{term}'"),
            };
        }
        string? type = null;
        if (value.TryGetProperty("@type", out var t))
        {
            var raw = t.ValueKind == JsonValueKind.String ? t.GetString() ?? "" : throw Error("invalid type mapping");
            type = raw is "@id" or "@vocab" or "@json" or "@none" ? raw : ExpandForDefinition(local, raw, defined);
        }
        string? container = null;
        if (value.TryGetProperty("@container", out var c))
        {
            var names = c.ValueKind == JsonValueKind.Array ? c.EnumerateArray().Select(x => x.GetString()).ToList() : [c.GetString()];
            container = names.FirstOrDefault(n => n is "@list" or "@language" or "@index" or "@id" or "@type" or "@graph")
                ?? names.FirstOrDefault(n => n == "@set");
        }
        var hasLanguage = value.TryGetProperty("@language", out var lang);
        JsonElement? scoped = value.TryGetProperty("@context", out var sc) ? sc.Clone() : null;
        return new JsonLdTerm(id, type, container, hasLanguage, hasLanguage && lang.ValueKind == JsonValueKind.String ? lang.GetString() : null, reverse, scoped);
    }

    private string? ExpandForDefinition(JsonElement local, string value, Dictionary<string, bool> defined)
    {
        if (local.TryGetProperty(value, out _) && !value.StartsWith('@'))
        {
            DefineTerm(local, value, defined);
        }
        var colon = value.IndexOf(':', StringComparison.Ordinal);
        if (colon > 0)
        {
            var prefix = value[..colon];
            if (local.TryGetProperty(prefix, out _) && !prefix.StartsWith('@') && prefix != "_")
            {
                DefineTerm(local, prefix, defined);
            }
        }
        return ExpandIri(value, vocab: true, documentRelative: false);
    }

    /// <summary>IRI expansion (JSON-LD 1.1 API §5.2). Returns keywords unchanged and null for unmapped values.</summary>
    public string? ExpandIri(string value, bool vocab, bool documentRelative)
    {
        if (Keywords.Contains(value))
        {
            return value;
        }
        if (value.Length > 1 && value[0] == '@' && value.Skip(1).All(char.IsAsciiLetter))
        {
            return null;
        }
        if (vocab && Terms.TryGetValue(value, out var term))
        {
            return term.Id;
        }
        var colon = value.IndexOf(':', StringComparison.Ordinal);
        if (colon > 0)
        {
            var prefix = value[..colon];
            var suffix = value[(colon + 1)..];
            if (prefix == "_" || suffix.StartsWith("//", StringComparison.Ordinal))
            {
                return value;
            }
            if (Terms.TryGetValue(prefix, out var p) && p.Id is not null)
            {
                return p.Id + suffix;
            }
            if (IriResolver.IsAbsolute(value))
            {
                return value;
            }
        }
        if (vocab && Vocab is not null)
        {
            return Vocab + value;
        }
        if (documentRelative)
        {
            return IriResolver.Resolve(Base, value);
        }
        return value;
    }

    private static RdfSyntaxException Error(string message) => new("JSON-LD: " + message, 0, 0);
}
