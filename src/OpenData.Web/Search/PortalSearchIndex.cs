using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using OpenData.Dcat.Model;
using OpenData.Search.Indexing;
using OpenData.Web.Catalog;
using OpenData.Web.Hosting;
using OpenData.Web.Storage;

namespace OpenData.Web.Search;

/// <summary>
/// The portal's Lucene index (under the data folder). Derived data: it is rebuilt from the store when it is
/// missing, unreadable, built by an older analyzer, or out of step with the store; until a rebuild has
/// finished, searches are answered by the database (<see cref="StoreDatasetSearch"/>).
/// </summary>
public sealed class PortalSearchIndex(PortalPaths paths, ILogger<PortalSearchIndex> logger) : IDisposable
{
    private readonly Lazy<CatalogIndex> _index = new(() => CatalogIndex.Open(paths.SearchIndex));
    private volatile bool _trusted;
    private int _dirty;

    public CatalogIndex Index => _index.Value;

    /// <summary>True once the index is known to match the store (checked or rebuilt since start).</summary>
    public bool IsReady => _trusted;

    public void MarkDirty() => Interlocked.Exchange(ref _dirty, 1);

    /// <summary>Makes recent writes durable; searchability does not wait for this.</summary>
    public void CommitIfDirty()
    {
        if (Interlocked.Exchange(ref _dirty, 0) == 1)
        {
            Index.Commit();
        }
    }

    /// <summary>Checks the index against the store and rebuilds it when needed.</summary>
    public async Task EnsureInStepAsync(CatalogDbContext db, IProgress<RebuildProgress>? progress, CancellationToken ct)
    {
        var expected = await IndexedRows(db).CountAsync(ct);
        var status = Index.Status;
        if (status == IndexStatus.Ready && Index.DocumentCount == expected)
        {
            _trusted = true;
            return;
        }
        logger.LogInformation("Rebuilding the search index ({Status}, {Indexed} indexed, {Expected} in the store)", status, Index.DocumentCount, expected);
        await RebuildAsync(db, progress, ct);
    }

    public async Task<long> RebuildAsync(CatalogDbContext db, IProgress<RebuildProgress>? progress, CancellationToken ct)
    {
        var total = await IndexedRows(db).CountAsync(ct);
        var started = System.Diagnostics.Stopwatch.StartNew();
        await Index.RebuildAsync(ReadAllAsync(db, ct), total, progress, ct);
        _trusted = true;
        logger.LogInformation("Search index rebuilt: {Count} datasets in {Elapsed} ms", total, started.ElapsedMilliseconds);
        return total;
    }

    private static IQueryable<DatasetRow> IndexedRows(CatalogDbContext db)
    {
        var deleted = nameof(Dcat.Model.DatasetState.Deleted);
        return db.Datasets.AsNoTracking().Where(d => d.State != deleted);
    }

    /// <summary>Every indexed dataset, read in pages by id so memory stays flat for any catalogue size.</summary>
    private static async IAsyncEnumerable<SearchDocument> ReadAllAsync(CatalogDbContext db, [EnumeratorCancellation] CancellationToken ct)
    {
        var organizations = await db.Organizations.AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.Title, ct);
        var themes = await SearchIndexSink.ThemesAsync(db, ct);
        string? after = null;
        while (true)
        {
            var query = IndexedRows(db);
            if (after is not null)
            {
                query = query.Where(d => string.Compare(d.Name, after) > 0);
            }
            var page = await query.OrderBy(d => d.Name).Take(1000).Select(d => new { d.Name, d.OrganizationId, d.Views, d.Document }).ToListAsync(ct);
            if (page.Count == 0)
            {
                yield break;
            }
            foreach (var row in page)
            {
                var dataset = DatasetDocument.Deserialize(row.Document);
                yield return SearchDocuments.From(dataset, row.OrganizationId, organizations.GetValueOrDefault(row.OrganizationId, dataset.Organization), themes, row.Views);
            }
            after = page[^1].Name;
        }
    }

    public void Dispose()
    {
        if (_index.IsValueCreated)
        {
            CommitIfDirty();
            _index.Value.Dispose();
        }
    }
}

/// <summary>Keeps the index in step with every committed change (searchable within a second).</summary>
public sealed class SearchIndexSink(PortalSearchIndex search, CatalogDbContext db) : IDatasetChangeSink
{
    public async Task DatasetChangedAsync(Dataset dataset, CatalogDatasetStats stats, CancellationToken ct)
    {
        var organizationTitle = await db.Organizations.AsNoTracking().Where(o => o.Id == stats.OrganizationId).Select(o => o.Title).FirstOrDefaultAsync(ct);
        var themes = await ThemesAsync(db, ct);
        var generation = search.Index.Upsert(SearchDocuments.From(dataset, stats.OrganizationId, organizationTitle ?? dataset.Organization, themes, stats.Views));
        // Read-your-writes: the editor who just saved sees the change in the very next list or search.
        search.Index.WaitUntilSearchable(generation);
        search.MarkDirty();
    }

    public Task DatasetRemovedAsync(Guid datasetId, CancellationToken ct)
    {
        search.Index.WaitUntilSearchable(search.Index.Delete(datasetId.ToString()));
        search.MarkDirty();
        return Task.CompletedTask;
    }

    internal static async Task<IReadOnlyDictionary<string, Theme>> ThemesAsync(CatalogDbContext db, CancellationToken ct) =>
        await db.Themes.AsNoTracking().ToDictionaryAsync(t => t.Name, t => new Theme(t.Name, t.Title, t.TitleEnglish), ct);
}

/// <summary>Brings the index in step after start-up, and makes writes durable every few seconds.</summary>
public sealed class SearchIndexMaintenance(PortalSearchIndex search, IServiceProvider services, ILogger<SearchIndexMaintenance> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await using (var scope = services.CreateAsyncScope())
            {
                await search.EnsureInStepAsync(scope.ServiceProvider.GetRequiredService<CatalogDbContext>(), progress: null, stoppingToken);
            }
            using var timer = new PeriodicTimer(TimeSpan.FromSeconds(5));
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                search.CommitIfDirty();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            search.CommitIfDirty();
        }
        catch (Exception e)
        {
            // The portal keeps answering searches from the database; the next start tries again.
            logger.LogError(e, "Search index maintenance stopped");
        }
    }
}
