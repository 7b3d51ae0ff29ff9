using Microsoft.AspNetCore.Mvc;
using OpenData.Web.Accounts;
using OpenData.Web.Catalog;
using OpenData.Web.Shared;

namespace OpenData.Web.Datasets;

/// <summary>/dataset: search and facets with CKAN's parameter names, so links and bookmarks from CKAN portals keep working.</summary>
public sealed class IndexModel(CurrentActor current, IDatasetSearch search) : PortalPageModel
{
    public static readonly string[] FacetNames = ["organization", "groups", "tags", "res_format", "license_id"];

    public static readonly (string Code, DatasetSort Sort)[] Sorts =
    [
        ("relevance", DatasetSort.Relevance),
        ("newest", DatasetSort.Newest),
        ("modified", DatasetSort.RecentlyUpdated),
        ("name", DatasetSort.Name),
        ("popular", DatasetSort.Popular),
    ];

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true, Name = "organization")]
    public string[] Organization { get; set; } = [];

    [BindProperty(SupportsGet = true, Name = "groups")]
    public string[] Groups { get; set; } = [];

    [BindProperty(SupportsGet = true, Name = "tags")]
    public string[] Tags { get; set; } = [];

    [BindProperty(SupportsGet = true, Name = "res_format")]
    public string[] ResFormat { get; set; } = [];

    [BindProperty(SupportsGet = true, Name = "license_id")]
    public string[] LicenseId { get; set; } = [];

    [BindProperty(SupportsGet = true, Name = "sort")]
    public string? Sort { get; set; }

    /// <summary>CKAN's "page" parameter; read from the query string because Razor Pages keeps a route value of that name.</summary>
    public int PageNumber { get; private set; } = 1;

    public DatasetListResult Result { get; private set; } = new(0, [], new Dictionary<string, IReadOnlyList<FacetValue>>());

    public Pager Pager { get; private set; } = new(1, 1, _ => "/dataset");

    public string SortCode => Sorts.Any(s => s.Code == Sort) ? Sort! : "relevance";

    public async Task OnGetAsync(CancellationToken ct)
    {
        PageNumber = Pager.QueryPage(Request);
        var actor = await current.GetAsync(ct);
        var query = new DatasetListQuery
        {
            Text = string.IsNullOrWhiteSpace(Q) ? null : Q.Trim(),
            Organizations = Clean(Organization),
            Themes = Clean(Groups),
            Tags = Clean(Tags),
            Formats = Clean(ResFormat),
            Licenses = Clean(LicenseId),
            Sort = Sorts.First(s => s.Code == SortCode).Sort,
            Offset = (PageNumber - 1) * Pager.PageSize,
            Limit = Pager.PageSize,
        };
        Result = await search.SearchAsync(actor, query, ct);
        Pager = new Pager(PageNumber, Pager.CountPages(Result.Total), n => UrlFor(page: n));
    }

    public string[] Selected(string facet) => facet switch
    {
        "organization" => Organization,
        "groups" => Groups,
        "tags" => Tags,
        "res_format" => ResFormat,
        "license_id" => LicenseId,
        _ => [],
    };

    /// <summary>This search's address with one filter value added or removed (page reset to 1).</summary>
    public string UrlFor(string? facet = null, string? value = null, bool remove = false, int page = 1, string? q = null)
    {
        var pairs = new List<KeyValuePair<string, string?>>();
        var text = q ?? Q;
        if (!string.IsNullOrWhiteSpace(text))
        {
            pairs.Add(new("q", text));
        }
        foreach (var name in FacetNames)
        {
            foreach (var selected in Selected(name))
            {
                if (!(remove && name == facet && selected == value))
                {
                    pairs.Add(new(name, selected));
                }
            }
            if (!remove && name == facet && value is not null && !Selected(name).Contains(value))
            {
                pairs.Add(new(name, value));
            }
        }
        if (Sort is not null && SortCode != "relevance")
        {
            pairs.Add(new("sort", SortCode));
        }
        if (page > 1)
        {
            pairs.Add(new("page", page.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
        return "/dataset" + Microsoft.AspNetCore.Http.QueryString.Create(pairs).Value;
    }

    /// <summary>This search (text, filters, sort) as CSV, one row per dataset: /dataset.csv takes the page's parameters.</summary>
    public string CsvUrl => "/dataset.csv" + UrlFor()["/dataset".Length..];

    /// <summary>The label a facet value has in the result, or the value itself.</summary>
    public string LabelOf(string facet, string value) =>
        Result.Facets.TryGetValue(facet, out var values) ? values.FirstOrDefault(v => v.Value == value)?.Label ?? value : value;

    private static string[] Clean(string[] values) => values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v.Trim()).Distinct().ToArray();
}
