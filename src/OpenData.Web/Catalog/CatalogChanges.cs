using OpenData.Dcat.Model;

namespace OpenData.Web.Catalog;

/// <summary>
/// Told of every committed dataset change by the actions (after the database commit), so derived data
/// such as the search index stays in step. Each registered sink is called in turn.
/// </summary>
public interface IDatasetChangeSink
{
    Task DatasetChangedAsync(Dataset dataset, CatalogDatasetStats stats, CancellationToken ct);

    Task DatasetRemovedAsync(Guid datasetId, CancellationToken ct);
}

/// <summary>Usage counters kept beside a dataset.</summary>
public sealed record CatalogDatasetStats(Guid OrganizationId, long Views, long Downloads);
