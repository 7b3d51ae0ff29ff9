using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using OpenData.Dcat.Model;
using OpenData.Web.Accounts;
using OpenData.Web.Catalog;
using OpenData.Web.Shared;

namespace OpenData.Web.Datasets;

[Authorize]
public sealed class ResourceDeleteModel(CurrentActor current, ResourceActions resources, IStringLocalizer<SharedResource> l) : PortalPageModel
{
    /// <summary>The {name} route value; read from the route only, so a form field called "name" cannot stand in for it.</summary>
    public string Name => RouteData.Values["name"] as string ?? "";

    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public DatasetView View { get; private set; } = null!; // set by OnGetAsync before rendering

    public Distribution Resource { get; private set; } = null!; // set by OnGetAsync before rendering

    public async Task OnGetAsync(CancellationToken ct)
    {
        var actor = await current.GetAsync(ct);
        (View, Resource) = await resources.ShowAsync(actor, Name, Id, ct);
        if (!CatalogAuthorization.CanEditDatasets(actor, View.Organization.Id))
        {
            throw new NotAuthorizedException(l["Auth.NotAllowed"]);
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await resources.DeleteAsync(await current.GetAsync(ct), Name, Id, ct);
        return Redirect($"/dataset/{Name}");
    }
}
