using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using OpenData.Web.Accounts;
using OpenData.Web.Catalog;

namespace OpenData.Web.Datasets;

[Authorize]
public sealed class NewModel(
    CurrentActor current,
    DatasetActions datasets,
    OrganizationActions organizations,
    ThemeActions themes,
    CatalogStatistics statistics,
    IStringLocalizer<SharedResource> l) : DatasetFormPage(current, organizations, themes, statistics)
{
    public override bool IsNew => true;

    public async Task OnGetAsync([FromQuery(Name = "organization")] string? organization, CancellationToken ct)
    {
        await LoadChoicesAsync(ct);
        RequireSomeOrganization();
        Form.Organization = organization ?? (Organizations.Count == 1 ? Organizations[0].Name : null);
    }

    public async Task<IActionResult> OnPostAsync(DatasetForm form, CancellationToken ct)
    {
        await LoadChoicesAsync(ct);
        RequireSomeOrganization();
        Form = form;
        try
        {
            var created = await datasets.CreateAsync(Actor, form.ToInput(Locations, ["vi"]), ct);
            return Redirect($"/dataset/{created.Dataset.Name}");
        }
        catch (ValidationException e) when (string.IsNullOrWhiteSpace(form.Name) && string.IsNullOrWhiteSpace(form.Title))
        {
            // The name would have come from the title: one "required" message on the title says it all.
            return Rejected(new ValidationException(e.Errors.Where(f => f.Key != "name").ToDictionary()));
        }
        catch (ValidationException e)
        {
            return Rejected(e);
        }
    }

    private void RequireSomeOrganization()
    {
        if (Organizations.Count == 0)
        {
            throw new NotAuthorizedException(l["Auth.NotAllowed"]);
        }
    }
}
