using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OpenData.Dcat.Rdf;

/// <summary>
/// Compacted JSON-LD writer: <c>@context</c> holds the prefixes, <c>@graph</c> one node object per subject, IRIs are
/// compacted with the prefixes, literals other than xsd:string become value objects with <c>@language</c> or <c>@type</c>.
/// Node objects are written one at a time, so memory stays flat.
/// </summary>
public sealed class JsonLdWriter(TextWriter output) : IRdfWriter
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        // Keep Vietnamese text readable; the output is a UTF-8 document, not HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly Dictionary<BlankNode, string> labels = [];
    private List<KeyValuePair<string, string>> prefixes = [];
    private bool firstNode = true;

    public void BeginDocument(IReadOnlyDictionary<string, string> prefixes)
    {
        this.prefixes = prefixes.Where(p => p.Key.Length > 0 && !p.Key.StartsWith('@') && !p.Key.Contains(':', StringComparison.Ordinal))
            .OrderByDescending(p => p.Value.Length).ToList();
        var context = new JsonObject();
        foreach (var (prefix, ns) in this.prefixes.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            context[prefix] = ns;
        }
        var contextText = context.ToJsonString(Options).Replace("\n", "\n  ", StringComparison.Ordinal);
        output.Write("{\n  \"@context\": " + contextText + ",\n  \"@graph\": [");
        firstNode = true;
    }

    public void WriteSubjectGroup(IReadOnlyList<Triple> triples)
    {
        foreach (var subjectTriples in triples.GroupBy(t => t.Subject))
        {
            var node = new JsonObject { ["@id"] = Id(subjectTriples.Key) };
            var types = subjectTriples.Where(t => t.Predicate.Equals(Vocabulary.Rdf.Type) && t.Object is Iri).Select(t => (JsonNode?)Compact(((Iri)t.Object).Value)).ToArray();
            if (types.Length == 1)
            {
                node["@type"] = types[0];
            }
            else if (types.Length > 1)
            {
                node["@type"] = new JsonArray(types);
            }
            foreach (var predicate in subjectTriples.Where(t => !(t.Predicate.Equals(Vocabulary.Rdf.Type) && t.Object is Iri)).GroupBy(t => t.Predicate))
            {
                var values = predicate.Select(t => Value(t.Object)).ToArray();
                node[Compact(predicate.Key.Value)] = values.Length == 1 ? values[0] : new JsonArray(values);
            }
            output.Write(firstNode ? "\n    " : ",\n    ");
            firstNode = false;
            output.Write(node.ToJsonString(Options).Replace("\n", "\n    ", StringComparison.Ordinal));
        }
    }

    public void EndDocument()
    {
        output.Write(firstNode ? "]\n}\n" : "\n  ]\n}\n");
        output.Flush();
    }

    private JsonNode Value(Term term) => term switch
    {
        Iri or BlankNode => new JsonObject { ["@id"] = Id(term) },
        Literal { Language: { } lang } l => new JsonObject { ["@value"] = l.LexicalForm, ["@language"] = lang },
        Literal l when l.Datatype.Equals(Vocabulary.Xsd.String) => JsonValue.Create(l.LexicalForm),
        Literal l => new JsonObject { ["@value"] = l.LexicalForm, ["@type"] = Compact(l.Datatype.Value) },
        _ => throw new ArgumentOutOfRangeException(nameof(term)),
    };

    private string Id(Term term) => term switch
    {
        Iri iri => Compact(iri.Value),
        BlankNode b => "_:" + Label(b),
        _ => throw new ArgumentOutOfRangeException(nameof(term)),
    };

    private string Label(BlankNode b)
    {
        if (!labels.TryGetValue(b, out var label))
        {
            label = "b" + (labels.Count + 1).ToString(CultureInfo.InvariantCulture);
            labels[b] = label;
        }
        return label;
    }

    /// <summary>A compact IRI "prefix:local" when a prefix matches (JSON-LD 1.1 §4.1.5), else the IRI itself.</summary>
    private string Compact(string iri)
    {
        foreach (var (prefix, ns) in prefixes)
        {
            if (iri.Length > ns.Length && iri.StartsWith(ns, StringComparison.Ordinal) && !iri.AsSpan(ns.Length).StartsWith("//"))
            {
                return prefix + ":" + iri[ns.Length..];
            }
        }
        return iri;
    }
}
