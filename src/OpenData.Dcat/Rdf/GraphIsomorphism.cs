namespace OpenData.Dcat.Rdf;

/// <summary>
/// Graph isomorphism (RDF 1.1 Concepts §3.6): a bijection between blank nodes that maps one graph onto the
/// other. Blank nodes are coloured by iterated hashing of their neighbourhoods; ties are broken by
/// backtracking, giving each candidate pair a fresh colour and refining again.
/// </summary>
public static class GraphIsomorphism
{
    public static bool AreIsomorphic(Graph first, Graph second) =>
        AreIsomorphic(first.Triples.ToList(), second.Triples.ToList());

    public static bool AreIsomorphic(IReadOnlyCollection<Triple> first, IReadOnlyCollection<Triple> second)
    {
        var a = first.ToHashSet();
        var b = second.ToHashSet();
        if (a.Count != b.Count)
        {
            return false;
        }
        var groundA = a.Where(IsGround).ToHashSet();
        var groundB = b.Where(IsGround).ToHashSet();
        if (groundA.Count != groundB.Count || !groundA.SetEquals(groundB))
        {
            return false;
        }
        var restA = a.Where(t => !IsGround(t)).ToList();
        var restB = b.Where(t => !IsGround(t)).ToList();
        if (restA.Count == 0)
        {
            return true;
        }
        var nodesA = BlankNodes(restA);
        var nodesB = BlankNodes(restB);
        if (nodesA.Count != nodesB.Count)
        {
            return false;
        }
        var colourA = nodesA.ToDictionary(n => n, _ => 1L);
        var colourB = nodesB.ToDictionary(n => n, _ => 1L);
        return Search(restA, restB, colourA, colourB, b.ToHashSet());
    }

    private static bool IsGround(Triple t) => t.Subject is not BlankNode && t.Object is not BlankNode;

    private static List<BlankNode> BlankNodes(List<Triple> triples)
    {
        var set = new HashSet<BlankNode>();
        var list = new List<BlankNode>();
        foreach (var t in triples)
        {
            if (t.Subject is BlankNode s && set.Add(s)) { list.Add(s); }
            if (t.Object is BlankNode o && set.Add(o)) { list.Add(o); }
        }
        return list;
    }

    private static bool Search(
        List<Triple> a, List<Triple> b, Dictionary<BlankNode, long> colourA, Dictionary<BlankNode, long> colourB, HashSet<Triple> targetSet)
    {
        Refine(a, colourA, colourB, b);
        var classesA = colourA.GroupBy(kv => kv.Value).ToDictionary(g => g.Key, g => g.Select(kv => kv.Key).ToList());
        var classesB = colourB.GroupBy(kv => kv.Value).ToDictionary(g => g.Key, g => g.Select(kv => kv.Key).ToList());
        if (classesA.Count != classesB.Count)
        {
            return false;
        }
        foreach (var (colour, members) in classesA)
        {
            if (!classesB.TryGetValue(colour, out var other) || other.Count != members.Count)
            {
                return false;
            }
        }
        var tie = classesA.Where(kv => kv.Value.Count > 1).OrderBy(kv => kv.Value.Count).FirstOrDefault();
        if (tie.Value is null)
        {
            var mapping = colourA.ToDictionary(kv => kv.Key, kv => classesB[kv.Value][0]);
            return a.All(t => targetSet.Contains(Map(t, mapping)));
        }
        var chosen = tie.Value[0];
        var fresh = colourA.Count * 7919L + 104729L + tie.Key;
        foreach (var candidate in classesB[tie.Key])
        {
            var nextA = new Dictionary<BlankNode, long>(colourA) { [chosen] = fresh };
            var nextB = new Dictionary<BlankNode, long>(colourB) { [candidate] = fresh };
            if (Search(a, b, nextA, nextB, targetSet))
            {
                return true;
            }
        }
        return false;
    }

    private static Triple Map(Triple t, Dictionary<BlankNode, BlankNode> mapping) =>
        new(t.Subject is BlankNode s ? mapping[s] : t.Subject, t.Predicate, t.Object is BlankNode o ? mapping[o] : t.Object);

    /// <summary>Refines both colourings in lock step until the number of classes stops growing.</summary>
    private static void Refine(List<Triple> a, Dictionary<BlankNode, long> colourA, Dictionary<BlankNode, long> colourB, List<Triple> b)
    {
        var classes = colourA.Values.Distinct().Count();
        while (true)
        {
            var nextA = Step(a, colourA);
            var nextB = Step(b, colourB);
            Copy(nextA, colourA);
            Copy(nextB, colourB);
            var now = colourA.Values.Distinct().Count();
            if (now == classes)
            {
                return;
            }
            classes = now;
        }
    }

    private static void Copy(Dictionary<BlankNode, long> from, Dictionary<BlankNode, long> to)
    {
        foreach (var (k, v) in from)
        {
            to[k] = v;
        }
    }

    private static Dictionary<BlankNode, long> Step(List<Triple> triples, Dictionary<BlankNode, long> colour)
    {
        var signatures = colour.Keys.ToDictionary(k => k, _ => new List<long>());
        foreach (var t in triples)
        {
            var p = StableHash(t.Predicate.Value);
            if (t.Subject is BlankNode s)
            {
                signatures[s].Add(Mix(1, p, TermColour(t.Object, colour)));
            }
            if (t.Object is BlankNode o)
            {
                signatures[o].Add(Mix(2, p, TermColour(t.Subject, colour)));
            }
        }
        var result = new Dictionary<BlankNode, long>();
        foreach (var (node, list) in signatures)
        {
            list.Sort();
            var h = colour[node];
            foreach (var x in list)
            {
                h = Mix(h, x, 31);
            }
            result[node] = h;
        }
        return result;
    }

    private static long TermColour(Term term, Dictionary<BlankNode, long> colour) =>
        term is BlankNode bn ? Mix(colour[bn], 17, 0) : StableHash(term.ToNTriples());

    private static long StableHash(string s)
    {
        unchecked
        {
            var h = (long)1469598103934665603;
            foreach (var c in s)
            {
                h = (h ^ c) * 1099511628211;
            }
            return h;
        }
    }

    private static long Mix(long a, long b, long c)
    {
        unchecked
        {
            var h = a * 6364136223846793005L + b;
            h ^= h >>> 29;
            h = h * 1442695040888963407L + c;
            h ^= h >>> 31;
            return h;
        }
    }
}
