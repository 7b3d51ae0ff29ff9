using Microsoft.AspNetCore.Mvc;
using OpenData.Web.Accounts;
using OpenData.Web.Catalog;
using OpenData.Web.Shared;

namespace OpenData.Web.Datasets;

/// <summary>Streams an uploaded file under its original name (RFC 6266 with RFC 5987 filename* for Vietnamese names); a link resource redirects.</summary>
public sealed class DownloadModel(CurrentActor current, ResourceActions resources, DatasetActions datasets) : PortalPageModel
{
    public async Task<IActionResult> OnGetAsync(string name, Guid id, CancellationToken ct)
    {
        var actor = await current.GetAsync(ct);
        var (view, resource) = await resources.ShowDataAsync(actor, name, id, ct);
        if (!resource.IsUpload)
        {
            if (resource.Url is null || !CatalogRules.IsValidWebUrl(resource.Url))
            {
                return NotFound();
            }
            await datasets.RecordDownloadAsync(view.Dataset.Id, ct);
            return Redirect(resource.Url);
        }
        var (stored, content, mediaType) = await resources.OpenDownloadAsync(actor, name, id, ct);
        // FileDownloadName writes both filename= (ASCII fallback) and filename*=UTF-8''… (RFC 5987).
        return new FileStreamResult(content, mediaType) { FileDownloadName = stored.FileName ?? "file", EnableRangeProcessing = true };
    }
}
