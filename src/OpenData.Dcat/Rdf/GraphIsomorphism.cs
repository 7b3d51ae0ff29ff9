namespace OpenData.Dcat.Rdf;

/// <summary>
/// Graph isomorphism (RDF 1.1 Concepts §3.6): a bijection between blank nodes that maps one graph onto the other.
/// <list type="number">
/// <item>Ground triples (no blank nodes) must be equal as sets.</item>
/// <item>Forced pairs: a blank node that is the only one reachable from an IRI/literal (or from an already paired blank
/// node) through a given predicate and direction must map to its unique counterpart. This pairs chains and trees
/// hanging off IRIs in linear time.</item>
/// <item>The rest are coloured by iterated hashing of their neighbourhoods (colour refinement); candidate mappings are
/// verified, and ties are broken by backtracking, giving one candidate pair a fresh colour and refining again.</item>
/// </list>
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
        if (!groundA.SetEquals(b.Where(IsGround)))
        {
            return false;
        }
        var sideA = new Side(a.Where(t => !IsGround(t)).ToList());
        var sideB = new Side(b.Where(t => !IsGround(t)).ToList());
        if (sideA.Triples.Count == 0)
        {
            return sideB.Triples.Count == 0;
        }
        if (sideA.Nodes.Count != sideB.Nodes.Count)
        {
            return false;
        }
        var colourA = new long[sideA.Nodes.Count];
        var colourB = new long[sideB.Nodes.Count];
        Array.Fill(colourA, 1L);
        Array.Fill(colourB, 1L);
        SeedForcedPairs(sideA, sideB, colourA, colourB);
        return Search(sideA, sideB, colourA, colourB, b);
    }

    private static bool IsGround(Triple t) => t.Subject is not BlankNode && t.Object is not BlankNode;

    /// <summary>The blank-node part of one graph, with blank nodes numbered and their edges precomputed.</summary>
    private sealed class Side
    {
        public Side(List<Triple> triples)
        {
            Triples = triples;
            foreach (var t in triples)
            {
                Index(t.Subject);
                Index(t.Object);
            }
            Edges = Nodes.Select(_ => new List<Edge>()).ToArray();
            foreach (var t in triples)
            {
                var p = StableHash(t.Predicate.Value);
                if (t.Subject is BlankNode s)
                {
                    Edges[Ids[s]].Add(t.Object is BlankNode o ? new Edge(Mix(1, p, 0), Ids[o]) : new Edge(Mix(1, p, StableHash(t.Object.ToNTriples())), -1));
                }
                if (t.Object is BlankNode ob)
                {
                    Edges[Ids[ob]].Add(t.Subject is BlankNode sb ? new Edge(Mix(2, p, 0), Ids[sb]) : new Edge(Mix(2, p, StableHash(t.Subject.ToNTriples())), -1));
                }
            }
        }

        public List<Triple> Triples { get; }

        public List<BlankNode> Nodes { get; } = [];

        public Dictionary<BlankNode, int> Ids { get; } = [];

        /// <summary>Per blank node: (label, neighbour) where neighbour is another blank node's id, or -1 when the label already says everything.</summary>
        public List<Edge>[] Edges { get; }

        private void Index(Term term)
        {
            if (term is BlankNode b && !Ids.ContainsKey(b))
            {
                Ids[b] = Nodes.Count;
                Nodes.Add(b);
            }
        }
    }

    private readonly record struct Edge(long Label, int Other);

    /// <summary>Gives pairs that every isomorphism must contain the same unique colour on both sides.</summary>
    private static void SeedForcedPairs(Side a, Side b, long[] colourA, long[] colourB)
    {
        var mappedA = new int[a.Nodes.Count];
        var mappedB = new bool[b.Nodes.Count];
        Array.Fill(mappedA, -1);
        var queue = new Queue<(int, int)>();
        void Pair(int x, int y)
        {
            if (mappedA[x] >= 0 || mappedB[y])
            {
                return;
            }
            mappedA[x] = y;
            mappedB[y] = true;
            var colour = Mix(x + 7919L, 104729L, 3);
            colourA[x] = colour;
            colourB[y] = colour;
            queue.Enqueue((x, y));
        }

        // Anchors: blank nodes attached to a ground term through a key that only one blank node uses.
        var anchorsA = UniqueBy(Enumerable.Range(0, a.Nodes.Count).SelectMany(i => a.Edges[i].Where(e => e.Other < 0).Select(e => (e.Label, i))));
        var anchorsB = UniqueBy(Enumerable.Range(0, b.Nodes.Count).SelectMany(i => b.Edges[i].Where(e => e.Other < 0).Select(e => (e.Label, i))));
        foreach (var (label, x) in anchorsA)
        {
            if (anchorsB.TryGetValue(label, out var y))
            {
                Pair(x, y);
            }
        }
        while (queue.Count > 0)
        {
            var (x, y) = queue.Dequeue();
            var fromX = UniqueBy(a.Edges[x].Where(e => e.Other >= 0).Select(e => (e.Label, e.Other)));
            var fromY = UniqueBy(b.Edges[y].Where(e => e.Other >= 0).Select(e => (e.Label, e.Other)));
            foreach (var (label, nx) in fromX)
            {
                if (fromY.TryGetValue(label, out var ny))
                {
                    Pair(nx, ny);
                }
            }
        }
    }

    /// <summary>Keys that occur exactly once, with their value.</summary>
    private static Dictionary<long, int> UniqueBy(IEnumerable<(long Key, int Value)> items)
    {
        var result = new Dictionary<long, int>();
        var duplicate = new HashSet<long>();
        foreach (var (key, value) in items)
        {
            if (!duplicate.Contains(key) && !result.TryAdd(key, value))
            {
                result.Remove(key);
                duplicate.Add(key);
            }
        }
        return result;
    }

    private static bool Search(Side a, Side b, long[] colourA, long[] colourB, HashSet<Triple> target)
    {
        Refine(a, colourA, b, colourB);
        var classesA = Classes(colourA);
        var classesB = Classes(colourB);
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
        // Pair the members of each class in order and verify: sound, and immediate when the remaining ties are
        // interchangeable blank nodes (e.g. identical anonymous distributions).
        var mapping = new Dictionary<BlankNode, BlankNode>();
        foreach (var (colour, members) in classesA)
        {
            for (var i = 0; i < members.Count; i++)
            {
                mapping[a.Nodes[members[i]]] = b.Nodes[classesB[colour][i]];
            }
        }
        if (a.Triples.All(t => target.Contains(Map(t, mapping))))
        {
            return true;
        }
        var tie = classesA.Where(kv => kv.Value.Count > 1).OrderBy(kv => kv.Value.Count).FirstOrDefault();
        if (tie.Value is null)
        {
            return false;
        }
        if (!System.Runtime.CompilerServices.RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw new InvalidOperationException("The graphs are too symmetric to compare on this thread's stack");
        }
        var chosen = tie.Value[0];
        var fresh = Mix(tie.Key, colourA.Length, 104729L);
        foreach (var candidate in classesB[tie.Key])
        {
            var nextA = (long[])colourA.Clone();
            var nextB = (long[])colourB.Clone();
            nextA[chosen] = fresh;
            nextB[candidate] = fresh;
            if (Search(a, b, nextA, nextB, target))
            {
                return true;
            }
        }
        return false;
    }

    private static Dictionary<long, List<int>> Classes(long[] colours)
    {
        var classes = new Dictionary<long, List<int>>();
        for (var i = 0; i < colours.Length; i++)
        {
            if (!classes.TryGetValue(colours[i], out var list))
            {
                list = [];
                classes[colours[i]] = list;
            }
            list.Add(i);
        }
        return classes;
    }

    private static Triple Map(Triple t, Dictionary<BlankNode, BlankNode> mapping) =>
        new(t.Subject is BlankNode s ? mapping[s] : t.Subject, t.Predicate, t.Object is BlankNode o ? mapping[o] : t.Object);

    /// <summary>Refines both colourings in lock step until the number of classes stops growing.</summary>
    private static void Refine(Side a, long[] colourA, Side b, long[] colourB)
    {
        var classes = colourA.Distinct().Count();
        var buffer = new List<long>();
        while (true)
        {
            Step(a, colourA, buffer);
            Step(b, colourB, buffer);
            var now = colourA.Distinct().Count();
            if (now == classes)
            {
                return;
            }
            classes = now;
        }
    }

    private static void Step(Side side, long[] colour, List<long> buffer)
    {
        var next = new long[colour.Length];
        for (var i = 0; i < colour.Length; i++)
        {
            buffer.Clear();
            foreach (var e in side.Edges[i])
            {
                buffer.Add(e.Other < 0 ? e.Label : Mix(e.Label, colour[e.Other], 17));
            }
            buffer.Sort();
            var h = colour[i];
            foreach (var x in buffer)
            {
                h = Mix(h, x, 31);
            }
            next[i] = h;
        }
        Array.Copy(next, colour, colour.Length);
    }

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
