using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using OpenData.Dcat.Model;
using OpenData.Web.Accounts;
using OpenData.Web.Catalog;

namespace OpenData.Web.Datasets;

[Authorize]
public sealed class EditModel(
    CurrentActor current,
    DatasetActions datasets,
    OrganizationActions organizations,
    ThemeActions themes,
    CatalogStatistics statistics,
    IStringLocalizer<SharedResource> l) : DatasetFormPage(current, organizations, themes, statistics)
{
    /// <summary>The {name} route value; read from the route only, so a form field called "name" cannot stand in for it.</summary>
    public string Name => RouteData.Values["name"] as string ?? "";

    public DatasetView View { get; private set; } = null!; // set by both handlers before rendering

    public override bool IsNew => false;

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        Form = DatasetForm.From(View.Dataset, View.Revision);
    }

    public async Task<IActionResult> OnPostAsync(DatasetForm form, CancellationToken ct)
    {
        await LoadAsync(ct);
        Form = form;
        try
        {
            // Fields the form does not show are carried over, so an edit through the page does not erase them.
            var input = form.ToInput(Locations, View.Dataset.Languages) with
            {
                ConformsTo = View.Dataset.ConformsTo,
                HarvestSource = View.Dataset.HarvestSource,
            };
            var updated = await datasets.UpdateAsync(Actor, Name, input, form.Revision, form.Message, ct);
            return Redirect($"/dataset/{updated.Dataset.Name}");
        }
        catch (ValidationException e)
        {
            return Rejected(e);
        }
        catch (ConcurrencyConflictException e)
        {
            return Rejected(e.Message, StatusCodes.Status409Conflict);
        }
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        await LoadChoicesAsync(ct);
        View = await datasets.ShowAsync(Actor, Name, ct);
        if (!CatalogAuthorization.CanEditDatasets(Actor, View.Organization.Id) || View.Dataset.State == DatasetState.Deleted)
        {
            throw new NotAuthorizedException(l["Auth.NotAllowed"]);
        }
    }
}
