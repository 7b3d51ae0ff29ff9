using System.Text;

namespace OpenData.Dcat.Rdf;

/// <summary>N-Triples writer: one triple per line with canonical escapes. Prefixes are ignored.</summary>
public sealed class NTriplesWriter(TextWriter output) : IRdfWriter
{
    // Predicates are a few hundred distinct IRIs in a whole catalogue, so their escaped forms are cached (bounded:
    // subjects and objects are mostly unique and are not cached).
    private const int MaxCachedPredicates = 4096;
    private readonly Dictionary<string, string> predicates = new(StringComparer.Ordinal);

    // One line buffer reused for every triple: TextWriter.Write(StringBuilder) copies its chunks, so a triple costs
    // no intermediate strings (docs/benchmarks/dcat.md).
    private readonly StringBuilder line = new(256);

    public void BeginDocument(IReadOnlyDictionary<string, string> prefixes)
    {
    }

    public void WriteSubjectGroup(IReadOnlyList<Triple> triples)
    {
        for (var i = 0; i < triples.Count; i++)
        {
            var t = triples[i];
            var sb = line.Clear();
            AppendTerm(sb, t.Subject).Append(' ');
            if (!predicates.TryGetValue(t.Predicate.Value, out var predicate))
            {
                predicate = NTriplesEscaping.Iri(t.Predicate.Value);
                if (predicates.Count < MaxCachedPredicates)
                {
                    predicates[t.Predicate.Value] = predicate;
                }
            }
            sb.Append(predicate).Append(' ');
            AppendTerm(sb, t.Object).Append(" .\n");
            output.Write(sb);
        }
    }

    public void EndDocument() => output.Flush();

    /// <summary>The same text as <see cref="Term.ToNTriples"/>, appended.</summary>
    private static StringBuilder AppendTerm(StringBuilder sb, Term term)
    {
        switch (term)
        {
            case Iri iri:
                return NTriplesEscaping.AppendIri(sb, iri.Value);
            case BlankNode b:
                return sb.Append("_:").Append(b.Label);
            case Literal l:
                NTriplesEscaping.AppendString(sb, l.LexicalForm);
                if (l.Language is not null)
                {
                    return sb.Append('@').Append(l.Language);
                }
                return l.Datatype.Equals(Vocabulary.Xsd.String) ? sb : NTriplesEscaping.AppendIri(sb.Append("^^"), l.Datatype.Value);
            default:
                throw new ArgumentOutOfRangeException(nameof(term));
        }
    }
}
