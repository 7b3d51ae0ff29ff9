using OpenData.Search.Indexing;

namespace OpenData.Bench.Search;

/// <summary>The production <see cref="CatalogIndex"/> on disk.</summary>
internal sealed class LuceneEngine(string folder, bool reuseReadyIndex = false) : ISearchEngineUnderTest
{
    private static readonly string[] AllFacets = [.. FacetFields.All];
    private CatalogIndex? _index;

    public string Name => "lucene";

    private CatalogIndex Index => _index ?? throw new InvalidOperationException("Build first.");

    public async Task<bool> BuildAsync(IAsyncEnumerable<SearchDocument> documents, long total, IProgress<long> progress, CancellationToken cancellationToken)
    {
        _index = CatalogIndex.Open(folder);
        if (reuseReadyIndex && _index.Status == IndexStatus.Ready && _index.DocumentCount > 0)
        {
            return false;
        }
        await _index.RebuildAsync(documents, total, new Progress(progress), cancellationToken);
        return true;
    }

    public Task<int> QueryAsync(BenchQuery query, CancellationToken cancellationToken)
    {
        var results = Index.Search(new SearchRequest
        {
            Query = query.Text,
            Filters = query.Filters,
            Sort = query.Sort,
            Limit = 20,
            FacetFields = query.WithFacets ? AllFacets : [],
            Viewer = ViewerScope.Anonymous,
        });
        return Task.FromResult(results.Total);
    }

    public Task WriteAsync(SearchDocument document, CancellationToken cancellationToken)
    {
        Index.Upsert(document);
        return Task.CompletedTask;
    }

    public ValueTask DisposeAsync()
    {
        _index?.Dispose();
        return ValueTask.CompletedTask;
    }

    private sealed class Progress(IProgress<long> inner) : IProgress<RebuildProgress>
    {
        public void Report(RebuildProgress value) => inner.Report(value.Count);
    }
}
