using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using OpenData.Web.Accounts;
using OpenData.Web.Catalog;
using OpenData.Web.Shared;

namespace OpenData.Web.Admin;

/// <summary>CKAN's /ckan-admin/trash: deleted datasets, restored or purged by a system admin.</summary>
[Authorize]
public sealed class TrashModel(CurrentActor current, DatasetActions datasets) : PortalPageModel
{
    public IReadOnlyList<DatasetSummary> Deleted { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Deleted = await datasets.TrashAsync(await current.GetAsync(ct), ct);

    public async Task<IActionResult> OnPostRestoreAsync([FromForm(Name = "id")] Guid id, CancellationToken ct)
    {
        var restored = await datasets.RestoreAsync(await current.GetAsync(ct), id.ToString(), ct);
        return Redirect($"/dataset/{restored.Dataset.Name}");
    }

    public async Task<IActionResult> OnPostPurgeAsync([FromForm(Name = "id")] Guid id, CancellationToken ct)
    {
        await datasets.PurgeAsync(await current.GetAsync(ct), id.ToString(), ct);
        return Redirect("/ckan-admin/trash");
    }
}
