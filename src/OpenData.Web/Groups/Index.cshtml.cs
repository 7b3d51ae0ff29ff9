using OpenData.Web.Accounts;
using OpenData.Web.Catalog;
using OpenData.Web.Shared;

namespace OpenData.Web.Groups;

public sealed class IndexModel(CurrentActor current, ThemeActions themes) : PortalPageModel
{
    public IReadOnlyList<ThemeSummary> Themes { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Themes = await themes.ListAsync(await current.GetAsync(ct), ct);
}
