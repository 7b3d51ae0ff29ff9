using System.Collections.Concurrent;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace OpenData.Search.Indexing;

/// <summary>
/// The datasets one search matches, as a bit set per segment with the search's filter and deletions applied.
/// Computed once from the cheap match-only query; facets, the total and every ranking then read the bits.
/// </summary>
internal sealed class MatchSet
{
    private readonly FixedBitSet?[] _segments;

    private MatchSet(FixedBitSet?[] segments, int total)
    {
        _segments = segments;
        Total = total;
    }

    public int Total { get; }

    /// <summary>The matching documents of the segment with this ordinal; null when none match.</summary>
    public FixedBitSet? Segment(AtomicReaderContext context) => _segments[context.Ord];

    public static MatchSet Compute(IndexSearcher searcher, Query match, BitsFilter? filter)
    {
        var leaves = searcher.IndexReader.Leaves;
        var segments = new FixedBitSet?[leaves.Count];
        var total = 0;
        var matchesAll = IsMatchAll(match);
        var counted = NeedsCounting(match);
        if (counted)
        {
            // Once for all segments: look-alike terms become plain term queries (at most 50 per syllable).
            match = searcher.Rewrite(match);
        }
        var weight = matchesAll || counted ? null : searcher.CreateNormalizedWeight(match);
        // Each sub-query's weight (its terms looked up in every segment) once per search, not once per segment.
        var weights = new ConcurrentDictionary<Query, Weight>(ReferenceEqualityComparer.Instance);
        Weight WeightOf(Query query) => weights.GetOrAdd(query, searcher.CreateNormalizedWeight);
        Parallel.ForEach(leaves, Parallelism, context =>
        {
            var reader = context.AtomicReader;
            var allowed = filter?.SegmentBits(context);
            var bits = matchesAll ? All(reader, allowed)
                : counted ? Evaluate(WeightOf, match, context, allowed)
                : Matching(weight!, context, allowed);
            var count = bits?.Cardinality ?? 0;
            if (count > 0)
            {
                segments[context.Ord] = bits;
                Interlocked.Add(ref total, count);
            }
        });
        return new MatchSet(segments, total);
    }

    /// <summary>
    /// Segments are searched on every core (as Lucene's IndexSearcher does with an executor): a single search at
    /// 1M datasets is then bounded by the largest segment, not by the sum of all of them.
    /// </summary>
    public static readonly ParallelOptions Parallelism = new() { MaxDegreeOfParallelism = Environment.ProcessorCount };

    /// <summary>The segments split into one group per core, balanced by size; each group is searched by one thread.</summary>
    public static IReadOnlyList<List<AtomicReaderContext>> Partitions(IndexSearcher searcher)
    {
        var groups = Enumerable.Range(0, Math.Max(1, Math.Min(Environment.ProcessorCount, searcher.IndexReader.Leaves.Count)))
            .Select(_ => new List<AtomicReaderContext>()).ToList();
        var sizes = new long[groups.Count];
        foreach (var context in searcher.IndexReader.Leaves.OrderByDescending(c => c.AtomicReader.MaxDoc))
        {
            var smallest = Array.IndexOf(sizes, sizes.Min());
            groups[smallest].Add(context);
            sizes[smallest] += context.AtomicReader.MaxDoc;
        }
        return groups;
    }

    /// <summary>Counts every matching document into collectors made by <paramref name="create"/> (one per thread) and returns them.</summary>
    public List<T> CollectAll<T>(IndexSearcher searcher, Func<T> create)
        where T : ICollector
    {
        var partitions = Partitions(searcher);
        var collectors = partitions.Select(_ => create()).ToList();
        Parallel.For(0, partitions.Count, Parallelism, p =>
        {
            foreach (var context in partitions[p])
            {
                if (Segment(context) is not { } bits)
                {
                    continue;
                }
                var collector = collectors[p];
                collector.SetNextReader(context);
                for (var doc = bits.NextSetBit(0); doc >= 0; doc = doc + 1 < bits.Length ? bits.NextSetBit(doc + 1) : -1)
                {
                    collector.Collect(doc);
                }
            }
        });
        return collectors;
    }

    /// <summary>The set as a filter, for rankings Lucene's own collectors do (sorts by date, name, popularity).</summary>
    public Filter AsFilter() => new SetFilter(this);

    private static FixedBitSet? Matching(Weight weight, AtomicReaderContext context, FixedBitSet? allowed)
    {
        var scorer = weight.GetScorer(context, context.AtomicReader.LiveDocs);
        if (scorer is null)
        {
            return null;
        }
        var bits = new FixedBitSet(context.AtomicReader.MaxDoc);
        for (var doc = scorer.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = scorer.NextDoc())
        {
            if (allowed is null || allowed.Get(doc))
            {
                bits.Set(doc);
            }
        }
        return bits;
    }

    /// <summary>
    /// "At least m of these n syllables" (the fuzzy fallback) as bit operations: each syllable's documents become
    /// a bit set, a per-document counter adds them up. Lucene's minimum-should-match scorer walks n disjunctions
    /// of look-alike terms in step and measured 30–170 ms per typo query at 1M datasets; this is a few ms.
    /// </summary>
    private static FixedBitSet? Evaluate(Func<Query, Weight> weightOf, Query query, AtomicReaderContext context, FixedBitSet? allowed)
    {
        if (query is not BooleanQuery boolean)
        {
            return Matching(weightOf(query), context, allowed) ?? new FixedBitSet(context.AtomicReader.MaxDoc);
        }
        if (!boolean.Clauses.Any(c => c.Occur != Occur.MUST_NOT))
        {
            // As in Lucene: no positive clause (e.g. a look-alike search that found no terms) matches nothing.
            return null;
        }
        var result = allowed is null ? null : WithoutDeleted(context.AtomicReader, allowed.Clone());
        foreach (var clause in boolean.Clauses.Where(c => c.Occur == Occur.MUST))
        {
            result = And(result, Evaluate(weightOf, clause.Query, context, allowed));
        }
        var optional = boolean.Clauses.Where(c => c.Occur == Occur.SHOULD).ToList();
        var required = boolean.Clauses.Any(c => c.Occur == Occur.MUST);
        if (optional.Count > 0 && (boolean.MinimumNumberShouldMatch > 0 || !required))
        {
            var sets = optional.Select(c => Evaluate(weightOf, c.Query, context, allowed));
            result = And(result, boolean.MinimumNumberShouldMatch > 1
                ? AtLeast(boolean.MinimumNumberShouldMatch, sets, context.AtomicReader.MaxDoc)
                : Any(sets, context.AtomicReader.MaxDoc));
        }
        foreach (var clause in boolean.Clauses.Where(c => c.Occur == Occur.MUST_NOT))
        {
            if (Evaluate(weightOf, clause.Query, context, null) is { } excluded)
            {
                result?.AndNot(excluded);
            }
        }
        return result;
    }

    private static FixedBitSet? And(FixedBitSet? left, FixedBitSet? right)
    {
        if (left is null)
        {
            return right;
        }
        if (right is not null)
        {
            left.And(right);
        }
        else
        {
            left.Clear(0, left.Length);
        }
        return left;
    }

    private static FixedBitSet Any(IEnumerable<FixedBitSet?> sets, int maxDoc)
    {
        var bits = new FixedBitSet(maxDoc);
        foreach (var set in sets)
        {
            if (set is not null)
            {
                bits.Or(set);
            }
        }
        return bits;
    }

    private static FixedBitSet AtLeast(int minimum, IEnumerable<FixedBitSet?> sets, int maxDoc)
    {
        var counts = new byte[maxDoc];
        foreach (var set in sets)
        {
            if (set is null)
            {
                continue;
            }
            var words = set.GetBits();
            for (var w = 0; w < words.Length; w++)
            {
                var word = words[w];
                while (word != 0)
                {
                    var doc = (w << 6) + System.Numerics.BitOperations.TrailingZeroCount(word);
                    counts[doc] = (byte)Math.Min(255, counts[doc] + 1);
                    word &= word - 1;
                }
            }
        }
        var bits = new FixedBitSet(maxDoc);
        for (var doc = 0; doc < maxDoc; doc++)
        {
            if (counts[doc] >= minimum)
            {
                bits.Set(doc);
            }
        }
        return bits;
    }

    /// <summary>"m of n" clauses or look-alike terms: cheaper as bit operations than through Lucene's scorers.</summary>
    private static bool NeedsCounting(Query query) =>
        query is MultiTermQuery
        || (query is BooleanQuery boolean && (boolean.MinimumNumberShouldMatch > 1 || boolean.Clauses.Any(c => NeedsCounting(c.Query))));

    /// <summary>Browsing without words: everything the filter lets through, without walking a query.</summary>
    private static FixedBitSet All(AtomicReader reader, FixedBitSet? allowed)
    {
        if (allowed is not null)
        {
            return WithoutDeleted(reader, allowed.Clone());
        }
        var bits = new FixedBitSet(reader.MaxDoc);
        bits.Set(0, reader.MaxDoc);
        return WithoutDeleted(reader, bits);
    }

    /// <summary>Clears the segment's deleted documents from <paramref name="bits"/> (a copy the caller owns).</summary>
    private static FixedBitSet WithoutDeleted(AtomicReader reader, FixedBitSet bits)
    {
        if (reader.LiveDocs is { } live)
        {
            for (var doc = 0; doc < bits.Length; doc++)
            {
                if (!live.Get(doc))
                {
                    bits.Clear(doc);
                }
            }
        }
        return bits;
    }

    private static bool IsMatchAll(Query query) =>
        query is MatchAllDocsQuery
        || (query is BooleanQuery { Clauses.Count: 1 } boolean && boolean.Clauses[0] is { Occur: Occur.MUST, Query: MatchAllDocsQuery });

    private sealed class SetFilter(MatchSet set) : Filter
    {
        // The bits already exclude deleted documents; acceptDocs adds nothing the set does not know.
        public override DocIdSet? GetDocIdSet(AtomicReaderContext context, IBits? acceptDocs) => set.Segment(context);
    }
}
