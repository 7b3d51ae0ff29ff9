using System.Globalization;
using System.Xml;

namespace OpenData.Dcat.Rdf;

/// <summary>
/// RDF/XML writer built on <see cref="XmlWriter"/> (escaping and well-formedness). One node element per subject:
/// a typed node when the first rdf:type has a declared prefix, else rdf:Description; blank nodes use rdf:nodeID.
/// Predicates outside the declared namespaces get a local namespace declaration.
/// </summary>
public sealed class RdfXmlWriter(TextWriter output) : IRdfWriter
{
    private const string RdfNs = Vocabulary.Rdf.Namespace;
    private readonly Dictionary<BlankNode, string> labels = [];

    // Labels are numbered from a counter, not labels.Count, because labels are forgotten (see WriteSubjectGroup).
    private int labelCount;
    private XmlWriter? xml;
    private Dictionary<string, string> prefixByNamespace = [];

    public void BeginDocument(IReadOnlyDictionary<string, string> prefixes)
    {
        xml = XmlWriter.Create(output, new XmlWriterSettings
        {
            Indent = true,
            IndentChars = "  ",
            NewLineHandling = NewLineHandling.Entitize,
            CloseOutput = false,
            // The declaration is written by hand without an encoding: the TextWriter, not us, decides the bytes.
            OmitXmlDeclaration = true,
        });
        output.Write("<?xml version=\"1.0\"?>\n");
        xml.WriteStartElement("rdf", "RDF", RdfNs);
        prefixByNamespace = [];
        foreach (var (prefix, ns) in prefixes.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (prefix.Length == 0 || prefix == "rdf" || prefix.StartsWith("xml", StringComparison.OrdinalIgnoreCase) || !IsNcName(prefix) || prefixByNamespace.ContainsKey(ns))
            {
                continue;
            }
            xml.WriteAttributeString("xmlns", prefix, null, ns);
            prefixByNamespace[ns] = prefix;
        }
        prefixByNamespace[RdfNs] = "rdf";
    }

    public void WriteSubjectGroup(IReadOnlyList<Triple> triples)
    {
        var w = xml ?? throw new InvalidOperationException("BeginDocument was not called");
        if (triples.Count == 0)
        {
            return;
        }
        var group = new Group(triples);
        WriteNode(w, group, triples[0].Subject, withId: true, level: 0);
        foreach (var other in group.BySubject.Keys.ToList())
        {
            if (!group.Consumed.Contains(other))
            {
                WriteNode(w, group, other, withId: true, level: 0);
            }
        }
        // A blank node whose triples ride in another subject's group is referenced only inside that group
        // (the IRdfWriter contract, README "Writing"), so its label can never be needed again. Forgetting it keeps
        // memory flat for a whole-catalogue dump (was ~4 labels per dataset kept to the end of the document).
        var head = triples[0].Subject;
        foreach (var other in group.BySubject.Keys)
        {
            if (other is BlankNode b && !other.Equals(head))
            {
                labels.Remove(b);
            }
        }
    }

    // Chains of single-use blank nodes deeper than this use rdf:nodeID instead of nesting (bounded recursion).
    private const int MaxNesting = 64;

    /// <summary>One subject group; blank nodes referenced once inside it are written as nested node elements.</summary>
    private sealed class Group
    {
        private readonly Dictionary<Term, int> objectCounts = [];

        public Group(IReadOnlyList<Triple> triples)
        {
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

        public bool Nestable(Term o) =>
            o is BlankNode && !Consumed.Contains(o) && objectCounts.GetValueOrDefault(o) == 1 && BySubject.ContainsKey(o);
    }

    private void WriteNode(XmlWriter w, Group group, Term subject, bool withId, int level)
    {
        group.Consumed.Add(subject);
        var list = new List<Triple>(group.BySubject.GetValueOrDefault(subject) ?? []);
        var typed = list.FirstOrDefault(t => t.Predicate.Equals(Vocabulary.Rdf.Type) && t.Object is Iri type && Split(type.Value) is { } s && prefixByNamespace.ContainsKey(s.Namespace));
        if (typed is not null)
        {
            var (ns, local) = Split(((Iri)typed.Object).Value) ?? default;
            w.WriteStartElement(prefixByNamespace[ns], local, ns);
            list.Remove(typed);
        }
        else
        {
            w.WriteStartElement("rdf", "Description", RdfNs);
        }
        if (withId)
        {
            switch (subject)
            {
                case Iri iri: w.WriteAttributeString("rdf", "about", RdfNs, iri.Value); break;
                case BlankNode b: w.WriteAttributeString("rdf", "nodeID", RdfNs, Label(b)); break;
            }
        }
        foreach (var t in list)
        {
            if (group.Nestable(t.Object) && level < MaxNesting)
            {
                var (ns, local) = Split(t.Predicate.Value)
                    ?? throw new InvalidOperationException($"Predicate <{t.Predicate.Value}> cannot be written as an XML name in RDF/XML");
                w.WriteStartElement(prefixByNamespace.GetValueOrDefault(ns, "ns0"), local, ns);
                WriteNode(w, group, t.Object, withId: false, level + 1);
                w.WriteEndElement();
            }
            else
            {
                Property(w, t);
            }
        }
        w.WriteEndElement();
    }

    public void EndDocument()
    {
        var w = xml ?? throw new InvalidOperationException("BeginDocument was not called");
        w.WriteEndElement();
        w.Flush();
        output.Write('\n');
        w.Dispose();
        xml = null;
        labels.Clear();
    }

    private void Property(XmlWriter w, Triple t)
    {
        var (ns, local) = Split(t.Predicate.Value)
            ?? throw new InvalidOperationException($"Predicate <{t.Predicate.Value}> cannot be written as an XML name in RDF/XML");
        w.WriteStartElement(prefixByNamespace.GetValueOrDefault(ns, "ns0"), local, ns);
        switch (t.Object)
        {
            case Iri iri:
                w.WriteAttributeString("rdf", "resource", RdfNs, iri.Value);
                break;
            case BlankNode b:
                w.WriteAttributeString("rdf", "nodeID", RdfNs, Label(b));
                break;
            case Literal l:
                if (l.Language is not null)
                {
                    w.WriteAttributeString("xml", "lang", null, l.Language);
                }
                else if (!l.Datatype.Equals(Vocabulary.Xsd.String))
                {
                    w.WriteAttributeString("rdf", "datatype", RdfNs, l.Datatype.Value);
                }
                try
                {
                    w.WriteString(l.LexicalForm);
                }
                catch (ArgumentException e)
                {
                    throw new InvalidOperationException("The literal contains characters XML 1.0 cannot represent", e);
                }
                break;
        }
        w.WriteEndElement();
    }

    private string Label(BlankNode b)
    {
        if (!labels.TryGetValue(b, out var label))
        {
            label = "b" + (++labelCount).ToString(CultureInfo.InvariantCulture);
            labels[b] = label;
        }
        return label;
    }

    /// <summary>Splits an IRI into a namespace and the longest NCName suffix (RDF/XML §2.3 property names).</summary>
    public static (string Namespace, string Local)? Split(string iri)
    {
        var start = iri.Length;
        while (start > 0 && XmlConvert.IsNCNameChar(iri[start - 1]))
        {
            start--;
        }
        while (start < iri.Length && !XmlConvert.IsStartNCNameChar(iri[start]))
        {
            start++;
        }
        if (start >= iri.Length || start == 0)
        {
            return null;
        }
        return (iri[..start], iri[start..]);
    }

    private static bool IsNcName(string s)
    {
        try
        {
            XmlConvert.VerifyNCName(s);
            return true;
        }
        catch (XmlException)
        {
            return false;
        }
    }
}
