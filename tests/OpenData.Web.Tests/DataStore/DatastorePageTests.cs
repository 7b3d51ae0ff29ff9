using System.Net;
using System.Text;
using AngleSharp.Html.Parser;
using OpenData.Web.Tests.Infrastructure;

namespace OpenData.Web.Tests.DataStore;

/// <summary>The server-rendered status, preview and chart (the data-store page of a resource).</summary>
public sealed class DatastorePageTests(EmptySqlitePortal portal) : IClassFixture<EmptySqlitePortal>
{
    private async Task<AngleSharp.Html.Dom.IHtmlDocument> GetAsync(string url)
    {
        using var response = await portal.CreateClient().GetAsync(url, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task The_page_shows_the_status_the_rows_and_an_accessible_chart()
    {
        var id = await DatastoreFixtures.UploadAndWaitAsync(portal, Encoding.UTF8.GetBytes(SqliteDatastoreStoreTests.Communes), "xa.csv");

        var page = await GetAsync($"/dataset/x/resource/{id}/datastore");

        Assert.Contains("đã nạp 5 dòng", page.QuerySelector(".datastore-state")!.TextContent);
        Assert.Equal(5, page.QuerySelectorAll("#data-preview tbody tr").Length);
        Assert.NotNull(page.QuerySelector("svg.chart title"));
        Assert.NotNull(page.QuerySelector("svg.chart desc"));
        Assert.Equal(5, page.QuerySelectorAll(".data-chart-table tbody tr").Length);
        Assert.Empty(page.QuerySelectorAll("[style], script:not([src])"));
    }

    /// <summary>"Nạp lúc" was the server's clock (UTC here) while history and tokens showed Vietnam time.</summary>
    [Fact]
    public async Task The_load_time_is_shown_in_Vietnam_time_like_every_other_time()
    {
        var id = await DatastoreFixtures.UploadAndWaitAsync(portal, Encoding.UTF8.GetBytes(SqliteDatastoreStoreTests.Communes), "xa.csv");

        var page = await GetAsync($"/dataset/x/resource/{id}/datastore");

        var time = page.QuerySelector(".datastore-status time") ?? throw new InvalidOperationException("no load time");
        var loaded = DateTimeOffset.Parse(time.GetAttribute("datetime")!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(loaded.ToOffset(TimeSpan.FromHours(7)).ToString("dd/MM/yyyy HH:mm", System.Globalization.CultureInfo.InvariantCulture), time.TextContent.Trim());
    }

    [Fact]
    public async Task The_resource_page_shows_the_data_store_status_in_English_with_lang_en()
    {
        var (dataset, id) = await DatastoreFixtures.UploadToNewDatasetAndWaitAsync(portal, Encoding.UTF8.GetBytes(SqliteDatastoreStoreTests.Communes), "xa.csv");

        var page = await GetAsync($"/dataset/{dataset}/resource/{id}?lang=en");

        Assert.Equal("Data store", page.QuerySelector("#datastore-status-heading")!.TextContent);
        Assert.Contains("5 rows loaded", page.QuerySelector(".datastore-state")!.TextContent);
        Assert.DoesNotContain("đã nạp", page.QuerySelector(".datastore-status")!.TextContent);
    }

    [Fact]
    public async Task The_preview_filters_and_sorts_with_plain_GET_parameters()
    {
        var id = await DatastoreFixtures.UploadAndWaitAsync(portal, Encoding.UTF8.GetBytes(SqliteDatastoreStoreTests.Communes), "xa.csv");

        var page = await GetAsync($"/dataset/x/resource/{id}/datastore?q=nghia&sort=-c4");

        var names = page.QuerySelectorAll("#data-preview tbody tr").Select(r => r.Children[1].TextContent).ToList();
        Assert.Equal(["Xã Nghĩa Hà", "Phường Nghĩa Lộ"], names);
    }
}
