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
    public static void Write(this IRdfWriter writer, Graph graph, IReadOnlyDictionary<string, string>? prefixes = null)
    {
        writer.BeginDocument(prefixes ?? graph.Prefixes);
        foreach (var group in Of(graph))
        {
            writer.WriteSubjectGroup(group);
        }
        writer.EndDocument();
    }
}
