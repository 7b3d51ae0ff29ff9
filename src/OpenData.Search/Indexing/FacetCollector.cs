using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace OpenData.Search.Indexing;

/// <summary>
/// Counts facet values of every collected document from SortedSetDocValues: per segment into an ordinal-indexed
/// array, resolved to strings only for ordinals that were hit when the segment is done.
/// </summary>
internal sealed class FacetCollector(IReadOnlyList<string> facets) : ICollector
{
    private readonly Dictionary<string, int>[] _totals = facets.Select(_ => new Dictionary<string, int>(StringComparer.Ordinal)).ToArray();
    private readonly SortedSetDocValues?[] _values = new SortedSetDocValues?[facets.Count];
    private readonly int[][] _counts = new int[facets.Count][];

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        for (var f = 0; f < facets.Count; f++)
        {
            var dv = context.AtomicReader.GetSortedSetDocValues(IndexSchema.FacetField(facets[f]));
            _values[f] = dv;
            _counts[f] = dv is null ? [] : new int[(int)dv.ValueCount];
        }
    }

    public void Collect(int doc)
    {
        for (var f = 0; f < _values.Length; f++)
        {
            var dv = _values[f];
            if (dv is null)
            {
                continue;
            }
            dv.SetDocument(doc);
            long ord;
            var counts = _counts[f];
            while ((ord = dv.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
            {
                counts[ord]++;
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
        var scratch = new BytesRef();
        for (var f = 0; f < facets.Count; f++)
        {
            var dv = _values[f];
            var counts = _counts[f];
            if (dv is null || counts is null)
            {
                continue;
            }
            for (var ord = 0; ord < counts.Length; ord++)
            {
                if (counts[ord] == 0)
                {
                    continue;
                }
                dv.LookupOrd(ord, scratch);
                var key = scratch.Utf8ToString();
                _totals[f][key] = _totals[f].GetValueOrDefault(key) + counts[ord];
            }
            _values[f] = null;
        }
    }
}
