using OpenData.Web.Accounts;
using OpenData.Web.Catalog;
using OpenData.Web.Shared;

namespace OpenData.Web.Home;

public sealed class IndexModel(CurrentActor current, CatalogStatistics statistics, ThemeActions themes, IDatasetSearch search) : PortalPageModel
{
    public CatalogCounts Counts { get; private set; } = new(0, 0, 0, 0);
    public IReadOnlyList<ThemeSummary> Themes { get; private set; } = [];
    public IReadOnlyList<DatasetSummary> Newest { get; private set; } = [];
    public IReadOnlyList<DatasetSummary> Popular { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var actor = await current.GetAsync(ct);
        Counts = await statistics.CountsAsync(actor, ct);
        Themes = await themes.ListAsync(actor, ct);
        Newest = (await search.SearchAsync(actor, new DatasetListQuery { Sort = DatasetSort.Newest, Limit = 6 }, ct)).Items;
        Popular = (await search.SearchAsync(actor, new DatasetListQuery { Sort = DatasetSort.Popular, Limit = 6 }, ct)).Items;
    }
}
