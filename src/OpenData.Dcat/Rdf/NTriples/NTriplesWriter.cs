namespace OpenData.Dcat.Rdf;

/// <summary>N-Triples writer: one triple per line with canonical escapes. Prefixes are ignored.</summary>
public sealed class NTriplesWriter(TextWriter output) : IRdfWriter
{
    public void BeginDocument(IReadOnlyDictionary<string, string> prefixes)
    {
    }

    public void WriteSubjectGroup(IReadOnlyList<Triple> triples)
    {
        foreach (var t in triples)
        {
            output.Write(t.Subject.ToNTriples());
            output.Write(' ');
            output.Write(t.Predicate.ToNTriples());
            output.Write(' ');
            output.Write(t.Object.ToNTriples());
            output.Write(" .\n");
        }
    }

    public void EndDocument() => output.Flush();
}
