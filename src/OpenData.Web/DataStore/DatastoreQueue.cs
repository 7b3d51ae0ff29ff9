using System.Globalization;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using OpenData.Dcat.Model;
using OpenData.Web.Catalog;
using OpenData.Web.Hosting;
using OpenData.Web.Storage;

namespace OpenData.Web.DataStore;

/// <summary>
/// Resources waiting to be loaded, in order; the worker takes them one at a time. Uploads go before links:
/// a link waits on someone else's server (up to the download timeout), an upload is on our disk.
/// </summary>
public sealed class DatastoreQueue
{
    // Not SingleReader: NextAsync leaves a wait pending on the channel that did not fire and waits again.
    private readonly Channel<Guid> _uploads = Channel.CreateUnbounded<Guid>(new UnboundedChannelOptions { SingleReader = false });
    private readonly Channel<Guid> _links = Channel.CreateUnbounded<Guid>(new UnboundedChannelOptions { SingleReader = false });

    public void Enqueue(Guid resourceId, bool isLink = false) => (isLink ? _links : _uploads).Writer.TryWrite(resourceId);

    /// <summary>The next resource to load: any waiting upload first, then a link.</summary>
    public async ValueTask<Guid> NextAsync(CancellationToken ct)
    {
        while (true)
        {
            if (_uploads.Reader.TryRead(out var upload) || _links.Reader.TryRead(out upload))
            {
                return upload;
            }
            var uploadWaiting = _uploads.Reader.WaitToReadAsync(ct).AsTask();
            var linkWaiting = _links.Reader.WaitToReadAsync(ct).AsTask();
            await Task.WhenAny(uploadWaiting, linkWaiting);
            ct.ThrowIfCancellationRequested();
        }
    }

    public static bool IsLink(string? source) => source is not null && !source.StartsWith("sha256:", StringComparison.Ordinal);
}

/// <summary>
/// Told of every committed dataset change: queues new or changed CSV/XLSX resources (uploads, and http(s)
/// links) for loading, and drops the tables of resources that left the dataset.
/// </summary>
public sealed class DatastoreChangeSink(
    CatalogDbContext db,
    DatastoreQueue queue,
    DatastoreDatabase store,
    Microsoft.Extensions.Options.IOptions<Hosting.PortalOptions> options,
    TimeProvider clock) : IDatasetChangeSink
{
    public async Task DatasetChangedAsync(Dataset dataset, CatalogDatasetStats stats, CancellationToken ct)
    {
        try
        {
            await SyncAsync(dataset, ct);
        }
        catch (DbUpdateException)
        {
            // Another scope (the search index's revision follower re-telling a change) wrote the same status
            // row at the same moment; its row is there now, so a second pass sees it.
            db.ChangeTracker.Clear();
            await SyncAsync(dataset, ct);
        }
    }

    private async Task SyncAsync(Dataset dataset, CancellationToken ct)
    {
        var resourceIds = dataset.Distributions.Select(d => d.Id).ToList();
        var rows = await db.DatastoreResources.Where(r => r.DatasetId == dataset.Id || resourceIds.Contains(r.ResourceId)).ToListAsync(ct);
        var queued = new List<(Guid Id, bool IsLink)>();
        foreach (var resource in dataset.Distributions)
        {
            var source = SourceOf(resource);
            var row = rows.FirstOrDefault(r => r.ResourceId == resource.Id);
            if (source is null || row is { Origin: not "file" } || row?.Source == source
                || (DatastoreQueue.IsLink(source) && !options.Value.DatastoreLoadsLinks))
            {
                continue;
            }
            if (row is null)
            {
                row = new DatastoreResourceRow { ResourceId = resource.Id, DatasetId = dataset.Id, Status = DatastoreStatus.Pending };
                db.DatastoreResources.Add(row);
            }
            row.Source = source;
            row.Status = DatastoreStatus.Pending;
            row.Message = null;
            row.RowsLoaded = 0;
            row.Modified = clock.GetUtcNow();
            queued.Add((resource.Id, DatastoreQueue.IsLink(source)));
        }
        var gone = rows.Where(r => dataset.Distributions.All(d => d.Id != r.ResourceId)).ToList();
        db.DatastoreResources.RemoveRange(gone);
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        foreach (var row in gone)
        {
            await store.DropAsync(row.ResourceId, ct);
        }
        foreach (var (id, isLink) in queued)
        {
            queue.Enqueue(id, isLink);
        }
    }

    public async Task DatasetRemovedAsync(Guid datasetId, CancellationToken ct)
    {
        var rows = await db.DatastoreResources.Where(r => r.DatasetId == datasetId).ToListAsync(ct);
        db.DatastoreResources.RemoveRange(rows);
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        foreach (var row in rows)
        {
            await store.DropAsync(row.ResourceId, ct);
        }
    }

    /// <summary>What a load would read: the upload's hash or the http(s) link; null for resources the data store does not take.</summary>
    public static string? SourceOf(Distribution resource)
    {
        if (!TabularFile.IsTabular(resource.Format, resource.FileName, resource.Url))
        {
            return null;
        }
        if (resource.FileSha256 is { } sha)
        {
            return "sha256:" + sha;
        }
        return Uri.TryCreate(resource.Url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri.ToString() : null;
    }
}

/// <summary>
/// Loads queued resources in the background, one at a time (the server has two cores to share), so the first
/// page never waits for the demo's files. On start it resumes whatever was pending or cut off mid-load.
/// </summary>
public sealed class DatastoreWorker(IServiceScopeFactory scopes, DatastoreQueue queue, DatastoreDatabase store, ILogger<DatastoreWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        // Load failures and bad rows are stored as text and shown to every visitor: in the portal's default
        // language (vi), whatever the server process's own culture is.
        CultureInfo.CurrentUICulture = WebServices.Cultures[0];
        try
        {
            await store.InitializeAsync(stoppingToken);
            try
            {
                await store.UpgradeFullTextAsync(logger, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Data store: could not build the word index of tables loaded by an earlier version; q scans them");
            }
            await using (var scope = scopes.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<CatalogDbContext>();
                var waiting = await db.DatastoreResources.AsNoTracking()
                    .Where(r => r.Status == DatastoreStatus.Pending || r.Status == DatastoreStatus.Loading)
                    .OrderBy(r => r.Modified).Select(r => new { r.ResourceId, r.Source }).ToListAsync(stoppingToken);
                foreach (var row in waiting)
                {
                    queue.Enqueue(row.ResourceId, DatastoreQueue.IsLink(row.Source));
                }
            }
            while (!stoppingToken.IsCancellationRequested)
            {
                var id = await queue.NextAsync(stoppingToken);
                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    await scope.ServiceProvider.GetRequiredService<DatastoreLoader>().LoadAsync(id, stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    logger.LogError(e, "Data store worker could not load resource {ResourceId}", id);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
