using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using OpenData.Web.Api.Ckan;
using OpenData.Web.Api.Examples;
using OpenData.Web.Catalog;
using OpenData.Web.Hosting;

namespace OpenData.Web.Api;

/// <summary>/api: the developers' guide, with examples that run against this portal and one of its real datasets.</summary>
public sealed class IndexModel(IDatasetSearch search, IOptions<PortalOptions> options) : PageModel
{
    /// <summary>Shown when the catalogue is empty; the examples then explain the shape, not the data.</summary>
    public const string PlaceholderName = "ten-bo-du-lieu";

    public string BaseUrl { get; private set; } = "";

    public string SampleName { get; private set; } = PlaceholderName;

    public ApiExampleSet Reading { get; private set; } = null!; // set by OnGetAsync before the page renders

    public ApiExampleSet Dcat { get; private set; } = null!; // set by OnGetAsync

    public ApiExampleSet Csv { get; private set; } = null!; // set by OnGetAsync

    public ApiExampleSet Writing { get; private set; } = null!; // set by OnGetAsync

    public int MaxRows => CkanSearchAction.MaxRows;

    public int DcatPageSize => options.Value.DcatPageSize;

    public int DatastoreDefaultLimit => DataStore.DatastoreActions.DefaultLimit;

    public int DatastoreMaxLimit => DataStore.DatastoreActions.MaxLimit;

    public async Task OnGetAsync(CancellationToken ct)
    {
        BaseUrl = CkanApi.BaseUrl(HttpContext);
        // A public dataset, as an anonymous reader sees it: the examples must work without a token.
        var popular = await search.SearchAsync(Actor.Anonymous, new DatasetListQuery { Sort = DatasetSort.Popular, Limit = 1, FacetLimit = 0 }, ct);
        SampleName = popular.Items.FirstOrDefault()?.Name ?? PlaceholderName;
        Reading = new(BaseUrl,
        [
            new("ApiExamples.PackageSearch", [], ApiExamples.PackageSearch("dân số")),
            new("ApiExamples.PackageShow", [], ApiExamples.PackageShow(SampleName)),
            new("ApiExamples.OrganizationList", [], ApiExamples.OrganizationList()),
        ]);
        Dcat = new(BaseUrl,
        [
            new("ApiExamples.CatalogTurtle", [], ApiExamples.CatalogTurtle()),
            new("ApiExamples.DatasetTurtle", [], ApiExamples.DatasetTurtle(SampleName)),
        ]);
        Csv = new(BaseUrl, [new("ApiExamples.CatalogCsv", [], ApiExamples.CatalogCsv())]);
        Writing = new(BaseUrl, [new("ApiExamples.PackagePatch", [], ApiExamples.PackagePatch(SampleName))]);
    }
}
