using Microsoft.AspNetCore.Mvc;
using OpenData.Dcat.Model;
using OpenData.Web.Accounts;
using OpenData.Web.Catalog;
using OpenData.Web.Datasets.Previews;
using OpenData.Web.Shared;

namespace OpenData.Web.Datasets;

public sealed class ResourceModel(CurrentActor current, ResourcePreviewActions previews) : PortalPageModel
{
    /// <summary>The {name} route value; read from the route only, so a form field called "name" cannot stand in for it.</summary>
    public string Name => RouteData.Values["name"] as string ?? "";

    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public DatasetView View { get; private set; } = null!; // set by OnGetAsync before the page renders

    public Distribution Resource { get; private set; } = null!; // set by OnGetAsync before the page renders

    public CsvTable? Table { get; private set; }

    public GeoJsonPicture? Map { get; private set; }

    public bool CanEdit { get; private set; }

    public string DownloadUrl => $"/dataset/{View.Dataset.Name}/resource/{Resource.Id}/download/{Uri.EscapeDataString(Resource.FileName ?? "file")}";

    public async Task OnGetAsync(CancellationToken ct)
    {
        var actor = await current.GetAsync(ct);
        var (view, resource, content) = await previews.OpenAsync(actor, Name, Id, ct);
        View = view;
        Resource = resource;
        CanEdit = CatalogAuthorization.CanEditDatasets(actor, view.Organization.Id) && view.Dataset.State != DatasetState.Deleted;
        if (content is null)
        {
            return;
        }
        await using (content)
        {
            switch (resource.Format?.ToUpperInvariant())
            {
                case "CSV":
                    Table = await CsvPreview.ReadAsync(content, ct);
                    break;
                case "GEOJSON":
                    Map = await GeoJsonSvg.DrawAsync(content, resource.Title, ct);
                    break;
            }
        }
    }
}
