using Microsoft.EntityFrameworkCore;
using OpenData.Search.Indexing;
using OpenData.Web.Catalog;
using OpenData.Web.Storage;

namespace OpenData.Web.Search;

/// <summary>
/// Dataset search through the Vietnamese Lucene index: the engine filters by what the actor may see, counts
/// facets and builds snippets; the store supplies the rows shown. Falls back to the database while the index
/// is being brought in step.
/// </summary>
public sealed class LuceneDatasetSearch(PortalSearchIndex search, StoreDatasetSearch store, CatalogDbContext db) : IDatasetSearch
{
    // The list page's facet keys (CKAN's names) and the engine's fields.
    private static readonly (string Key, string Field)[] Facets =
    [
        ("organization", FacetFields.Organization),
        ("groups", FacetFields.Theme),
        ("tags", FacetFields.Tag),
        ("res_format", FacetFields.Format),
        ("license_id", FacetFields.License),
        ("access_level", FacetFields.AccessLevel),
        ("spatial", FacetFields.Spatial),
    ];

    public async Task<DatasetListResult> SearchAsync(Actor actor, DatasetListQuery query, CancellationToken ct)
    {
        if (!search.IsReady)
        {
            return await store.SearchAsync(actor, query, ct);
        }
        var filters = new Dictionary<string, IReadOnlyList<string>>();
        void Filter(string field, IReadOnlyList<string> values)
        {
            if (values.Count > 0)
            {
                filters[field] = values;
            }
        }
        Filter(FacetFields.Organization, query.Organizations);
        Filter(FacetFields.Theme, query.Themes);
        Filter(FacetFields.Tag, query.Tags);
        Filter(FacetFields.Format, query.Formats);
        Filter(FacetFields.License, query.Licenses);
        var request = new SearchRequest
        {
            Query = query.Text,
            Filters = filters,
            Sort = query.Sort switch
            {
                DatasetSort.Newest => SearchSort.Newest,
                DatasetSort.RecentlyUpdated => SearchSort.RecentlyUpdated,
                DatasetSort.Name => SearchSort.Name,
                DatasetSort.Popular => SearchSort.Popularity,
                _ => string.IsNullOrWhiteSpace(query.Text) ? SearchSort.RecentlyUpdated : SearchSort.Relevance,
            },
            Offset = Math.Max(0, query.Offset),
            Limit = Math.Clamp(query.Limit, 0, 1000),
            FacetFields = Facets.Select(f => f.Field).ToList(),
            FacetLimit = StoreDatasetSearch.FacetLimit,
            Viewer = ViewerOf(actor),
        };
        var results = search.Index.Search(request);

        var ids = results.Hits.Select(h => Guid.Parse(h.Id)).ToList();
        var rows = await db.Datasets.AsNoTracking().Where(d => ids.Contains(d.Id)).ToListAsync(ct);
        var summaries = (await DatasetQueries.SummarizeAsync(db, rows, ct)).ToDictionary(s => s.Id);
        var items = results.Hits
            .Where(h => summaries.ContainsKey(Guid.Parse(h.Id)))
            .Select(h => summaries[Guid.Parse(h.Id)] with { TitleSnippetHtml = h.TitleSnippet, DescriptionSnippetHtml = NullIfEmpty(h.DescriptionSnippet) })
            .ToList();
        return new DatasetListResult(results.Total, items, await LabelFacetsAsync(results.Facets, ct), results.DidYouMean);
    }

    public IReadOnlyList<Suggestion> Suggest(Actor actor, string prefix, int limit) =>
        search.IsReady ? search.Index.Suggest(prefix, ViewerOf(actor), limit) : [];

    public static ViewerScope ViewerOf(Actor actor) =>
        actor.IsSysAdmin ? ViewerScope.SystemAdmin
        : actor.Memberships.Count > 0 ? ViewerScope.MemberOf(actor.Memberships.Keys.Select(k => k.ToString()))
        : ViewerScope.Anonymous;

    private async Task<IReadOnlyDictionary<string, IReadOnlyList<FacetValue>>> LabelFacetsAsync(
        IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> counts, CancellationToken ct)
    {
        var organizationNames = counts.GetValueOrDefault(FacetFields.Organization)?.Select(c => c.Value).ToList() ?? [];
        var organizations = await db.Organizations.AsNoTracking().Where(o => organizationNames.Contains(o.Name)).ToDictionaryAsync(o => o.Name, o => o.Title, ct);
        var themes = await db.Themes.AsNoTracking().ToDictionaryAsync(t => t.Name, t => t.Title, ct);
        string Label(string field, string value) => field switch
        {
            FacetFields.Organization => organizations.GetValueOrDefault(value, value),
            FacetFields.Theme => themes.GetValueOrDefault(value, value),
            FacetFields.License => Dcat.Model.License.Find(value)?.Title ?? value,
            _ => value,
        };
        var labelled = new Dictionary<string, IReadOnlyList<FacetValue>>();
        foreach (var (key, field) in Facets)
        {
            if (counts.TryGetValue(field, out var values))
            {
                labelled[key] = values.Select(v => new FacetValue(v.Value, Label(field, v.Value), v.Count)).ToList();
            }
        }
        return labelled;
    }

    private static string? NullIfEmpty(string value) => string.IsNullOrEmpty(value) ? null : value;
}
