using OpenData.Web.Accounts;
using OpenData.Web.Catalog;
using OpenData.Web.Shared;

namespace OpenData.Web.Organizations;

public sealed class IndexModel(CurrentActor current, OrganizationActions organizations, MarkdownRenderer markdown) : PortalPageModel
{
    public IReadOnlyList<OrganizationSummary> All { get; private set; } = [];

    public IReadOnlyList<OrganizationSummary> TopLevel => All.Where(o => o.Organization.ParentId is null || All.All(p => p.Organization.Id != o.Organization.ParentId)).ToList();

    public IReadOnlyList<OrganizationSummary> ChildrenOf(Guid id) => All.Where(o => o.Organization.ParentId == id).ToList();

    public string Excerpt(string description) => markdown.Excerpt(description, 160);

    public async Task OnGetAsync(CancellationToken ct) => All = await organizations.ListAsync(await current.GetAsync(ct), ct);
}
