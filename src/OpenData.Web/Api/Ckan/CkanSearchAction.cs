using System.Text.Json.Nodes;
using OpenData.Web.Catalog;

namespace OpenData.Web.Api.Ckan;

/// <summary>package_search: CKAN's parameters → <see cref="DatasetListQuery"/>, the result → CKAN's search dict.</summary>
public static class CkanSearchAction
{
    public const int MaxRows = 1000;
    public const string DefaultSort = "score desc, metadata_modified desc";
    private static readonly string[] DefaultFacetFields = ["organization", "groups", "tags", "res_format", "license_id"];

    public static IEnumerable<CkanAction> All() =>
    [
        new("package_search", true, """
            Search for datasets (packages) matching a query.

            :param q: the search text, or Solr syntax such as tags:"dân số" organization:so-y-te (default "*:*")
            :param fq: filter query in Solr syntax: organization, owner_org, groups, tags, res_format, license_id,
                access_level, name, id as field:value, field:"phrase", field:(a OR b), -field:value;
                metadata_modified and metadata_created as [2024-01-01T00:00:00Z TO *] or NOW-30DAYS; capacity:public
            :param fq_list: a list of filter queries, all of which must hold
            :param sort: "score desc, metadata_modified desc" (default), "metadata_modified desc", "metadata_created desc",
                "name asc", "title_string asc", "views_recent desc"
            :param rows: the number of datasets to return (default 10, at most 1000: larger values are lowered to 1000)
            :param start: the offset of the first dataset to return
            :param cursor: deep paging: "*" for the first page, then the previous result's next_cursor; start is then ignored
            :param facet: whether to return facets (default true)
            :param facet.field: a JSON list of fields to facet on
            :param facet.limit: the most values per facet (default 50; -1 for all)
            :param facet.mincount: the least count a facet value needs to be returned (default 1)
            :param include_private: include the private datasets the caller may see (default false)
            :param include_drafts: include the draft datasets the caller may see (default false)
            :returns: {count, results, facets, search_facets, sort, next_cursor?}
            """, SearchAsync),
    ];

    private static async Task<JsonNode?> SearchAsync(CkanCall call)
    {
        var rows = Math.Min(call.Int("rows", 10), MaxRows);
        var start = call.Int("start", 0);
        var sortText = call.String("sort") ?? DefaultSort;
        var facet = call.Bool("facet", true);
        var facetFields = call.List("facet.field") ?? (facet ? DefaultFacetFields : []);
        var facetLimit = call.Int("facet.limit", 50, min: -1);
        var facetMinCount = call.Int("facet.mincount", 1);
        var now = DateTimeOffset.UtcNow;

        var query = new DatasetListQuery
        {
            Sort = ParseSort(sortText),
            Limit = rows,
            Offset = start,
            IncludePrivate = call.Bool("include_private", false),
            IncludeDrafts = call.Bool("include_drafts", false),
            Cursor = call.String("cursor"),
            FacetLimit = facet && facetFields.Count > 0 ? facetLimit : 0,
        };
        var criteria = new SearchCriteria();
        var q = call.String("q");
        if (q is not null && q.Trim() != "*:*")
        {
            if (SolrQueryTranslator.LooksStructured(q))
            {
                SolrQueryTranslator.Translate(q, now, criteria);
            }
            else
            {
                // Plain words go to the Vietnamese search as typed.
                criteria.Text.Add(q.Trim());
            }
        }
        var filterQueries = new List<string>();
        if (call.String("fq") is { } fq)
        {
            filterQueries.Add(fq);
        }
        filterQueries.AddRange(call.List("fq_list") ?? []);
        foreach (var filter in filterQueries)
        {
            SolrQueryTranslator.Translate(filter, now, criteria);
        }
        query = criteria.ApplyTo(query);
        query = query with { Filters = await ResolveOwnerOrgsAsync(call, query.Filters) };

        var result = await call.Service<IDatasetSearch>().SearchAsync(call.Actor, query, call.Aborted);
        var views = await call.Service<DatasetActions>().ShowManyAsync(call.Actor, result.Items.Select(i => i.Id).ToList(), call.Aborted);
        var facets = new JsonObject();
        var searchFacets = new JsonObject();
        foreach (var field in facetFields.Distinct())
        {
            var values = (result.Facets.GetValueOrDefault(field) ?? []).Where(v => v.Count >= facetMinCount).ToList();
            facets[field] = new JsonObject(values.Select(v => KeyValuePair.Create(v.Value, (JsonNode?)v.Count)));
            searchFacets[field] = new JsonObject
            {
                ["title"] = field,
                ["items"] = new JsonArray(values.Select(v => (JsonNode)new JsonObject { ["name"] = v.Value, ["display_name"] = v.Label, ["count"] = v.Count }).ToArray()),
            };
        }
        var answer = new JsonObject
        {
            ["count"] = result.Total,
            ["results"] = new JsonArray([.. await CkanDicts.PackagesAsync(call, views)]),
            ["facets"] = facets,
            ["search_facets"] = searchFacets,
            ["sort"] = sortText,
        };
        if (query.Cursor is not null)
        {
            answer["next_cursor"] = result.NextCursor;
        }
        return answer;
    }

    /// <summary>CKAN sort strings → our sorts; the first key decides ("score desc, metadata_modified desc" is relevance).</summary>
    public static DatasetSort ParseSort(string sort)
    {
        var first = sort.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? "";
        var parts = first.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var field = parts.ElementAtOrDefault(0)?.ToLowerInvariant() ?? "";
        var direction = parts.ElementAtOrDefault(1)?.ToLowerInvariant() ?? "asc";
        return (field, direction) switch
        {
            ("score" or "rank", "desc") => DatasetSort.Relevance,
            ("metadata_modified", "desc") => DatasetSort.RecentlyUpdated,
            ("metadata_created", "desc") => DatasetSort.Newest,
            ("name" or "title_string" or "title", "asc") => DatasetSort.Name,
            ("views_recent" or "views_total" or "popularity", "desc") => DatasetSort.Popular,
            _ => throw new SearchQueryException($"the sort \"{sort}\" is not supported; use one of: score desc, metadata_modified desc, metadata_created desc, name asc, title_string asc, views_recent desc"),
        };
    }

    /// <summary>owner_org filters name organizations by id; the search filters by name.</summary>
    private static async Task<IReadOnlyList<DatasetFilter>> ResolveOwnerOrgsAsync(CkanCall call, IReadOnlyList<DatasetFilter> filters)
    {
        if (filters.All(f => f.Field != SolrQueryTranslator.OwnerOrg))
        {
            return filters;
        }
        var organizations = call.Service<OrganizationActions>();
        var resolved = new List<DatasetFilter>();
        foreach (var filter in filters)
        {
            if (filter.Field != SolrQueryTranslator.OwnerOrg)
            {
                resolved.Add(filter);
                continue;
            }
            var names = new List<string>();
            foreach (var value in filter.AnyOf)
            {
                try
                {
                    names.Add((await organizations.ShowAsync(value, call.Aborted)).Name);
                }
                catch (NotFoundException)
                {
                    // An unknown organization matches no dataset.
                }
            }
            resolved.Add(new DatasetFilter(DatasetFields.Organization, names, filter.Exclude));
        }
        return resolved;
    }
}
