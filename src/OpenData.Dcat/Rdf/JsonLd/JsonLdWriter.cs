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
        MaxDepth = 512,
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
        compacted.Clear();
        var context = new JsonObject();
        foreach (var (prefix, ns) in this.prefixes.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            // JSON-LD 1.1 §4.1.2: only IRIs ending in a gen-delim act as prefixes unless @prefix is true.
            context[prefix] = ns.Length > 0 && ":/?#[]@".Contains(ns[^1], StringComparison.Ordinal)
                ? ns
                : new JsonObject { ["@id"] = ns, ["@prefix"] = true };
        }
        var contextText = context.ToJsonString(Options).Replace("\n", "\n  ", StringComparison.Ordinal);
        output.Write("{\n  \"@context\": " + contextText + ",\n  \"@graph\": [");
        firstNode = true;
    }

    public void WriteSubjectGroup(IReadOnlyList<Triple> triples)
    {
        if (triples.Count == 0)
        {
            return;
        }
        var group = new Group(this, triples);
        var nodes = new List<JsonObject> { group.NodeObject(triples[0].Subject, withId: true, level: 0) };
        foreach (var other in group.BySubject.Keys.ToList())
        {
            if (!group.Consumed.Contains(other))
            {
                nodes.Add(group.NodeObject(other, withId: true, level: 0));
            }
        }
        foreach (var node in nodes)
        {
            output.Write(firstNode ? "\n    " : ",\n    ");
            firstNode = false;
            output.Write(node.ToJsonString(Options).Replace("\n", "\n    ", StringComparison.Ordinal));
        }
    }

    /// <summary>One subject group; blank nodes referenced once inside it are embedded, well-formed lists become @list.</summary>
    private sealed class Group
    {
        private readonly JsonLdWriter writer;
        private readonly Dictionary<Term, int> objectCounts = [];

        public Group(JsonLdWriter writer, IReadOnlyList<Triple> triples)
        {
            this.writer = writer;
            foreach (var t in triples)
            {
                if (!BySubject.TryGetValue(t.Subject, out var list))
                {
                    list = [];
                    BySubject[t.Subject] = list;
                }
                list.Add(t);
                if (t.Object is BlankNode)
                {
                    objectCounts[t.Object] = objectCounts.GetValueOrDefault(t.Object) + 1;
                }
            }
        }

        public Dictionary<Term, List<Triple>> BySubject { get; } = [];

        public HashSet<Term> Consumed { get; } = [];

        private bool Nestable(Term o) =>
            o is BlankNode && !Consumed.Contains(o) && objectCounts.GetValueOrDefault(o) == 1 && BySubject.ContainsKey(o);

        // Chains of single-use blank nodes deeper than this stay flat with _: identifiers (bounded recursion).
        private const int MaxNesting = 32;

        public JsonObject NodeObject(Term subject, bool withId, int level)
        {
            Consumed.Add(subject);
            var node = new JsonObject();
            if (withId)
            {
                node["@id"] = writer.Id(subject);
            }
            var triples = BySubject.GetValueOrDefault(subject) ?? [];
            var types = triples.Where(IsType).Select(t => (JsonNode?)writer.CompactCached(((Iri)t.Object).Value)).ToArray();
            if (types.Length == 1)
            {
                node["@type"] = types[0];
            }
            else if (types.Length > 1)
            {
                node["@type"] = new JsonArray(types);
            }
            foreach (var predicate in triples.Where(t => !IsType(t)).GroupBy(t => t.Predicate))
            {
                var values = predicate.Select(t => Value(t.Object, level + 1)).ToArray();
                node[writer.CompactCached(predicate.Key.Value)] = values.Length == 1 ? values[0] : new JsonArray(values);
            }
            return node;
        }

        private static bool IsType(Triple t) => t.Predicate.Equals(Vocabulary.Rdf.Type) && t.Object is Iri;

        private JsonNode Value(Term term, int level)
        {
            if (term.Equals(Vocabulary.Rdf.Nil))
            {
                return new JsonObject { ["@list"] = new JsonArray() };
            }
            if (!Nestable(term) || level > MaxNesting)
            {
                return writer.Value(term);
            }
            if (ListItems(term) is { } items)
            {
                return new JsonObject { ["@list"] = new JsonArray([.. items.Select(i => Value(i, level + 1))]) };
            }
            return NodeObject(term, withId: false, level);
        }

        private List<Term>? ListItems(Term head)
        {
            var items = new List<Term>();
            var cells = new HashSet<Term>();
            var node = head;
            while (!node.Equals(Vocabulary.Rdf.Nil))
            {
                if (!Nestable(node) || cells.Contains(node) || BySubject[node] is not { Count: 2 } ts)
                {
                    return null;
                }
                var first = ts.FirstOrDefault(t => t.Predicate.Equals(Vocabulary.Rdf.First));
                var rest = ts.FirstOrDefault(t => t.Predicate.Equals(Vocabulary.Rdf.Rest));
                // A list of lists would need nested @list objects, which JSON-LD 1.0 readers reject; keep those as nodes.
                if (first is null || rest is null || first.Object.Equals(Vocabulary.Rdf.Nil))
                {
                    return null;
                }
                cells.Add(node);
                items.Add(first.Object);
                node = rest.Object;
            }
            Consumed.UnionWith(cells);
            return items;
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
        Literal { Language: null, LexicalForm: "true" or "false" } l when l.Datatype.Equals(Vocabulary.Xsd.Boolean) =>
            JsonValue.Create(l.LexicalForm == "true"),
        // Native JSON numbers only for canonical integers, which JSON-LD reads back as the same xsd:integer literal.
        Literal l when l.Datatype.Equals(Vocabulary.Xsd.Integer) && IsCanonicalInteger(l.LexicalForm) => JsonValue.Create(long.Parse(l.LexicalForm, CultureInfo.InvariantCulture)),
        Literal { Language: { } lang } l => new JsonObject { ["@value"] = l.LexicalForm, ["@language"] = lang },
        Literal l when l.Datatype.Equals(Vocabulary.Xsd.String) => JsonValue.Create(l.LexicalForm),
        Literal l => new JsonObject { ["@value"] = l.LexicalForm, ["@type"] = CompactCached(l.Datatype.Value) },
        _ => throw new ArgumentOutOfRangeException(nameof(term)),
    };

    private string Id(Term term) => term switch
    {
        Iri iri => Compact(iri.Value),
        BlankNode b => "_:" + Label(b),
        _ => throw new ArgumentOutOfRangeException(nameof(term)),
    };

    private static bool IsCanonicalInteger(string s) =>
        s.Length is > 0 and < 16 && (s == "0" || (s[0] is >= '1' and <= '9' && s.All(char.IsAsciiDigit))
            || (s[0] == '-' && s.Length > 1 && s[1] is >= '1' and <= '9' && s.Skip(1).All(char.IsAsciiDigit)));

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
    // Predicates, classes and datatypes are a few hundred distinct IRIs in a whole catalogue; caching their compact
    // form saves a string per use. Bounded, because a hostile graph could use any number of predicates.
    private const int MaxCachedIris = 4096;
    private readonly Dictionary<string, string> compacted = new(StringComparer.Ordinal);

    private string CompactCached(string iri)
    {
        if (!compacted.TryGetValue(iri, out var form))
        {
            form = Compact(iri);
            if (compacted.Count < MaxCachedIris)
            {
                compacted[iri] = form;
            }
        }
        return form;
    }

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
