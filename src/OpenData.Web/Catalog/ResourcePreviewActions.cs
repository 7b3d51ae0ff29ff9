using OpenData.Dcat.Model;
using OpenData.Web.Storage;

namespace OpenData.Web.Catalog;

/// <summary>Reads the start of an uploaded file for a preview on the resource page; not counted as a download.</summary>
public sealed class ResourcePreviewActions(ResourceActions resources, FileStore files)
{
    /// <summary>
    /// The resource and, for uploads whose file exists and whose data the actor may read, a stream over it (the
    /// caller disposes it).
    /// </summary>
    public async Task<(DatasetView View, Distribution Resource, Stream? Content)> OpenAsync(Actor actor, string datasetNameOrId, Guid resourceId, CancellationToken ct)
    {
        var (view, resource) = await resources.ShowAsync(actor, datasetNameOrId, resourceId, ct);
        var content = view.CanReadData && resource.FileSha256 is { } sha ? files.OpenRead(sha) : null;
        return (view, resource, content);
    }
}
