using Microsoft.AspNetCore.Mvc;
using OpenData.Dcat.Model;
using OpenData.Web.Accounts;
using OpenData.Web.Catalog;
using OpenData.Web.Shared;

namespace OpenData.Web.Groups;

public sealed class ShowModel(CurrentActor current, ThemeActions themes, IDatasetSearch search) : PortalPageModel
{
    /// <summary>The {name} route value; read from the route only, so a form field called "name" cannot stand in for it.</summary>
    public string Name => RouteData.Values["name"] as string ?? "";

    public Theme Theme { get; private set; } = null!; // set by OnGetAsync before rendering

    public DatasetListResult Result { get; private set; } = new(0, [], new Dictionary<string, IReadOnlyList<FacetValue>>());

    public Pager Pager { get; private set; } = new(1, 1, _ => "");

    public async Task OnGetAsync(CancellationToken ct)
    {
        var actor = await current.GetAsync(ct);
        Theme = await themes.ShowAsync(Name, ct);
        var page = Pager.QueryPage(Request);
        Result = await search.SearchAsync(actor, new DatasetListQuery
        {
            Themes = [Theme.Name],
            Sort = DatasetSort.RecentlyUpdated,
            Offset = (page - 1) * Pager.PageSize,
            Limit = Pager.PageSize,
        }, ct);
        Pager = new Pager(page, Pager.CountPages(Result.Total), n => n == 1 ? $"/group/{Theme.Name}" : $"/group/{Theme.Name}?page={n}");
    }
}
