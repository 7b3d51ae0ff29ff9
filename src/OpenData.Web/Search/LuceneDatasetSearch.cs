using Microsoft.EntityFrameworkCore;
using OpenData.Search.Indexing;
using OpenData.Web.Catalog;
using OpenData.Web.Storage;

namespace OpenData.Web.Search;

/// <summary>
/// Dataset search through the Vietnamese Lucene index: the engine filters by what the actor may see, counts
/// facets and builds snippets; the store supplies the rows shown. Every list query goes to the engine; the
/// database answers only while the index is being brought in step (<see cref="PortalSearchIndex.IsReady"/>), and
/// for cursors it handed out then (or broken ones, which it refuses).
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
        var results = search.Index.Search(RequestFor(actor, query));
        if (results.CursorRejected)
        {
            // Not an index cursor: either the store's, from pages read before the index was ready (the store
            // continues them), or a broken one, which the store reports as a validation error rather than let
            // the client loop from the top.
            return await store.SearchAsync(actor, query, ct);
        }

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

    /// <summary>The engine request for a list query: the same filters, ranges, flags, sort and paging as <see cref="StoreDatasetSearch"/>.</summary>
    public static SearchRequest RequestFor(Actor actor, DatasetListQuery query)
    {
        var filters = new List<SearchFilter>();
        // Each value of the list page's facet selections must hold on its own (the store ANDs them too).
        void EachMustHold(string field, IReadOnlyList<string> values) => filters.AddRange(values.Select(v => new SearchFilter(field, [v])));
        EachMustHold(FacetFields.Organization, query.Organizations);
        EachMustHold(FacetFields.Theme, query.Themes);
        EachMustHold(FacetFields.Tag, query.Tags);
        EachMustHold(FacetFields.Format, query.Formats);
        EachMustHold(FacetFields.License, query.Licenses);
        filters.AddRange(query.Filters.Select(f => new SearchFilter(
            f.Field,
            // Ids are indexed in Guid's "D" form; accept any form the store's Guid.TryParse accepts.
            f.Field == DatasetFields.Id ? f.AnyOf.Select(v => Guid.TryParse(v, out var id) ? id.ToString() : v).ToList() : f.AnyOf,
            f.Exclude)));
        var firstCursorPage = query.Cursor?.Trim() == "*";
        return new SearchRequest
        {
            Query = query.Text,
            FieldFilters = filters,
            Created = Range(query.CreatedFrom, query.CreatedTo),
            Modified = Range(query.ModifiedFrom, query.ModifiedTo),
            IncludePrivate = query.IncludePrivate,
            IncludeDrafts = query.IncludeDrafts,
            Sort = query.Sort switch
            {
                DatasetSort.Newest => SearchSort.Newest,
                DatasetSort.RecentlyUpdated => SearchSort.RecentlyUpdated,
                DatasetSort.Name => SearchSort.Name,
                DatasetSort.Popular => SearchSort.Popularity,
                _ => string.IsNullOrWhiteSpace(query.Text) ? SearchSort.RecentlyUpdated : SearchSort.Relevance,
            },
            // With a cursor (even "*", the first page) the offset is ignored, as in the store.
            Offset = query.Cursor is null ? Math.Max(0, query.Offset) : 0,
            // "*" asks for the first page with a cursor: the engine returns one whenever more hits follow.
            Cursor = firstCursorPage ? null : query.Cursor,
            Limit = Math.Clamp(query.Limit, 0, 1000),
            FacetFields = Facets.Select(f => f.Field).ToList(),
            FacetLimit = query.FacetLimit < 0 ? 10_000 : Math.Max(1, query.FacetLimit),
            Viewer = CatalogAuthorization.SearchViewer(actor),
        };
    }

    private static DateRange? Range(DateTimeOffset? from, DateTimeOffset? to) => from is null && to is null ? null : new DateRange(from, to);

    public IReadOnlyList<Suggestion> Suggest(Actor actor, string prefix, int limit) =>
        search.IsReady ? search.Index.Suggest(prefix, CatalogAuthorization.SearchViewer(actor), limit) : [];


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
            FacetFields.Format => MediaTypes.NormalizeFormat(value) ?? value,
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
