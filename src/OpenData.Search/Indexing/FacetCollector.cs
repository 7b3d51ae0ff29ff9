using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace OpenData.Search.Indexing;

/// <summary>
/// Counts facet values of every collected document from the SortedSet doc values: per segment into an
/// ordinal-indexed array. Each segment's doc → ordinals lists and ordinal → (facet, value) labels are unpacked
/// once into plain arrays and cached with the segment core (≈ 40 MB per million datasets), so counting is a tight
/// array loop: all seven facets add ≈ 0.7 ms CPU per query at 100k datasets.
/// </summary>
internal sealed class FacetCollector(IReadOnlyList<string> facets) : ICollector
{
    private static readonly ConditionalWeakTable<object, SegmentLabels> LabelCache = [];
    private readonly Dictionary<string, int>[] _totals = facets.Select(_ => new Dictionary<string, int>(StringComparer.Ordinal)).ToArray();
    private SegmentLabels? _labels;
    private int[] _counts = [];

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        var reader = context.AtomicReader;
        if (reader.GetSortedSetDocValues(IndexSchema.Facets) is not { } values)
        {
            return;
        }
        _labels = LabelCache.GetValue(reader.CoreCacheKey, _ => SegmentLabels.Read(values, reader.MaxDoc));
        _counts = new int[_labels.Values.Length];
    }

    public void Collect(int doc)
    {
        var labels = _labels;
        if (labels is null)
        {
            return;
        }
        var ords = labels.Ords;
        var counts = _counts;
        for (int i = labels.Start[doc], end = labels.Start[doc + 1]; i < end; i++)
        {
            counts[ords[i]]++;
        }
    }

    /// <summary>Adds the counts of collectors that counted other segments of the same search.</summary>
    public void Add(IEnumerable<FacetCollector> others)
    {
        Flush();
        foreach (var other in others)
        {
            other.Flush();
            for (var f = 0; f < facets.Count; f++)
            {
                foreach (var (value, count) in other._totals[f])
                {
                    _totals[f][value] = _totals[f].GetValueOrDefault(value) + count;
                }
            }
        }
    }

    public IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Result(int limit)
    {
        Flush();
        var result = new Dictionary<string, IReadOnlyList<FacetCount>>(StringComparer.Ordinal);
        for (var f = 0; f < facets.Count; f++)
        {
            result[facets[f]] = _totals[f]
                .OrderByDescending(kv => kv.Value)
                .ThenBy(kv => kv.Key, StringComparer.Ordinal)
                .Take(limit)
                .Select(kv => new FacetCount(kv.Key, kv.Value))
                .ToList();
        }
        return result;
    }

    private void Flush()
    {
        if (_labels is null)
        {
            return;
        }
        var facetIndex = new int[_labels.Facets.Length];
        for (var i = 0; i < facetIndex.Length; i++)
        {
            facetIndex[i] = IndexOf(_labels.Facets[i]);
        }
        for (var ord = 0; ord < _counts.Length; ord++)
        {
            var count = _counts[ord];
            var f = count == 0 ? -1 : facetIndex[ord];
            if (f < 0)
            {
                continue;
            }
            var totals = _totals[f];
            var value = _labels.Values[ord];
            totals[value] = totals.GetValueOrDefault(value) + count;
        }
        _labels = null;
    }

    private int IndexOf(string facet)
    {
        for (var i = 0; i < facets.Count; i++)
        {
            if (string.Equals(facets[i], facet, StringComparison.Ordinal))
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>The (facet, value) behind each ordinal of one segment, and each document's ordinals (Ords[Start[doc]..Start[doc + 1]]).</summary>
    private sealed record SegmentLabels(string[] Facets, string[] Values, int[] Start, int[] Ords)
    {
        public static SegmentLabels Read(SortedSetDocValues dv, int maxDoc)
        {
            var start = new int[maxDoc + 1];
            var ords = new List<int>(maxDoc * 8);
            for (var doc = 0; doc < maxDoc; doc++)
            {
                start[doc] = ords.Count;
                dv.SetDocument(doc);
                long ord;
                while ((ord = dv.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
                {
                    ords.Add((int)ord);
                }
            }
            start[maxDoc] = ords.Count;
            var n = (int)dv.ValueCount;
            var facets = new string[n];
            var values = new string[n];
            var scratch = new BytesRef();
            for (var ord = 0; ord < n; ord++)
            {
                dv.LookupOrd(ord, scratch);
                var text = scratch.Utf8ToString();
                var separator = text.IndexOf(IndexSchema.FacetSeparator, StringComparison.Ordinal);
                facets[ord] = string.Intern(text[..Math.Max(0, separator)]);
                values[ord] = text[(separator + 1)..];
            }
            return new SegmentLabels(facets, values, start, [.. ords]);
        }
    }
}
