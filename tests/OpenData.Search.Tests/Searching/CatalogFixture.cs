using OpenData.Search.Indexing;

namespace OpenData.Search.Tests.Searching;

/// <summary>The sample catalogue, indexed once for the read-only behaviour tests.</summary>
public sealed class CatalogFixture : IDisposable
{
    public CatalogIndex Index { get; } = SampleCatalog.OpenIndex();

    public SearchResults Search(string query, ViewerScope? viewer = null) =>
        Index.Search(new SearchRequest { Query = query, Viewer = viewer ?? ViewerScope.Anonymous });

    public IReadOnlyList<string> Ids(string query, ViewerScope? viewer = null) =>
        Search(query, viewer).Hits.Select(h => h.Id).ToList();

    public void Dispose() => Index.Dispose();
}
