using Microsoft.EntityFrameworkCore;
using OpenData.Web.Catalog;
using OpenData.Web.Storage;

namespace OpenData.Web.Search;

public static class SearchServices
{
    /// <summary>
    /// The Lucene-backed dataset search. Only the serving portal writes the index (Lucene allows one writer);
    /// command-line processes search through the database and the portal picks their changes up from the
    /// revision feed.
    /// </summary>
    public static IServiceCollection AddPortalSearch(this IServiceCollection services, bool serving)
    {
        services.AddSingleton<PortalSearchIndex>();
        services.AddScoped<IDatasetSearch, LuceneDatasetSearch>();
        services.AddScoped<LuceneDatasetSearch>();
        if (serving)
        {
            services.AddScoped<IDatasetChangeSink, SearchIndexSink>();
            services.AddHostedService<SearchIndexMaintenance>();
            services.AddHostedService<RevisionFeedFollower>();
        }
        return services;
    }
}

/// <summary>
/// Follows the revisions table so that changes made by other processes (a CLI import, other web nodes sharing
/// one PostgreSQL) reach this node's index within about a second.
/// </summary>
public sealed class RevisionFeedFollower(PortalSearchIndex search, IServiceProvider services, ILogger<RevisionFeedFollower> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        long lastSeen = -1;
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1));
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            try
            {
                await using var scope = services.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<CatalogDbContext>();
                if (lastSeen < 0)
                {
                    lastSeen = await db.Revisions.MaxAsync(r => (long?)r.Id, stoppingToken) ?? 0;
                    continue;
                }
                if (!search.IsReady)
                {
                    continue;
                }
                var changed = await db.Revisions.AsNoTracking().Where(r => r.Id > lastSeen).OrderBy(r => r.Id).Take(1000)
                    .Select(r => new { r.Id, r.DatasetId }).ToListAsync(stoppingToken);
                if (changed.Count == 0)
                {
                    continue;
                }
                var writer = scope.ServiceProvider.GetRequiredService<DatasetWriter>();
                foreach (var datasetId in changed.Select(c => c.DatasetId).Distinct())
                {
                    await writer.ResyncAsync(datasetId, stoppingToken);
                }
                lastSeen = changed[^1].Id;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is DbUpdateException or InvalidOperationException or System.Data.Common.DbException)
            {
                logger.LogWarning(e, "Could not read the revision feed; trying again");
            }
        }
    }
}
