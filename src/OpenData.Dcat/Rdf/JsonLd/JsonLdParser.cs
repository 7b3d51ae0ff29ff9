using System.Globalization;
using System.Text.Json;

namespace OpenData.Dcat.Rdf;

/// <summary>
/// JSON-LD 1.1 reader: expansion and RDF serialization (toRdf) in a single walk, emitting triples as node objects are
/// visited. Supports inline, array and remote contexts (through <see cref="IJsonLdContextLoader"/>, never the network),
/// @vocab, @base, compact IRIs, type coercion, @list/@set/@language/@index containers, scoped contexts, @reverse,
/// @included, @nest, value objects and blank nodes.
/// Named graphs are not modelled: the content of every @graph is merged into the default graph (documented choice,
/// the catalogue only needs one graph).
/// </summary>
public sealed class JsonLdParser(IJsonLdContextLoader? contextLoader = null, int maxDepth = 1000) : IRdfReader
{
    public void Read(TextReader input, string? baseIri, IRdfHandler handler)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(input.ReadToEnd(), new JsonDocumentOptions { MaxDepth = maxDepth + 1 });
        }
        catch (JsonException e)
        {
            throw new RdfSyntaxException("Malformed JSON: " + e.Message, (int)(e.LineNumber ?? -1) + 1, (int)(e.BytePositionInLine ?? -1) + 1, e);
        }
        using (document)
        {
            new Run(handler, contextLoader, maxDepth).Top(document.RootElement, new JsonLdContext(baseIri));
        }
    }

    private sealed class Run(IRdfHandler handler, IJsonLdContextLoader? loader, int maxDepth)
    {
        private readonly Dictionary<string, BlankNode> blankNodes = new(StringComparer.Ordinal);
        private int depth;

        public void Top(JsonElement root, JsonLdContext context)
        {
            switch (root.ValueKind)
            {
                case JsonValueKind.Array:
                    foreach (var item in root.EnumerateArray())
                    {
                        Top(item, context);
                    }
                    break;
                case JsonValueKind.Object:
                    Node(root, context);
                    break;
                default:
                    throw Error("the top-level value must be an object or an array");
            }
        }

        private static RdfSyntaxException Error(string message) => new("JSON-LD: " + message, 0, 0);

        private void Enter()
        {
            if (++depth > maxDepth)
            {
                throw Error($"nesting deeper than {maxDepth} levels");
            }
            // Small thread stacks can run out before maxDepth; fail with a syntax error rather than crash the process.
            if (!System.Runtime.CompilerServices.RuntimeHelpers.TryEnsureSufficientExecutionStack())
            {
                throw Error("nesting too deep for the available stack");
            }
        }

        /// <summary>The keyword a key stands for (directly or through an alias), or null.</summary>
        private static string? Keyword(string key, JsonLdContext context)
        {
            if (key.StartsWith('@'))
            {
                return JsonLdContext.Keywords.Contains(key) ? key : null;
            }
            return context.Terms.TryGetValue(key, out var t) && t.Id is not null && JsonLdContext.Keywords.Contains(t.Id) ? t.Id : null;
        }

        private static JsonElement? Get(JsonElement obj, string keyword, JsonLdContext context)
        {
            foreach (var p in obj.EnumerateObject())
            {
                if (Keyword(p.Name, context) == keyword)
                {
                    return p.Value;
                }
            }
            return null;
        }

        /// <summary>Processes a node object and returns its subject (an IRI or blank node).</summary>
        private Term? Node(JsonElement obj, JsonLdContext context)
        {
            Enter();
            if (obj.TryGetProperty("@context", out var local))
            {
                context = context.Process(local, loader);
            }
            var propertyContext = context;
            // Type-scoped contexts (JSON-LD 1.1 §4.1.8) apply to this node's properties, in lexical order of the types.
            var typeValues = Get(obj, "@type", context) is { } typeElement ? Strings(typeElement, "@type") : [];
            foreach (var type in typeValues.Order(StringComparer.Ordinal))
            {
                if (context.Terms.TryGetValue(type, out var def) && def.ScopedContext is { } scoped)
                {
                    propertyContext = propertyContext.Process(scoped, loader);
                }
            }
            Term? subject = null;
            if (Get(obj, "@id", context) is { } idElement)
            {
                if (idElement.ValueKind != JsonValueKind.String)
                {
                    throw Error("invalid @id value");
                }
                subject = Resource(context.ExpandIri(idElement.GetString() ?? "", vocab: false, documentRelative: true));
            }
            subject ??= BlankNode.Mint();
            foreach (var type in typeValues)
            {
                if (Resource(context.ExpandIri(type, vocab: true, documentRelative: true)) is { } typeIri)
                {
                    Emit(subject, Vocabulary.Rdf.Type, typeIri);
                }
            }
            Properties(obj, subject, propertyContext);
            depth--;
            return subject;
        }

        private void Properties(JsonElement obj, Term subject, JsonLdContext context)
        {
            foreach (var property in obj.EnumerateObject())
            {
                var keyword = Keyword(property.Name, context);
                switch (keyword)
                {
                    case "@context" or "@id" or "@type" or "@index" or "@version":
                        continue;
                    case "@value" or "@list" or "@set":
                        throw Error($"{keyword} is not allowed in a node object");
                    case "@graph" or "@included":
                        foreach (var item in Items(property.Value))
                        {
                            if (item.ValueKind == JsonValueKind.Object)
                            {
                                Node(item, context);
                            }
                        }
                        continue;
                    case "@reverse":
                        if (property.Value.ValueKind != JsonValueKind.Object)
                        {
                            throw Error("invalid @reverse value");
                        }
                        foreach (var reverse in property.Value.EnumerateObject())
                        {
                            var (iri, def) = Predicate(reverse.Name, context);
                            if (iri is null)
                            {
                                continue;
                            }
                            foreach (var value in Values(reverse.Value, def, context))
                            {
                                if (def?.Reverse == true) { Emit(subject, iri, value); } else { Emit(value, iri, subject); }
                            }
                        }
                        continue;
                    case "@nest":
                        foreach (var nested in Items(property.Value))
                        {
                            if (nested.ValueKind == JsonValueKind.Object)
                            {
                                Properties(nested, subject, context);
                            }
                        }
                        continue;
                    case not null:
                        continue;
                }
                var (predicate, definition) = Predicate(property.Name, context);
                if (predicate is null)
                {
                    continue;
                }
                var valueContext = definition?.ScopedContext is { } scoped ? context.Process(scoped, loader) : context;
                foreach (var value in Values(property.Value, definition, valueContext))
                {
                    if (definition?.Reverse == true) { Emit(value, predicate, subject); } else { Emit(subject, predicate, value); }
                }
            }
        }

        private static (Iri? Iri, JsonLdTerm? Definition) Predicate(string key, JsonLdContext context)
        {
            var definition = context.Terms.GetValueOrDefault(key);
            var expanded = context.ExpandIri(key, vocab: true, documentRelative: false);
            // Properties that do not expand to an absolute IRI are dropped (JSON-LD 1.1 API §5.1.2, step 13.3).
            return expanded is null || expanded.StartsWith("_:", StringComparison.Ordinal) || !IriResolver.IsAbsolute(expanded)
                ? (null, definition)
                : (new Iri(expanded), definition);
        }

        private static IEnumerable<JsonElement> Items(JsonElement value) =>
            value.ValueKind == JsonValueKind.Array ? value.EnumerateArray() : [value];

        private static List<string> Strings(JsonElement value, string what)
        {
            var list = new List<string>();
            foreach (var item in Items(value))
            {
                list.Add(item.ValueKind == JsonValueKind.String ? item.GetString() ?? "" : throw Error($"invalid {what} value"));
            }
            return list;
        }

        /// <summary>The RDF terms a property value stands for, honouring the term's container and coercion.</summary>
        private List<Term> Values(JsonElement value, JsonLdTerm? definition, JsonLdContext context)
        {
            var result = new List<Term>();
            switch (definition?.Container)
            {
                case "@list":
                    if (value.ValueKind == JsonValueKind.Object && Get(value, "@list", context) is not null)
                    {
                        Value(value, definition, context, result);
                    }
                    else
                    {
                        result.Add(List(Items(value), definition, context));
                    }
                    return result;
                case "@language" when value.ValueKind == JsonValueKind.Object:
                    foreach (var entry in value.EnumerateObject())
                    {
                        foreach (var item in Items(entry.Value))
                        {
                            if (item.ValueKind == JsonValueKind.String)
                            {
                                var lang = entry.Name == "@none" || Keyword(entry.Name, context) == "@none" ? null : entry.Name;
                                result.Add(lang is null ? Literal.Plain(item.GetString() ?? "") : Literal.Lang(item.GetString() ?? "", lang));
                            }
                            else if (item.ValueKind != JsonValueKind.Null)
                            {
                                throw Error("invalid language map value");
                            }
                        }
                    }
                    return result;
                case "@index" or "@id" or "@type" when value.ValueKind == JsonValueKind.Object:
                    foreach (var entry in value.EnumerateObject())
                    {
                        foreach (var item in Items(entry.Value))
                        {
                            var before = result.Count;
                            Value(item, definition, context, result);
                            if (definition.Container == "@id" && before < result.Count && entry.Name != "@none" && item.ValueKind == JsonValueKind.Object && Get(item, "@id", context) is null)
                            {
                                throw Error("@id maps need node objects with their own @id in this reader");
                            }
                        }
                    }
                    return result;
            }
            foreach (var item in Items(value))
            {
                Value(item, definition, context, result);
            }
            return result;
        }

        private void Value(JsonElement item, JsonLdTerm? definition, JsonLdContext context, List<Term> result)
        {
            if (definition?.Type == "@json" && item.ValueKind != JsonValueKind.Null)
            {
                // JSON-LD 1.1 §4.2.2: the whole value is the literal. The raw text is kept (no JCS canonicalization).
                result.Add(Literal.Typed(item.GetRawText(), Vocabulary.Rdf.Json));
                return;
            }
            switch (item.ValueKind)
            {
                case JsonValueKind.Null:
                    return;
                case JsonValueKind.Array:
                    Enter();
                    foreach (var inner in item.EnumerateArray())
                    {
                        Value(inner, definition, context, result);
                    }
                    depth--;
                    return;
                case JsonValueKind.String:
                    var text = item.GetString() ?? "";
                    switch (definition?.Type)
                    {
                        case "@id":
                            Add(result, Resource(context.ExpandIri(text, vocab: false, documentRelative: true)));
                            return;
                        case "@vocab":
                            Add(result, Resource(context.ExpandIri(text, vocab: true, documentRelative: true)));
                            return;
                        case "@json":
                            result.Add(Literal.Typed(item.GetRawText(), Vocabulary.Rdf.Json));
                            return;
                        case { } datatype when datatype != "@none":
                            result.Add(Literal.Typed(text, new Iri(datatype)));
                            return;
                    }
                    var language = definition is { HasLanguage: true } ? definition.Language : context.Language;
                    result.Add(language is null ? Literal.Plain(text) : Literal.Lang(text, language));
                    return;
                case JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False:
                    result.Add(definition?.Type == "@json" ? Literal.Typed(item.GetRawText(), Vocabulary.Rdf.Json) : Native(item, CoercedType(definition)));
                    return;
                case JsonValueKind.Object:
                    ObjectValue(item, definition, context, result);
                    return;
            }
        }

        private static Iri? CoercedType(JsonLdTerm? definition) =>
            definition?.Type is { } t && !t.StartsWith('@') ? new Iri(t) : null;

        private void ObjectValue(JsonElement item, JsonLdTerm? definition, JsonLdContext context, List<Term> result)
        {
            if (item.TryGetProperty("@context", out _) && Get(item, "@value", context) is null && Get(item, "@list", context) is null)
            {
                Add(result, Node(item, context));
                return;
            }
            if (Get(item, "@value", context) is { } v)
            {
                var typeElement = Get(item, "@type", context);
                var type = typeElement is { ValueKind: JsonValueKind.String } te ? context.ExpandIri(te.GetString() ?? "", vocab: true, documentRelative: true) : null;
                var lang = Get(item, "@language", context) is { ValueKind: JsonValueKind.String } le ? le.GetString() : null;
                if (type == "@json")
                {
                    result.Add(Literal.Typed(v.GetRawText(), Vocabulary.Rdf.Json));
                    return;
                }
                switch (v.ValueKind)
                {
                    case JsonValueKind.Null:
                        return;
                    case JsonValueKind.String:
                        if (type is not null && lang is not null)
                        {
                            throw Error("a value object cannot have both @type and @language");
                        }
                        result.Add(type is not null ? Literal.Typed(v.GetString() ?? "", new Iri(type))
                            : lang is not null ? Literal.Lang(v.GetString() ?? "", lang)
                            : Literal.Plain(v.GetString() ?? ""));
                        return;
                    case JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False:
                        result.Add(Native(v, type is null ? null : new Iri(type)));
                        return;
                    default:
                        throw Error("invalid @value");
                }
            }
            if (Get(item, "@list", context) is { } list)
            {
                Enter();
                result.Add(List(Items(list), definition, context));
                depth--;
                return;
            }
            if (Get(item, "@set", context) is { } set)
            {
                foreach (var inner in Items(set))
                {
                    Value(inner, definition, context, result);
                }
                return;
            }
            Add(result, Node(item, context));
        }

        private Term List(IEnumerable<JsonElement> items, JsonLdTerm? definition, JsonLdContext context)
        {
            var terms = new List<Term>();
            foreach (var item in items)
            {
                if (item.ValueKind == JsonValueKind.Array)
                {
                    Enter();
                    terms.Add(List(item.EnumerateArray(), definition, context));
                    depth--;
                }
                else
                {
                    Value(item, definition, context, terms);
                }
            }
            Term head = Vocabulary.Rdf.Nil;
            for (var i = terms.Count - 1; i >= 0; i--)
            {
                var cell = BlankNode.Mint();
                Emit(cell, Vocabulary.Rdf.First, terms[i]);
                Emit(cell, Vocabulary.Rdf.Rest, head);
                head = cell;
            }
            return head;
        }

        /// <summary>JSON-LD 1.1 API §8.6 (object to RDF): native numbers and booleans to typed literals.</summary>
        private static Literal Native(JsonElement v, Iri? type)
        {
            if (v.ValueKind is JsonValueKind.True or JsonValueKind.False)
            {
                return Literal.Typed(v.ValueKind == JsonValueKind.True ? "true" : "false", type ?? Vocabulary.Xsd.Boolean);
            }
            var d = v.GetDouble();
            var isDouble = type is not null && type.Equals(Vocabulary.Xsd.Double);
            if (!isDouble && d == Math.Floor(d) && Math.Abs(d) < 1e21)
            {
                var lexical = v.TryGetInt64(out var n) ? n.ToString(CultureInfo.InvariantCulture) : d.ToString("0", CultureInfo.InvariantCulture);
                return Literal.Typed(lexical, type ?? Vocabulary.Xsd.Integer);
            }
            return Literal.Typed(d.ToString("0.0##############E0", CultureInfo.InvariantCulture), type ?? Vocabulary.Xsd.Double);
        }

        private Term? Resource(string? iri)
        {
            if (iri is null || JsonLdContext.Keywords.Contains(iri))
            {
                return null;
            }
            if (iri.StartsWith("_:", StringComparison.Ordinal))
            {
                if (!blankNodes.TryGetValue(iri, out var node))
                {
                    node = BlankNode.Mint();
                    blankNodes[iri] = node;
                }
                return node;
            }
            return new Iri(iri);
        }

        private static void Add(List<Term> result, Term? term)
        {
            if (term is not null)
            {
                result.Add(term);
            }
        }

        /// <summary>Emits a triple unless it has a relative IRI, which toRdf drops (JSON-LD 1.1 API §8.1).</summary>
        private void Emit(Term s, Iri p, Term o)
        {
            if (s is Literal)
            {
                throw Error("invalid reverse property value: a literal cannot be a subject");
            }
            if ((s is Iri si && !IriResolver.IsAbsolute(si.Value)) || (o is Iri oi && !IriResolver.IsAbsolute(oi.Value)))
            {
                return;
            }
            handler.HandleTriple(new Triple(s, p, o));
        }
    }
}
