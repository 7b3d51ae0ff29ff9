using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using OpenData.Dcat.Model;
using OpenData.Web.Accounts;
using OpenData.Web.Catalog;
using OpenData.Web.Hosting;
using OpenData.Web.Shared;

namespace OpenData.Web.Datasets;

[Authorize]
[IgnoreAntiforgeryToken] // validated by UploadForm, which reads the form first
[UploadForm]
public sealed class ResourceEditModel(CurrentActor current, DatasetActions datasets, ResourceActions resources, IOptions<PortalOptions> portal, IStringLocalizer<SharedResource> l)
    : ResourceFormPage(current, datasets, portal, l)
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public Distribution Resource { get; private set; } = null!; // set by FindAsync before rendering

    public override bool IsNew => false;

    public async Task OnGetAsync(CancellationToken ct)
    {
        await FindAsync(ct);
        Form = ResourceForm.From(Resource);
    }

    public async Task<IActionResult> OnPostAsync(ResourceForm form, CancellationToken ct)
    {
        await FindAsync(ct);
        return await SaveAsync(form, input => resources.UpdateAsync(Actor, Name, Id, input, ct));
    }

    private async Task FindAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        Resource = View.Dataset.Distributions.FirstOrDefault(d => d.Id == Id) ?? throw ResourceNotFound();
    }
}
