using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace OpenData.Search.Indexing;

/// <summary>
/// The best hits by relevance (score, then dataset id) among a <see cref="MatchSet"/>, without scoring every match.
/// The scoring query is a sum of leaf queries (term and phrase clauses under coord-free boolean queries), so each
/// leaf has an upper bound: its BM25 weight times (k1 + 1). Leaves are ordered by bound; once the top-k is full,
/// a match is only scored further while the bounds of the leaves not yet read can still lift it above the k-th
/// best (the MaxScore method of Turtle and Flood, 1995). Most matches of a broad query (every dataset whose
/// description mentions "số liệu") then cost a few comparisons: only datasets that have the words in their title
/// or as a multi-syllable word can reach the first page. Scores equal Lucene's for the same query, so the ranking
/// is exactly what a full scoring pass produces (tests compare both).
/// </summary>
internal static class TopScoreRanker
{
    /// <summary>
    /// The first <paramref name="size"/> hits by (score descending, id ascending) that come after
    /// <paramref name="after"/>; each a <see cref="FieldDoc"/> with fields [score, id] like Lucene's sort by score then id.
    /// Null when the query is not a plain sum of leaves (the caller then lets Lucene score every match).
    /// </summary>
    public static FieldDoc[]? Top(IndexSearcher searcher, Query scoring, MatchSet matches, int size, FieldDoc? after)
    {
        var leaves = new List<Query>();
        if (!Flatten(searcher.Rewrite(scoring), 1f, leaves) || searcher.Similarity is not BM25Similarity bm25)
        {
            return null;
        }
        var weights = leaves.Select(searcher.CreateNormalizedWeight).ToList();
        // BM25: score = weight · freq·(k1 + 1) / (freq + k1·(1 − b + b·length/avgLength)) < weight · (k1 + 1).
        var bounds = weights.Select(w => (float)Math.Sqrt(w.GetValueForNormalization()) * (bm25.K1 + 1f) * 1.0001f).ToArray();
        var order = Enumerable.Range(0, weights.Count).OrderBy(i => bounds[i]).ToArray();
        var sortedWeights = order.Select(i => weights[i]).ToArray();
        var prefix = new float[order.Length];
        var sum = 0f;
        for (var i = 0; i < order.Length; i++)
        {
            sum += bounds[order[i]];
            prefix[i] = sum;
        }

        // One top list per group of segments, each on its own core; the merged lists give the same first hits.
        var partitions = MatchSet.Partitions(searcher);
        var tops = new FieldDoc[partitions.Count][];
        Parallel.For(0, partitions.Count, MatchSet.Parallelism, p =>
            tops[p] = Rank(partitions[p], sortedWeights, prefix, matches, size, after));
        return [.. tops.SelectMany(t => t)
            .OrderByDescending(d => d.Score)
            .ThenBy(d => (BytesRef)d.Fields[1], BytesRef.UTF8SortedAsUnicodeComparer)
            .Take(size)];
    }

    private static FieldDoc[] Rank(List<AtomicReaderContext> segments, Weight[] sortedWeights, float[] prefix, MatchSet matches, int size, FieldDoc? after)
    {
        var afterScore = after is null ? float.NaN : after.Score;
        var afterId = after?.Fields[1] as BytesRef;
        var top = new TopHits(size);
        var scorers = new Scorer?[sortedWeights.Length];
        var scratch = new BytesRef();
        foreach (var context in segments)
        {
            if (matches.Segment(context) is not { } bits)
            {
                continue;
            }
            for (var i = 0; i < scorers.Length; i++)
            {
                scorers[i] = sortedWeights[i].GetScorer(context, null);
            }
            var ids = context.AtomicReader.GetSortedDocValues(IndexSchema.Id);
            for (var doc = bits.NextSetBit(0); doc >= 0; doc = doc + 1 < bits.Length ? bits.NextSetBit(doc + 1) : -1)
            {
                var threshold = top.Threshold;
                var score = 0f;
                var skipped = false;
                // Highest bounds first; stop as soon as what is left cannot reach the threshold.
                for (var i = scorers.Length - 1; i >= 0; i--)
                {
                    if (score + prefix[i] < threshold)
                    {
                        skipped = true;
                        break;
                    }
                    var scorer = scorers[i];
                    if (scorer is null)
                    {
                        continue;
                    }
                    if (scorer.DocID < doc)
                    {
                        scorer.Advance(doc);
                    }
                    if (scorer.DocID == doc)
                    {
                        score += scorer.GetScore();
                    }
                }
                if (skipped || score < threshold)
                {
                    continue;
                }
                ids.Get(doc, scratch);
                if (after is not null && !(score < afterScore || (score == afterScore && afterId is not null && scratch.CompareTo(afterId) > 0)))
                {
                    continue;
                }
                top.Offer(score, scratch, context.DocBase + doc);
            }
        }
        return top.Sorted();
    }

    /// <summary>Collects the scoring leaves of a coord-free boolean tree with their effective boosts.</summary>
    private static bool Flatten(Query query, float boost, List<Query> leaves)
    {
        switch (query)
        {
            case BooleanQuery boolean:
                if (!boolean.CoordDisabled && boolean.Clauses.Count(c => !c.IsProhibited) > 1)
                {
                    return false;
                }
                foreach (var clause in boolean.Clauses)
                {
                    if (!clause.IsProhibited && !Flatten(clause.Query, boost * boolean.Boost, leaves))
                    {
                        return false;
                    }
                }
                return true;
            case TermQuery or PhraseQuery or MatchAllDocsQuery:
                var leaf = (Query)query.Clone();
                leaf.Boost = query.Boost * boost;
                leaves.Add(leaf);
                return true;
            default:
                return false;
        }
    }

    /// <summary>The k best (score, id) pairs seen: a min-heap with the weakest on top.</summary>
    private sealed class TopHits(int size)
    {
        private readonly PriorityQueue<Hit, Hit> _heap = new(size + 1, WeakestFirst.Instance);

        /// <summary>The score a hit must reach (ties then go by id); below every score until the list is full.</summary>
        public float Threshold => _heap.Count < size ? float.NegativeInfinity : _heap.Peek().Score;

        public void Offer(float score, BytesRef id, int doc)
        {
            if (_heap.Count < size)
            {
                var hit = new Hit(score, BytesRef.DeepCopyOf(id), doc);
                _heap.Enqueue(hit, hit);
                return;
            }
            var weakest = _heap.Peek();
            if (score > weakest.Score || (score == weakest.Score && id.CompareTo(weakest.Id) < 0))
            {
                var hit = new Hit(score, BytesRef.DeepCopyOf(id), doc);
                _heap.DequeueEnqueue(hit, hit);
            }
        }

        public FieldDoc[] Sorted()
        {
            var hits = new List<Hit>(_heap.Count);
            while (_heap.TryDequeue(out var hit, out _))
            {
                hits.Add(hit);
            }
            hits.Reverse();
            return [.. hits.Select(h => new FieldDoc(h.Doc, h.Score, [J2N.Numerics.Single.GetInstance(h.Score), h.Id]))];
        }
    }

    private sealed record Hit(float Score, BytesRef Id, int Doc);

    private sealed class WeakestFirst : IComparer<Hit>
    {
        public static readonly WeakestFirst Instance = new();

        public int Compare(Hit? x, Hit? y)
        {
            if (ReferenceEquals(x, y) || x is null || y is null)
            {
                return 0;
            }
            var byScore = x.Score.CompareTo(y.Score);
            // Equal scores: the larger id sorts later, so it is the weaker one.
            return byScore != 0 ? byScore : y.Id.CompareTo(x.Id);
        }
    }
}
