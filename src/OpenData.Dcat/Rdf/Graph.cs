namespace OpenData.Dcat.Rdf;

/// <summary>
/// A set of triples with the indexes SHACL validation and DCAT mapping need: by subject,
/// by subject+predicate and by predicate+object. Not thread-safe.
/// </summary>
public sealed class Graph : IRdfHandler
{
    // Insertion order for deterministic output: a slot list plus each triple's slot; retraction empties the slot.
    private readonly Dictionary<Triple, int> positions = [];
    private List<Triple?> order = [];
    private readonly Dictionary<Term, HashSet<Triple>> bySubject = [];
    private readonly Dictionary<(Term, Iri), HashSet<Triple>> bySubjectPredicate = [];
    private readonly Dictionary<(Iri, Term), HashSet<Triple>> byPredicateObject = [];
    private readonly Dictionary<Term, HashSet<Triple>> byObject = [];
    private int emptySlots;

    public Graph()
    {
    }

    public Graph(IEnumerable<Triple> triples)
    {
        foreach (var t in triples)
        {
            Assert(t);
        }
    }

    /// <summary>Namespace prefixes (prefix → namespace IRI) used by writers.</summary>
    public Dictionary<string, string> Prefixes { get; } = new(StringComparer.Ordinal);

    public int Count => positions.Count;

    /// <summary>Triples in insertion order.</summary>
    public IEnumerable<Triple> Triples => order.OfType<Triple>();

    public bool Contains(Triple triple) => positions.ContainsKey(triple);

    public bool Assert(Triple triple)
    {
        if (!positions.TryAdd(triple, order.Count))
        {
            return false;
        }
        order.Add(triple);
        Add(bySubject, triple.Subject, triple);
        Add(bySubjectPredicate, (triple.Subject, triple.Predicate), triple);
        Add(byPredicateObject, (triple.Predicate, triple.Object), triple);
        Add(byObject, triple.Object, triple);
        return true;
    }

    public bool Assert(Term subject, Iri predicate, Term obj) => Assert(new Triple(subject, predicate, obj));

    public bool Retract(Triple triple)
    {
        if (!positions.Remove(triple, out var slot))
        {
            return false;
        }
        order[slot] = null;
        emptySlots++;
        Remove(bySubject, triple.Subject, triple);
        Remove(bySubjectPredicate, (triple.Subject, triple.Predicate), triple);
        Remove(byPredicateObject, (triple.Predicate, triple.Object), triple);
        Remove(byObject, triple.Object, triple);
        if (emptySlots > 1024 && emptySlots > order.Count / 2)
        {
            order = [.. order.OfType<Triple>()];
            for (var i = 0; i < order.Count; i++)
            {
                positions[order[i]!] = i; // the compacted list holds no nulls
            }
            emptySlots = 0;
        }
        return true;
    }

    /// <summary>Triples matching a pattern; null is a wildcard. Lazy: materialize it before asserting or retracting.</summary>
    public IEnumerable<Triple> Match(Term? subject = null, Iri? predicate = null, Term? obj = null)
    {
        IEnumerable<Triple> candidates;
        if (subject is not null && predicate is not null)
        {
            candidates = Get(bySubjectPredicate, (subject, predicate));
        }
        else if (predicate is not null && obj is not null)
        {
            candidates = Get(byPredicateObject, (predicate, obj));
        }
        else if (subject is not null)
        {
            candidates = Get(bySubject, subject);
        }
        else if (obj is not null)
        {
            candidates = Get(byObject, obj);
        }
        else
        {
            candidates = Triples;
        }
        return candidates.Where(t =>
            (subject is null || t.Subject.Equals(subject))
            && (predicate is null || t.Predicate.Equals(predicate))
            && (obj is null || t.Object.Equals(obj)));
    }

    public IEnumerable<Term> ObjectsOf(Term subject, Iri predicate) => Match(subject, predicate).Select(t => t.Object);

    public IEnumerable<Term> SubjectsOf(Iri predicate, Term obj) => Match(null, predicate, obj).Select(t => t.Subject);

    public Term? FirstObject(Term subject, Iri predicate) => ObjectsOf(subject, predicate).FirstOrDefault();

    /// <summary>Distinct subjects in first-seen order.</summary>
    public IEnumerable<Term> Subjects => Triples.Select(t => t.Subject).Distinct();

    /// <summary>Triples grouped by subject, in first-seen order, for the streaming writers.</summary>
    public IEnumerable<IReadOnlyList<Triple>> SubjectGroups() =>
        Subjects.Select(s => (IReadOnlyList<Triple>)[.. Match(s)]);

    public BlankNode NewBlankNode() => BlankNode.Mint();

    void IRdfHandler.HandleTriple(Triple triple) => Assert(triple);

    void IRdfHandler.HandlePrefix(string prefix, string namespaceIri) => Prefixes[prefix] = namespaceIri;

    private static void Add<TKey>(Dictionary<TKey, HashSet<Triple>> index, TKey key, Triple triple)
        where TKey : notnull
    {
        if (!index.TryGetValue(key, out var set))
        {
            set = [];
            index[key] = set;
        }
        set.Add(triple);
    }

    private static void Remove<TKey>(Dictionary<TKey, HashSet<Triple>> index, TKey key, Triple triple)
        where TKey : notnull
    {
        if (index.TryGetValue(key, out var set))
        {
            set.Remove(triple);
            if (set.Count == 0)
            {
                index.Remove(key);
            }
        }
    }

    private static IEnumerable<Triple> Get<TKey>(Dictionary<TKey, HashSet<Triple>> index, TKey key)
        where TKey : notnull =>
        index.TryGetValue(key, out var set) ? set : [];
}
