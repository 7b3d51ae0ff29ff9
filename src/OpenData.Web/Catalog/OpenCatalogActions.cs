using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenData.Dcat.Model;
using OpenData.Web.Storage;

namespace OpenData.Web.Catalog;

/// <summary>A page of the open catalogue, in name order.</summary>
public sealed record OpenDatasetPage(int Total, IReadOnlyList<Dataset> Items);

/// <summary>
/// The open catalogue as the public machine interfaces see it (DCAT endpoints, sitemap): only open data
/// (<see cref="Dataset.IsOpenData"/>: active, public, access level "open"), read as <see cref="Actor.Anonymous"/>.
/// </summary>
public sealed class OpenCatalogActions(CatalogDbContext db, DatasetActions datasets, IStringLocalizer<SharedResource> l)
{
    private IQueryable<DatasetRow> Open(DateTimeOffset? modifiedSince)
    {
        var rows = db.Datasets.AsNoTracking().OpenData();
        return modifiedSince is { } since ? rows.Where(d => d.Modified >= since) : rows;
    }

    /// <summary>One page (1-based) of open datasets, ordered by name so pages are stable while the catalogue grows.</summary>
    public async Task<OpenDatasetPage> PageAsync(int page, int pageSize, DateTimeOffset? modifiedSince, CancellationToken ct)
    {
        var query = Open(modifiedSince);
        var total = await query.CountAsync(ct);
        var documents = await query.OrderBy(d => d.Name).Skip((Math.Max(page, 1) - 1) * pageSize).Take(pageSize)
            .Select(d => d.Document).ToListAsync(ct);
        // The document is the source of truth; the row columns only select.
        var items = documents.Select(DatasetDocument.Deserialize).Where(d => d.IsOpenData).ToList();
        return new OpenDatasetPage(total, items);
    }

    /// <summary>The newest modification among open datasets (dct:modified of the catalogue), or null when there are none.</summary>
    public async Task<DateTimeOffset?> LastModifiedAsync(CancellationToken ct) =>
        await Open(null).OrderByDescending(d => d.Modified).Select(d => (DateTimeOffset?)d.Modified).FirstOrDefaultAsync(ct);

    /// <summary>Names and modification times of all open datasets, read in keyset pages (sitemap).</summary>
    public async IAsyncEnumerable<(string Name, DateTimeOffset Modified)> NamesAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        var after = "";
        while (true)
        {
            var batch = await Open(null).Where(d => string.Compare(d.Name, after) > 0).OrderBy(d => d.Name).Take(500)
                .Select(d => new { d.Name, d.Modified }).ToListAsync(ct);
            foreach (var row in batch)
            {
                yield return (row.Name, row.Modified);
            }
            if (batch.Count < 500)
            {
                yield break;
            }
            after = batch[^1].Name;
        }
    }

    /// <summary>One open dataset; private, draft, deleted and non-open datasets are "not found".</summary>
    public async Task<DatasetView> ShowAsync(string nameOrId, CancellationToken ct)
    {
        var view = await datasets.ShowAsync(Actor.Anonymous, nameOrId, ct);
        return view.Dataset.IsOpenData ? view : throw new NotFoundException(l["Dataset.NotFound"]);
    }
}
