using Microsoft.AspNetCore.Mvc;
using OpenData.Web.Accounts;
using OpenData.Web.Catalog;
using OpenData.Web.Shared;

namespace OpenData.Web.Datasets;

public sealed class ChangesModel(CurrentActor current, DatasetActions datasets) : PortalPageModel
{
    /// <summary>The {name} route value; read from the route only, so a form field called "name" cannot stand in for it.</summary>
    public string Name => RouteData.Values["name"] as string ?? "";

    [BindProperty(SupportsGet = true, Name = "from")]
    public int From { get; set; }

    [BindProperty(SupportsGet = true, Name = "to")]
    public int To { get; set; }

    public RevisionComparison Comparison { get; private set; } = null!; // set by OnGetAsync before rendering

    public async Task OnGetAsync(CancellationToken ct)
    {
        var actor = await current.GetAsync(ct);
        if (To == 0)
        {
            var history = await datasets.HistoryAsync(actor, Name, ct);
            To = history.Count > 0 ? history[0].Number : 1;
            From = From == 0 ? Math.Max(1, To - 1) : From;
        }
        Comparison = await datasets.CompareAsync(actor, Name, From, To, ct);
    }
}
