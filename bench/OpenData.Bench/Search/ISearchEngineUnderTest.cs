using OpenData.Search.Indexing;

namespace OpenData.Bench.Search;

/// <summary>A query of the benchmark mix, engine-neutral: box text, facet filters, sort, facets wanted.</summary>
internal sealed record BenchQuery(string Category, string Text, IReadOnlyDictionary<string, IReadOnlyList<string>> Filters, SearchSort Sort, bool WithFacets);

/// <summary>
/// An engine the search benchmark can drive. Lucene is the first; the PostgreSQL full-text comparison
/// (unaccent + simple configuration, GIN index) plugs in as a second implementation.
/// </summary>
internal interface ISearchEngineUnderTest : IAsyncDisposable
{
    string Name { get; }

    /// <summary>Builds the full index from scratch; reports progress as documents go in. False when a ready index was reused instead.</summary>
    Task<bool> BuildAsync(IAsyncEnumerable<SearchDocument> documents, long total, IProgress<long> progress, CancellationToken cancellationToken);

    /// <summary>Runs one query; returns the total hit count (to keep the work observable).</summary>
    Task<int> QueryAsync(BenchQuery query, CancellationToken cancellationToken);

    /// <summary>Writes (upserts) one document the way the portal does after an edit; the benchmark then polls until a search sees it.</summary>
    Task WriteAsync(SearchDocument document, CancellationToken cancellationToken);
}
