namespace OpenData.Dcat.Rdf;

/// <summary>Cuts a graph into the subject groups the streaming writers take.</summary>
public static class SubjectGroups
{
    /// <summary>
    /// One group per subject that is not a blank node referenced exactly once; such blank nodes travel with the group
    /// that references them so writers can nest them. Order follows the graph's insertion order.
    /// </summary>
    public static IEnumerable<IReadOnlyList<Triple>> Of(Graph graph)
    {
        var references = new Dictionary<BlankNode, int>();
        foreach (var t in graph.Triples)
        {
            if (t.Object is BlankNode b)
            {
                references[b] = references.GetValueOrDefault(b) + 1;
            }
        }
        bool Owned(Term t) => t is BlankNode b && references.GetValueOrDefault(b) == 1;
        var written = new HashSet<Term>();
        var subjects = graph.Subjects.ToList();
        foreach (var pass in new[] { true, false })
        {
            foreach (var subject in subjects)
            {
                // First pass: roots only. Second pass: blank nodes left over because they sit on a reference cycle.
                if (written.Contains(subject) || (pass && Owned(subject)))
                {
                    continue;
                }
                var group = new List<Triple>();
                var queue = new Queue<Term>();
                queue.Enqueue(subject);
                written.Add(subject);
                while (queue.Count > 0)
                {
                    foreach (var t in graph.Match(queue.Dequeue()))
                    {
                        group.Add(t);
                        if (Owned(t.Object) && written.Add(t.Object))
                        {
                            queue.Enqueue(t.Object);
                        }
                    }
                }
                yield return group;
            }
        }
    }

    /// <summary>Writes a whole graph with a streaming writer.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="graph">The graph to write.</param>
    /// <param name="prefixes">Prefixes to declare; by default the graph's own and the common vocabularies', limited to those the graph uses.</param>
    public static void Write(this IRdfWriter writer, Graph graph, IReadOnlyDictionary<string, string>? prefixes = null)
    {
        writer.BeginDocument(prefixes ?? UsedPrefixes(graph));
        foreach (var group in Of(graph))
        {
            writer.WriteSubjectGroup(group);
        }
        writer.EndDocument();
    }

    /// <summary>The graph's prefixes plus <see cref="Vocabulary.CommonPrefixes"/>, keeping only namespaces some IRI in the graph starts with.</summary>
    public static IReadOnlyDictionary<string, string> UsedPrefixes(Graph graph)
    {
        var candidates = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (prefix, ns) in Vocabulary.CommonPrefixes)
        {
            if (!graph.Prefixes.ContainsValue(ns))
            {
                candidates[prefix] = ns;
            }
        }
        foreach (var (prefix, ns) in graph.Prefixes)
        {
            candidates[prefix] = ns;
        }
        var used = new Dictionary<string, string>(StringComparer.Ordinal);
        var iris = new HashSet<string>(StringComparer.Ordinal);
        foreach (var t in graph.Triples)
        {
            if (t.Subject is Iri s) { iris.Add(s.Value); }
            iris.Add(t.Predicate.Value);
            if (t.Object is Iri o) { iris.Add(o.Value); }
            if (t.Object is Literal { Language: null } l && !l.Datatype.Equals(Vocabulary.Xsd.String)) { iris.Add(l.Datatype.Value); }
        }
        foreach (var (prefix, ns) in candidates)
        {
            if (ns.Length > 0 && iris.Any(i => i.StartsWith(ns, StringComparison.Ordinal)))
            {
                used[prefix] = ns;
            }
        }
        return used;
    }
}
