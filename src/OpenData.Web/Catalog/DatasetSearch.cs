using Microsoft.EntityFrameworkCore;
using OpenData.Web.Storage;

namespace OpenData.Web.Catalog;

/// <summary>Finds datasets for lists and package_search; only ever returns what the actor may see.</summary>
public interface IDatasetSearch
{
    Task<DatasetListResult> SearchAsync(Actor actor, DatasetListQuery query, CancellationToken ct);
}

/// <summary>
/// Search answered by the database: filters, facets, sort and paging in SQL, text as a plain substring
/// match on title and description.
/// </summary>
public sealed class StoreDatasetSearch(CatalogDbContext db) : IDatasetSearch
{
    public const int FacetLimit = 10;

    public async Task<DatasetListResult> SearchAsync(Actor actor, DatasetListQuery query, CancellationToken ct)
    {
        var rows = Filter(db.Datasets.AsNoTracking().VisibleTo(actor), query);
        var total = await rows.CountAsync(ct);
        var ordered = query.Sort switch
        {
            DatasetSort.Newest => rows.OrderByDescending(d => d.Created),
            DatasetSort.Name => rows.OrderBy(d => d.Name),
            DatasetSort.Popular => rows.OrderByDescending(d => d.Views).ThenBy(d => d.Name),
            _ => rows.OrderByDescending(d => d.Modified),
        };
        var page = await ordered.Skip(Math.Max(0, query.Offset)).Take(Math.Clamp(query.Limit, 0, 1000)).ToListAsync(ct);
        var items = await DatasetQueries.SummarizeAsync(db, page, ct);
        var ids = rows.Select(d => d.Id);

        var organizationCounts = await rows.GroupBy(d => d.OrganizationId).Select(g => new { g.Key, Count = g.Count() })
            .OrderByDescending(g => g.Count).Take(FacetLimit).ToListAsync(ct);
        var organizationIds = organizationCounts.Select(o => o.Key).ToList();
        var organizations = await db.Organizations.AsNoTracking().Where(o => organizationIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, ct);
        var themeCounts = await db.DatasetThemes.Where(t => ids.Contains(t.DatasetId)).GroupBy(t => t.Theme)
            .Select(g => new { g.Key, Count = g.Count() }).OrderByDescending(g => g.Count).Take(FacetLimit).ToListAsync(ct);
        var themeNames = themeCounts.Select(t => t.Key).ToList();
        var themes = await db.Themes.AsNoTracking().Where(t => themeNames.Contains(t.Name)).ToDictionaryAsync(t => t.Name, ct);
        var tagCounts = await db.DatasetTags.Where(t => ids.Contains(t.DatasetId)).GroupBy(t => t.Tag)
            .Select(g => new { g.Key, Count = g.Count() }).OrderByDescending(g => g.Count).ThenBy(g => g.Key).Take(FacetLimit).ToListAsync(ct);
        var formatCounts = await db.Distributions.Where(r => r.Format != null && ids.Contains(r.DatasetId))
            .Select(r => new { r.DatasetId, r.Format }).Distinct().GroupBy(r => r.Format!)
            .Select(g => new { g.Key, Count = g.Count() }).OrderByDescending(g => g.Count).Take(FacetLimit).ToListAsync(ct);
        var licenseCounts = await rows.Where(d => d.LicenseId != null).GroupBy(d => d.LicenseId!)
            .Select(g => new { g.Key, Count = g.Count() }).OrderByDescending(g => g.Count).Take(FacetLimit).ToListAsync(ct);

        var facets = new Dictionary<string, IReadOnlyList<FacetValue>>
        {
            ["organization"] = organizationCounts.Select(o => new FacetValue(organizations[o.Key].Name, organizations[o.Key].Title, o.Count)).ToList(),
            ["groups"] = themeCounts.Select(t => new FacetValue(t.Key, themes.TryGetValue(t.Key, out var theme) ? theme.Title : t.Key, t.Count)).ToList(),
            ["tags"] = tagCounts.Select(t => new FacetValue(t.Key, t.Key, t.Count)).ToList(),
            ["res_format"] = formatCounts.Select(f => new FacetValue(f.Key, f.Key, f.Count)).ToList(),
            ["license_id"] = licenseCounts.Select(f => new FacetValue(f.Key, Dcat.Model.License.Find(f.Key)?.Title ?? f.Key, f.Count)).ToList(),
        };
        return new DatasetListResult(total, items, facets);
    }

    private IQueryable<DatasetRow> Filter(IQueryable<DatasetRow> rows, DatasetListQuery query)
    {
        if (!string.IsNullOrWhiteSpace(query.Text))
        {
            var text = query.Text.Trim().ToLower();
            rows = rows.Where(d => d.Title.ToLower().Contains(text) || d.Document.ToLower().Contains(text));
        }
        foreach (var organization in query.Organizations)
        {
            rows = rows.Where(d => db.Organizations.Any(o => o.Id == d.OrganizationId && o.Name == organization));
        }
        foreach (var theme in query.Themes)
        {
            rows = rows.Where(d => d.Themes.Any(t => t.Theme == theme));
        }
        foreach (var tag in query.Tags)
        {
            rows = rows.Where(d => d.Tags.Any(t => t.Tag == tag));
        }
        foreach (var format in query.Formats)
        {
            var upper = format.ToUpper();
            rows = rows.Where(d => d.Distributions.Any(r => r.Format != null && r.Format.ToUpper() == upper));
        }
        foreach (var license in query.Licenses)
        {
            rows = rows.Where(d => d.LicenseId == license);
        }
        return rows;
    }
}
