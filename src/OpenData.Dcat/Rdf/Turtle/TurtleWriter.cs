using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace OpenData.Dcat.Rdf;

/// <summary>
/// Turtle writer: prefixes, one block per subject with <c>;</c> and <c>,</c>, blank nodes referenced once inlined as
/// <c>[ ]</c>, well-formed lists as <c>( )</c>. Predicates and objects are sorted so output is deterministic.
/// </summary>
public sealed partial class TurtleWriter(TextWriter output) : IRdfWriter
{
    private const string Indent = "    ";

    // Chains of single-use blank nodes deeper than this are cut into separate statements (bounded recursion).
    private const int MaxNesting = 64;
    private TextWriter Output { get; } = output;
    private readonly Dictionary<BlankNode, string> labels = [];
    private List<KeyValuePair<string, string>> prefixes = [];

    [GeneratedRegex(@"^[A-Za-z0-9_]([A-Za-z0-9_\-.]*[A-Za-z0-9_\-])?$")]
    private static partial Regex SafeLocalName();

    [GeneratedRegex(@"^[A-Za-z]([A-Za-z0-9_\-.]*[A-Za-z0-9_\-])?$")]
    private static partial Regex SafePrefix();

    [GeneratedRegex(@"^[+-]?[0-9]+$")]
    private static partial Regex IntegerForm();

    [GeneratedRegex(@"^[+-]?[0-9]*\.[0-9]+$")]
    private static partial Regex DecimalForm();

    [GeneratedRegex(@"^[+-]?([0-9]+\.[0-9]*[eE][+-]?[0-9]+|\.?[0-9]+[eE][+-]?[0-9]+)$")]
    private static partial Regex DoubleForm();

    public void BeginDocument(IReadOnlyDictionary<string, string> prefixes)
    {
        this.prefixes = prefixes.Where(p => p.Key.Length == 0 || SafePrefix().IsMatch(p.Key))
            .OrderByDescending(p => p.Value.Length).ToList();
        foreach (var (prefix, ns) in prefixes.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (prefix.Length == 0 || SafePrefix().IsMatch(prefix))
            {
                Output.Write($"@prefix {prefix}: {NTriplesEscaping.Iri(ns)} .\n");
            }
        }
        if (prefixes.Count > 0)
        {
            Output.Write('\n');
        }
    }

    public void WriteSubjectGroup(IReadOnlyList<Triple> triples)
    {
        if (triples.Count == 0)
        {
            return;
        }
        var group = new Group(this, triples);
        var subject = triples[0].Subject;
        group.WriteStatement(subject);
        foreach (var other in group.BySubject.Keys.ToList())
        {
            if (!group.Consumed.Contains(other))
            {
                group.WriteStatement(other);
            }
        }
    }

    public void EndDocument() => Output.Flush();

    private sealed class Group
    {
        private readonly TurtleWriter writer;
        private readonly Dictionary<Term, int> objectCounts = [];

        public Group(TurtleWriter writer, IReadOnlyList<Triple> triples)
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

        public void WriteStatement(Term subject)
        {
            var sb = new StringBuilder();
            sb.Append(writer.Format(subject));
            sb.Append(' ');
            PredicateObjects(sb, subject, 1);
            sb.Append(" .\n\n");
            writer.Output.Write(sb.ToString());
        }

        private bool Nestable(Term o) =>
            o is BlankNode && !Consumed.Contains(o) && objectCounts.GetValueOrDefault(o) == 1 && BySubject.ContainsKey(o);

        private void PredicateObjects(StringBuilder sb, Term subject, int level)
        {
            Consumed.Add(subject);
            var byPredicate = BySubject[subject]
                .GroupBy(t => t.Predicate)
                .OrderBy(g => g.Key.Equals(Vocabulary.Rdf.Type) ? 0 : 1)
                .ThenBy(g => g.Key.Value, StringComparer.Ordinal);
            var first = true;
            foreach (var predicate in byPredicate)
            {
                if (!first)
                {
                    sb.Append(" ;\n").Append(string.Concat(Enumerable.Repeat(Indent, level)));
                }
                first = false;
                sb.Append(predicate.Key.Equals(Vocabulary.Rdf.Type) ? "a" : writer.Format(predicate.Key)).Append(' ');
                var objects = predicate.Select(t => t.Object).OrderBy(o => o.ToNTriples(), StringComparer.Ordinal).ToList();
                for (var i = 0; i < objects.Count; i++)
                {
                    if (i > 0)
                    {
                        sb.Append(", ");
                    }
                    Object(sb, objects[i], level);
                }
            }
        }

        private void Object(StringBuilder sb, Term o, int level)
        {
            if (!Nestable(o) || level > MaxNesting)
            {
                sb.Append(writer.Format(o));
                return;
            }
            if (ListItems(o) is { } items)
            {
                sb.Append('(');
                foreach (var item in items)
                {
                    sb.Append(' ');
                    Object(sb, item, level);
                }
                sb.Append(" )");
                return;
            }
            sb.Append("[\n").Append(string.Concat(Enumerable.Repeat(Indent, level + 1)));
            PredicateObjects(sb, o, level + 1);
            sb.Append('\n').Append(string.Concat(Enumerable.Repeat(Indent, level))).Append(']');
        }

        /// <summary>The items of a well-formed list starting at <paramref name="head"/> (each cell nestable, exactly one rdf:first and rdf:rest), or null.</summary>
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
                var firstTriple = ts.FirstOrDefault(t => t.Predicate.Equals(Vocabulary.Rdf.First));
                var restTriple = ts.FirstOrDefault(t => t.Predicate.Equals(Vocabulary.Rdf.Rest));
                if (firstTriple is null || restTriple is null)
                {
                    return null;
                }
                cells.Add(node);
                items.Add(firstTriple.Object);
                node = restTriple.Object;
            }
            Consumed.UnionWith(cells);
            return items;
        }
    }

    private string Format(Term term) => term switch
    {
        Iri iri when iri.Equals(Vocabulary.Rdf.Nil) => "()",
        Iri iri => FormatIri(iri.Value),
        BlankNode b => "_:" + Label(b),
        Literal l => FormatLiteral(l),
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

    private string FormatIri(string iri)
    {
        foreach (var (prefix, ns) in prefixes)
        {
            if (iri.StartsWith(ns, StringComparison.Ordinal))
            {
                var local = iri[ns.Length..];
                if (local.Length == 0 || SafeLocalName().IsMatch(local))
                {
                    return prefix + ":" + local;
                }
            }
        }
        return NTriplesEscaping.Iri(iri);
    }

    private string FormatLiteral(Literal l)
    {
        var dt = l.Datatype;
        var lex = l.LexicalForm;
        if ((dt.Equals(Vocabulary.Xsd.Integer) && IntegerForm().IsMatch(lex))
            || (dt.Equals(Vocabulary.Xsd.Decimal) && DecimalForm().IsMatch(lex))
            || (dt.Equals(Vocabulary.Xsd.Double) && DoubleForm().IsMatch(lex))
            || (dt.Equals(Vocabulary.Xsd.Boolean) && lex is "true" or "false"))
        {
            return lex;
        }
        var text = lex.Contains('\n', StringComparison.Ordinal) ? LongString(lex) : NTriplesEscaping.String(lex);
        if (l.Language is not null)
        {
            return text + "@" + l.Language;
        }
        return dt.Equals(Vocabulary.Xsd.String) ? text : text + "^^" + FormatIri(dt.Value);
    }

    /// <summary>A """long""" string so multi-line descriptions stay readable; quotes are escaped so none can close it early.</summary>
    private static string LongString(string value)
    {
        var sb = new StringBuilder("\"\"\"");
        foreach (var c in value)
        {
            switch (c)
            {
                case '\\': sb.Append("\\\\"); break;
                case '"': sb.Append("\\\""); break;
                case '\n' or '\t': sb.Append(c); break;
                case '\r': sb.Append("\\r"); break;
                default:
                    if (c < 0x20 || c == 0x7F)
                    {
                        sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        sb.Append(c);
                    }
                    break;
            }
        }
        return sb.Append("\"\"\"").ToString();
    }
}
