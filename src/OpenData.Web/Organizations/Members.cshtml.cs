using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using OpenData.Dcat.Model;
using OpenData.Web.Accounts;
using OpenData.Web.Catalog;
using OpenData.Web.Shared;

namespace OpenData.Web.Organizations;

/// <summary>Members of an organization: listed for its members, managed by its admins (CKAN member_*).</summary>
[Authorize]
public sealed class MembersModel(CurrentActor current, OrganizationActions organizations) : PortalPageModel
{
    /// <summary>The {name} route value; read from the route only, so a form field called "name" cannot stand in for it.</summary>
    public string Name => RouteData.Values["name"] as string ?? "";

    public Organization Organization { get; private set; } = null!; // set by LoadAsync before rendering

    public IReadOnlyList<MemberView> Members { get; private set; } = [];

    public bool CanManage { get; private set; }

    public string? UserName { get; private set; }

    public OrganizationRole Role { get; private set; } = OrganizationRole.Editor;

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public async Task<IActionResult> OnPostAddAsync([FromForm(Name = "username")] string? username, [FromForm(Name = "role")] OrganizationRole role, CancellationToken ct)
    {
        var actor = await current.GetAsync(ct);
        try
        {
            await organizations.SetMemberAsync(actor, Name, username ?? "", role, ct);
        }
        catch (ValidationException e)
        {
            await LoadAsync(ct);
            UserName = username;
            Role = role;
            return Rejected(e);
        }
        return Redirect($"/organization/{Name}/members");
    }

    public async Task<IActionResult> OnPostRoleAsync([FromForm(Name = "username")] string username, [FromForm(Name = "role")] OrganizationRole role, CancellationToken ct)
    {
        await organizations.SetMemberAsync(await current.GetAsync(ct), Name, username, role, ct);
        return Redirect($"/organization/{Name}/members");
    }

    public async Task<IActionResult> OnPostRemoveAsync([FromForm(Name = "user_id")] Guid userId, CancellationToken ct)
    {
        await organizations.RemoveMemberAsync(await current.GetAsync(ct), Name, userId, ct);
        return Redirect($"/organization/{Name}/members");
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var actor = await current.GetAsync(ct);
        Organization = await organizations.ShowAsync(Name, ct);
        Members = await organizations.MembersAsync(actor, Name, ct);
        CanManage = CatalogAuthorization.CanManageMembers(actor, Organization.Id);
    }
}
