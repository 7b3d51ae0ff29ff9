using Microsoft.AspNetCore.Mvc;
using OpenData.Web.Accounts;
using OpenData.Web.Catalog;
using OpenData.Web.Shared;

namespace OpenData.Web.Datasets;

public sealed class HistoryModel(CurrentActor current, DatasetActions datasets) : PortalPageModel
{
    /// <summary>The {name} route value; read from the route only, so a form field called "name" cannot stand in for it.</summary>
    public string Name => RouteData.Values["name"] as string ?? "";

    public DatasetView View { get; private set; } = null!; // set by OnGetAsync before rendering

    public IReadOnlyList<RevisionSummary> Revisions { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var actor = await current.GetAsync(ct);
        View = await datasets.ShowAsync(actor, Name, ct);
        Revisions = await datasets.HistoryAsync(actor, Name, ct);
    }
}
