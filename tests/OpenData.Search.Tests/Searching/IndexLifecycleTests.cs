using OpenData.Search.Indexing;

namespace OpenData.Search.Tests.Searching;

public sealed class IndexLifecycleTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "opendata-search-tests", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
        }
    }

    private static async IAsyncEnumerable<SearchDocument> Stream(IEnumerable<SearchDocument> documents, Action? midway = null)
    {
        var i = 0;
        foreach (var d in documents)
        {
            if (i++ == 3)
            {
                midway?.Invoke();
            }
            await Task.Yield();
            yield return d;
        }
    }

    private static int Count(CatalogIndex index, string query) =>
        index.Search(new SearchRequest { Query = query, Viewer = ViewerScope.SystemAdmin }).Total;

    [Fact]
    public void Written_dataset_is_searchable_without_a_commit()
    {
        using var index = CatalogIndex.OpenInMemory();
        var generation = index.Upsert(SampleCatalog.Dataset("Điểm phát wifi miễn phí"));
        index.WaitUntilSearchable(generation);
        Assert.Equal(1, Count(index, "wifi"));
    }

    [Fact]
    public async Task Written_dataset_becomes_searchable_without_anyone_waiting_for_it()
    {
        using var index = CatalogIndex.OpenInMemory();
        index.Upsert(SampleCatalog.Dataset("Điểm phát wifi miễn phí"));
        // The reopen thread makes writes visible within half a second; poll generously rather than assert a time.
        for (var attempt = 0; attempt < 100 && Count(index, "wifi") == 0; attempt++)
        {
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }
        Assert.Equal(1, Count(index, "wifi"));
    }

    [Fact]
    public void Dataset_upserted_as_deleted_disappears()
    {
        using var index = CatalogIndex.OpenInMemory();
        index.Upsert(SampleCatalog.Dataset("Bến xe khách", id: "ben-xe"));
        index.WaitUntilSearchable(index.Upsert(SampleCatalog.Dataset("Bến xe khách", id: "ben-xe", state: DatasetState.Deleted)));
        Assert.Equal(0, Count(index, "bến xe"));
    }

    [Fact]
    public void Updated_dataset_replaces_the_old_version()
    {
        using var index = CatalogIndex.OpenInMemory();
        index.Upsert(SampleCatalog.Dataset("Bến xe khách", id: "ben-xe"));
        index.WaitUntilSearchable(index.Upsert(SampleCatalog.Dataset("Bến xe buýt", id: "ben-xe")));
        Assert.Equal(0, Count(index, "khách"));
        Assert.Equal(1, Count(index, "bến xe"));
    }

    [Fact]
    public void Deleted_dataset_disappears()
    {
        using var index = CatalogIndex.OpenInMemory();
        index.Upsert(SampleCatalog.Dataset("Bến xe khách", id: "ben-xe"));
        index.WaitUntilSearchable(index.Delete("ben-xe"));
        Assert.Equal(0, Count(index, "bến xe"));
    }

    [Fact]
    public void New_folder_opens_as_missing()
    {
        using var index = CatalogIndex.Open(_root);
        Assert.Equal(IndexStatus.Missing, index.Status);
    }

    [Fact]
    public async Task Rebuilt_index_opens_ready_with_its_datasets()
    {
        using (var index = CatalogIndex.Open(_root))
        {
            var reports = new List<RebuildProgress>();
            await index.RebuildAsync(Stream(SampleCatalog.Documents), SampleCatalog.Documents.Count, new SynchronousProgress(reports.Add), TestContext.Current.CancellationToken);
            Assert.Equal(SampleCatalog.Documents.Count, reports[^1].Count);
            Assert.Equal(IndexStatus.Ready, index.Status);
            Assert.Equal(1, Count(index, "dân số theo xã"));
        }
        using var reopened = CatalogIndex.Open(_root);
        Assert.Equal(IndexStatus.Ready, reopened.Status);
        Assert.Equal(SampleCatalog.Documents.Count, reopened.DocumentCount);
    }

    [Fact]
    public async Task Failed_rebuild_leaves_the_old_index_searchable()
    {
        using var index = CatalogIndex.Open(_root);
        await index.RebuildAsync(Stream(SampleCatalog.Documents), cancellationToken: TestContext.Current.CancellationToken);
        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            index.RebuildAsync(Stream(SampleCatalog.Documents, () => throw new InvalidOperationException("database went away")), cancellationToken: TestContext.Current.CancellationToken));
        Assert.Equal(1, Count(index, "giá đất"));
        index.Dispose();
        using var reopened = CatalogIndex.Open(_root);
        Assert.Equal(IndexStatus.Ready, reopened.Status);
        Assert.Equal(1, Count(reopened, "giá đất"));
    }

    [Fact]
    public async Task Writes_during_a_rebuild_are_kept()
    {
        using var index = CatalogIndex.Open(_root);
        var extra = SampleCatalog.Dataset("Điểm phát wifi miễn phí", id: "wifi");
        await index.RebuildAsync(Stream(SampleCatalog.Documents, () => index.Upsert(extra)), cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal(1, Count(index, "wifi"));
    }

    [Fact]
    public async Task Index_built_by_an_older_analyzer_opens_as_stale_and_stays_searchable()
    {
        using (var index = CatalogIndex.Open(_root))
        {
            await index.RebuildAsync(Stream(SampleCatalog.Documents), cancellationToken: TestContext.Current.CancellationToken);
        }
        OlderAnalyzerVersion.Stamp(_root, "vi-analysis-0");
        using var reopened = CatalogIndex.Open(_root);
        Assert.Equal(IndexStatus.Stale, reopened.Status);
        Assert.Equal("vi-analysis-0", reopened.IndexedAnalyzerVersion);
        Assert.Equal(1, Count(reopened, "giá đất"));
    }

    [Fact]
    public async Task Unreadable_index_opens_as_corrupt()
    {
        using (var index = CatalogIndex.Open(_root))
        {
            await index.RebuildAsync(Stream(SampleCatalog.Documents), cancellationToken: TestContext.Current.CancellationToken);
        }
        var folder = Path.Combine(_root, File.ReadAllText(Path.Combine(_root, "current")));
        foreach (var file in Directory.EnumerateFiles(folder).Where(f => !Path.GetFileName(f).StartsWith("segments", StringComparison.Ordinal)))
        {
            File.Delete(file);
        }
        using var reopened = CatalogIndex.Open(_root);
        Assert.Equal(IndexStatus.Corrupt, reopened.Status);
        Assert.Equal(0, Count(reopened, "giá đất"));
    }

    private sealed class SynchronousProgress(Action<RebuildProgress> report) : IProgress<RebuildProgress>
    {
        public void Report(RebuildProgress value) => report(value);
    }
}
