using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using OpenData.Web.Accounts;
using OpenData.Web.Catalog;
using OpenData.Web.Shared;

namespace OpenData.Web.Datasets;

/// <summary>Asks before a (soft) delete; the dataset goes to the system admin's trash.</summary>
[Authorize]
public sealed class DeleteModel(CurrentActor current, DatasetActions datasets, IStringLocalizer<SharedResource> l) : PortalPageModel
{
    /// <summary>The {name} route value; read from the route only, so a form field called "name" cannot stand in for it.</summary>
    public string Name => RouteData.Values["name"] as string ?? "";

    public DatasetView View { get; private set; } = null!; // set by OnGetAsync before rendering

    public async Task OnGetAsync(CancellationToken ct)
    {
        var actor = await current.GetAsync(ct);
        View = await datasets.ShowAsync(actor, Name, ct);
        if (!CatalogAuthorization.CanEditDatasets(actor, View.Organization.Id))
        {
            throw new NotAuthorizedException(l["Auth.NotAllowed"]);
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var actor = await current.GetAsync(ct);
        var view = await datasets.ShowAsync(actor, Name, ct);
        await datasets.DeleteAsync(actor, Name, ct);
        return Redirect($"/organization/{view.Organization.Name}?deleted={Uri.EscapeDataString(view.Dataset.Title)}");
    }
}
