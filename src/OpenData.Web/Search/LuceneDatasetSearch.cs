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
        if (!search.IsReady || NeedsStore(actor, query) || !TryAddFilters(query.Filters, filters))
        {
            return await store.SearchAsync(actor, query, ct);
        }
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
            // "*" asks for the first page with a cursor: the engine returns one whenever more hits follow.
            Cursor = query.Cursor is "*" ? null : query.Cursor,
            Limit = Math.Clamp(query.Limit, 0, 1000),
            FacetFields = Facets.Select(f => f.Field).ToList(),
            FacetLimit = query.FacetLimit < 0 ? 10_000 : Math.Max(1, query.FacetLimit),
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
        return new DatasetListResult(results.Total, items, await LabelFacetsAsync(results.Facets, ct), results.DidYouMean,
            query.Cursor is null ? null : results.NextCursor);
    }

    /// <summary>
    /// Queries using what the index does not honour yet (field filters, date ranges, cursors, leaving out the
    /// private or draft datasets a member could see) are answered by the database until it does.
    /// </summary>
    private static bool NeedsStore(Actor actor, DatasetListQuery query) =>
        // Cursors: the engine's search_after cursor restarts at the top for the INT64 and score sorts (Lucene.NET
        // keeps those sort values as J2N.Numerics.Int64/Single, which SearchCursor.Encode writes as "n"); only
        // the name sort pages. Until that is fixed, cursor pages come from the store.
        query.Cursor is not null
        || query.ModifiedFrom is not null || query.ModifiedTo is not null || query.CreatedFrom is not null || query.CreatedTo is not null
        || ((!query.IncludePrivate || !query.IncludeDrafts) && (actor.IsSysAdmin || actor.Memberships.Count > 0));

    /// <summary>
    /// Adds CKAN fq filters the engine can express (one OR-list per facet field, nothing excluded); false when
    /// one cannot be (an exclusion, a second filter on a field, name/id/access_level), so the store answers.
    /// </summary>
    private static bool TryAddFilters(IReadOnlyList<DatasetFilter> datasetFilters, Dictionary<string, IReadOnlyList<string>> filters)
    {
        foreach (var filter in datasetFilters)
        {
            var field = FacetFields.Canonical(filter.Field);
            if (filter.Exclude || field is null || field == FacetFields.AccessLevel || filters.ContainsKey(field))
            {
                return false;
            }
            filters[field] = filter.AnyOf;
        }
        return true;
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
