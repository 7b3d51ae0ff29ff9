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
        iriForms.Clear();
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
        var group = this.group ??= new Group(this);
        group.Reset(triples);
        group.WriteStatement(triples[0].Subject);
        // WriteStatement only adds to Consumed, so the subject index can be enumerated while writing.
        foreach (var other in group.BySubject.Keys)
        {
            if (!group.Consumed.Contains(other))
            {
                group.WriteStatement(other);
            }
        }
    }

    public void EndDocument() => Output.Flush();

    // Reused for every subject group: a catalogue dump writes hundreds of thousands of groups, and fresh
    // dictionaries per group were a large share of the ~90 KB allocated per dataset (docs/benchmarks/dcat.md).
    private Group? group;
    private readonly StringBuilder statement = new(1024);

    private sealed class Group(TurtleWriter writer)
    {
        private readonly Dictionary<Term, int> objectCounts = [];
        private readonly Stack<List<Triple>> spareLists = new();
        private readonly List<Term> cellsScratch = [];

        public Dictionary<Term, List<Triple>> BySubject { get; } = [];

        public HashSet<Term> Consumed { get; } = [];

        public void Reset(IReadOnlyList<Triple> triples)
        {
            foreach (var list in BySubject.Values)
            {
                list.Clear();
                spareLists.Push(list);
            }
            BySubject.Clear();
            objectCounts.Clear();
            Consumed.Clear();
            for (var i = 0; i < triples.Count; i++)
            {
                var t = triples[i];
                if (!BySubject.TryGetValue(t.Subject, out var list))
                {
                    list = spareLists.Count > 0 ? spareLists.Pop() : [];
                    BySubject[t.Subject] = list;
                }
                list.Add(t);
                if (t.Object is BlankNode)
                {
                    objectCounts[t.Object] = objectCounts.GetValueOrDefault(t.Object) + 1;
                }
            }
        }

        public void WriteStatement(Term subject)
        {
            var sb = writer.statement.Clear();
            writer.AppendTerm(sb, subject);
            sb.Append(' ');
            PredicateObjects(sb, subject, 1);
            sb.Append(" .\n\n");
            // TextWriter.Write(StringBuilder) copies the chunks: no string per statement.
            writer.Output.Write(sb);
        }

        private bool Nestable(Term o) =>
            o is BlankNode && !Consumed.Contains(o) && objectCounts.GetValueOrDefault(o) == 1 && BySubject.ContainsKey(o);

        private void PredicateObjects(StringBuilder sb, Term subject, int level)
        {
            Consumed.Add(subject);
            // One sort by (predicate, object) replaces grouping then sorting each group; the subject's list is
            // only read again by ListItems, which does not depend on order.
            var triples = BySubject[subject];
            triples.Sort(TripleOrder.Instance);
            Iri? previous = null;
            for (var i = 0; i < triples.Count; i++)
            {
                var t = triples[i];
                if (t.Predicate.Equals(previous))
                {
                    sb.Append(", ");
                }
                else
                {
                    if (previous is not null)
                    {
                        sb.Append(" ;\n");
                        AppendIndent(sb, level);
                    }
                    if (t.Predicate.Equals(Vocabulary.Rdf.Type))
                    {
                        sb.Append('a');
                    }
                    else
                    {
                        writer.AppendCachedIri(sb, t.Predicate);
                    }
                    sb.Append(' ');
                    previous = t.Predicate;
                }
                Object(sb, t.Object, level, t.Predicate.Equals(Vocabulary.Rdf.Type));
            }
        }

        private void Object(StringBuilder sb, Term o, int level, bool isClass = false)
        {
            if (!Nestable(o) || level > MaxNesting)
            {
                if (isClass && o is Iri cls && !cls.Equals(Vocabulary.Rdf.Nil))
                {
                    writer.AppendCachedIri(sb, cls);
                }
                else
                {
                    writer.AppendTerm(sb, o);
                }
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
            sb.Append("[\n");
            AppendIndent(sb, level + 1);
            PredicateObjects(sb, o, level + 1);
            sb.Append('\n');
            AppendIndent(sb, level);
            sb.Append(']');
        }

        private static void AppendIndent(StringBuilder sb, int level)
        {
            for (var i = 0; i < level; i++)
            {
                sb.Append(Indent);
            }
        }

        /// <summary>The items of a well-formed list starting at <paramref name="head"/> (each cell nestable, exactly one rdf:first and rdf:rest), or null.</summary>
        private List<Term>? ListItems(Term head)
        {
            if (!BySubject.TryGetValue(head, out var headTriples) || headTriples.Count != 2)
            {
                // The common case (a nested [ ] with other predicates) decides without allocating.
                return null;
            }
            var items = new List<Term>();
            var cells = cellsScratch;
            cells.Clear();
            var node = head;
            while (!node.Equals(Vocabulary.Rdf.Nil))
            {
                if (!Nestable(node) || cells.Contains(node) || BySubject[node] is not { Count: 2 } ts)
                {
                    return null;
                }
                Triple? firstTriple = null;
                Triple? restTriple = null;
                foreach (var t in ts)
                {
                    if (firstTriple is null && t.Predicate.Equals(Vocabulary.Rdf.First))
                    {
                        firstTriple = t;
                    }
                    else if (restTriple is null && t.Predicate.Equals(Vocabulary.Rdf.Rest))
                    {
                        restTriple = t;
                    }
                }
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

    /// <summary>
    /// rdf:type first, then predicates by IRI, then objects by kind (literals, IRIs, blank nodes — the order their
    /// N-Triples forms start with) and value. Ordinal comparisons of the raw values replace building N-Triples sort
    /// keys; the order is total, so output stays deterministic.
    /// </summary>
    private sealed class TripleOrder : IComparer<Triple>
    {
        public static readonly TripleOrder Instance = new();

        public int Compare(Triple? x, Triple? y)
        {
            if (ReferenceEquals(x, y) || x is null || y is null)
            {
                return ReferenceEquals(x, y) ? 0 : x is null ? -1 : 1;
            }
            if (!ReferenceEquals(x.Predicate, y.Predicate))
            {
                var xType = x.Predicate.Equals(Vocabulary.Rdf.Type);
                var yType = y.Predicate.Equals(Vocabulary.Rdf.Type);
                if (xType != yType)
                {
                    return xType ? -1 : 1;
                }
                var byPredicate = string.CompareOrdinal(x.Predicate.Value, y.Predicate.Value);
                if (byPredicate != 0)
                {
                    return byPredicate;
                }
            }
            return CompareTerms(x.Object, y.Object);
        }

        private static int Kind(Term t) => t switch { Literal => 0, Iri => 1, _ => 2 };

        private static int CompareTerms(Term a, Term b)
        {
            var byKind = Kind(a) - Kind(b);
            if (byKind != 0)
            {
                return byKind;
            }
            switch (a, b)
            {
                case (Iri x, Iri y):
                    return string.CompareOrdinal(x.Value, y.Value);
                case (BlankNode x, BlankNode y):
                    return string.CompareOrdinal(x.Label, y.Label);
                case (Literal x, Literal y):
                    var c = string.CompareOrdinal(x.LexicalForm, y.LexicalForm);
                    if (c != 0)
                    {
                        return c;
                    }
                    c = string.CompareOrdinal(x.Datatype.Value, y.Datatype.Value);
                    return c != 0 ? c : string.CompareOrdinal(x.Language, y.Language);
                default:
                    return 0;
            }
        }
    }

    private void AppendTerm(StringBuilder sb, Term term)
    {
        switch (term)
        {
            case Iri iri when iri.Equals(Vocabulary.Rdf.Nil): sb.Append("()"); break;
            case Iri iri: AppendIri(sb, iri.Value); break;
            case BlankNode b: sb.Append("_:").Append(Label(b)); break;
            case Literal l: AppendLiteral(sb, l); break;
            default: throw new ArgumentOutOfRangeException(nameof(term));
        }
    }

    private string Label(BlankNode b)
    {
        if (!labels.TryGetValue(b, out var label))
        {
            label = "b" + (labels.Count + 1).ToString(CultureInfo.InvariantCulture);
            labels[b] = label;
        }
        return label;
    }

    // Predicates, classes and datatypes are a few hundred distinct IRIs in a whole catalogue; their prefixed forms are
    // cached. Subject and object IRIs are mostly unique, so they are not (the cache would grow with the catalogue).
    private const int MaxCachedIris = 4096;
    private readonly Dictionary<string, string> iriForms = new(StringComparer.Ordinal);

    private void AppendCachedIri(StringBuilder sb, Iri iri)
    {
        if (!iriForms.TryGetValue(iri.Value, out var form))
        {
            var scratch = new StringBuilder();
            AppendIri(scratch, iri.Value);
            form = scratch.ToString();
            if (iriForms.Count < MaxCachedIris)
            {
                iriForms[iri.Value] = form;
            }
        }
        sb.Append(form);
    }

    private void AppendIri(StringBuilder sb, string iri)
    {
        foreach (var (prefix, ns) in prefixes)
        {
            if (iri.StartsWith(ns, StringComparison.Ordinal) && IsSafeLocalName(iri.AsSpan(ns.Length)))
            {
                sb.Append(prefix).Append(':').Append(iri, ns.Length, iri.Length - ns.Length);
                return;
            }
        }
        NTriplesEscaping.AppendIri(sb, iri);
    }

    /// <summary>A conservative PN_LOCAL: <c>[A-Za-z0-9_]([A-Za-z0-9_\-.]*[A-Za-z0-9_\-])?</c> or empty (hand-written: it runs per IRI).</summary>
    private static bool IsSafeLocalName(ReadOnlySpan<char> local)
    {
        if (local.IsEmpty)
        {
            return true;
        }
        if (!char.IsAsciiLetterOrDigit(local[0]) && local[0] != '_')
        {
            return false;
        }
        for (var i = 1; i < local.Length; i++)
        {
            var c = local[i];
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('_' or '-' or '.'))
            {
                return false;
            }
        }
        return local[^1] != '.';
    }

    private void AppendLiteral(StringBuilder sb, Literal l)
    {
        var dt = l.Datatype;
        var lex = l.LexicalForm;
        if (l.Language is null && !ReferenceEquals(dt, Vocabulary.Xsd.String) && !dt.Equals(Vocabulary.Xsd.String)
            && ((dt.Equals(Vocabulary.Xsd.Integer) && IntegerForm().IsMatch(lex))
                || (dt.Equals(Vocabulary.Xsd.Decimal) && DecimalForm().IsMatch(lex))
                || (dt.Equals(Vocabulary.Xsd.Double) && DoubleForm().IsMatch(lex))
                || (dt.Equals(Vocabulary.Xsd.Boolean) && lex is "true" or "false")))
        {
            sb.Append(lex);
            return;
        }
        if (lex.Contains('\n', StringComparison.Ordinal))
        {
            AppendLongString(sb, lex);
        }
        else
        {
            NTriplesEscaping.AppendString(sb, lex);
        }
        if (l.Language is not null)
        {
            sb.Append('@').Append(l.Language);
        }
        else if (!dt.Equals(Vocabulary.Xsd.String))
        {
            sb.Append("^^");
            AppendCachedIri(sb, dt);
        }
    }

    /// <summary>A """long""" string so multi-line descriptions stay readable; quotes are escaped so none can close it early.</summary>
    private static void AppendLongString(StringBuilder sb, string value)
    {
        sb.Append("\"\"\"");
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
        sb.Append("\"\"\"");
    }
}
