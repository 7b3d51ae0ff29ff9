using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using OpenData.Web.Accounts;
using OpenData.Web.Catalog;
using OpenData.Web.Hosting;
using OpenData.Web.Shared;

namespace OpenData.Web.Datasets;

[Authorize]
[IgnoreAntiforgeryToken] // validated by UploadForm, which reads the form first
[UploadForm]
public sealed class ResourceNewModel(CurrentActor current, DatasetActions datasets, ResourceActions resources, IOptions<PortalOptions> portal, IStringLocalizer<SharedResource> l)
    : ResourceFormPage(current, datasets, portal, l)
{
    public override bool IsNew => true;

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(ResourceForm form, CancellationToken ct)
    {
        await LoadAsync(ct);
        return await SaveAsync(form, input => resources.CreateAsync(Actor, Name, input, ct));
    }
}
