using Microsoft.EntityFrameworkCore;
using OpenData.Web.Storage;

namespace OpenData.Web.Catalog;

public sealed record CatalogCounts(int Datasets, int Organizations, int Themes, int Resources);

/// <summary>The catalogue's headline numbers (home page), counting only what the actor may see.</summary>
public sealed class CatalogStatistics(CatalogDbContext db)
{
    public async Task<CatalogCounts> CountsAsync(Actor actor, CancellationToken ct)
    {
        var visible = db.Datasets.AsNoTracking().VisibleTo(actor);
        var datasets = await visible.CountAsync(ct);
        var resources = await db.Distributions.AsNoTracking().CountAsync(r => visible.Select(d => d.Id).Contains(r.DatasetId), ct);
        var organizations = await db.Organizations.AsNoTracking().CountAsync(o => !o.IsDeleted, ct);
        var themes = await db.Themes.AsNoTracking().CountAsync(ct);
        return new CatalogCounts(datasets, organizations, themes, resources);
    }

    /// <summary>Administrative units already used as spatial coverage, for the dataset form's suggestions.</summary>
    public async Task<IReadOnlyList<Dcat.Model.Location>> LocationsInUseAsync(Actor actor, CancellationToken ct)
    {
        var documents = await db.Datasets.AsNoTracking().VisibleTo(actor).Select(d => d.Document).ToListAsync(ct);
        return documents.SelectMany(d => DatasetDocument.Deserialize(d).Spatial)
            .DistinctBy(l => l.Code).OrderBy(l => l.Code, StringComparer.Ordinal).ToList();
    }
}
