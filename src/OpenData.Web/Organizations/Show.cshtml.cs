using Microsoft.AspNetCore.Mvc;
using OpenData.Dcat.Model;
using OpenData.Web.Accounts;
using OpenData.Web.Catalog;
using OpenData.Web.Shared;

namespace OpenData.Web.Organizations;

public sealed class ShowModel(CurrentActor current, OrganizationActions organizations, IDatasetSearch search, MarkdownRenderer markdown) : PortalPageModel
{
    /// <summary>The {name} route value; read from the route only, so a form field called "name" cannot stand in for it.</summary>
    public string Name => RouteData.Values["name"] as string ?? "";

    [BindProperty(SupportsGet = true, Name = "deleted")]
    public string? Deleted { get; set; }

    public Organization Organization { get; private set; } = null!; // set by OnGetAsync before rendering

    public Organization? Parent { get; private set; }

    public IReadOnlyList<OrganizationSummary> Children { get; private set; } = [];

    public string DescriptionHtml { get; private set; } = "";

    public DatasetListResult Result { get; private set; } = new(0, [], new Dictionary<string, IReadOnlyList<FacetValue>>());

    public Pager Pager { get; private set; } = new(1, 1, _ => "");

    public bool CanEdit { get; private set; }

    public bool CanManageMembers { get; private set; }

    public bool IsMember { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var actor = await current.GetAsync(ct);
        Organization = await organizations.ShowAsync(Name, ct);
        var all = await organizations.ListAsync(actor, ct);
        Parent = all.FirstOrDefault(o => o.Organization.Id == Organization.ParentId)?.Organization;
        Children = all.Where(o => o.Organization.ParentId == Organization.Id).ToList();
        DescriptionHtml = markdown.ToHtml(Organization.Description);
        var page = Pager.QueryPage(Request);
        Result = await search.SearchAsync(actor, new DatasetListQuery
        {
            Organizations = [Organization.Name],
            Sort = DatasetSort.RecentlyUpdated,
            Offset = (page - 1) * Pager.PageSize,
            Limit = Pager.PageSize,
        }, ct);
        Pager = new Pager(page, Pager.CountPages(Result.Total), n => n == 1 ? $"/organization/{Organization.Name}" : $"/organization/{Organization.Name}?page={n}");
        CanEdit = CatalogAuthorization.CanEditDatasets(actor, Organization.Id);
        CanManageMembers = CatalogAuthorization.CanManageMembers(actor, Organization.Id);
        IsMember = actor.IsSysAdmin || actor.RoleIn(Organization.Id) is not null;
    }
}
