using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using OpenData.Web.Catalog;
using OpenData.Web.ErrorReports;
using OpenData.Web.Tests.Infrastructure;

namespace OpenData.Web.Tests.Pages;

/// <summary>What a citizen sees on the demo catalogue without signing in.</summary>
public sealed class ReadingPagesTests(SqlitePortal portal) : IClassFixture<SqlitePortal>
{
    private readonly PageBrowser _browser = new(portal);

    private Task<DatasetListResult> SearchAsync(DatasetListQuery query) =>
        portal.Act((s, ct) => s.Service<IDatasetSearch>().SearchAsync(Actor.Anonymous, query, ct));

    private static int Total(PageResponse page) =>
        int.Parse(page.Document.QuerySelector(".result-count")?.GetAttribute("data-total") ?? "-1", CultureInfo.InvariantCulture);

    private async Task<DatasetSummary> DatasetWithFormatAsync(string format) =>
        (await SearchAsync(new DatasetListQuery { Formats = [format], Sort = DatasetSort.Name, Limit = 1 })).Items[0];

    /// <summary>A demo dataset with an uploaded CSV file, and that resource.</summary>
    private async Task<(string Dataset, Dcat.Model.Distribution Resource)> UploadedCsvAsync()
    {
        var candidates = await SearchAsync(new DatasetListQuery { Formats = ["CSV"], Sort = DatasetSort.Name, Limit = 100 });
        foreach (var candidate in candidates.Items)
        {
            var view = await portal.Act((s, ct) => s.Service<DatasetActions>().ShowAsync(Actor.Anonymous, candidate.Name, ct));
            if (view.Dataset.Distributions.FirstOrDefault(d => d.IsUpload && d.Format == "CSV") is { } resource)
            {
                return (candidate.Name, resource);
            }
        }
        throw new InvalidOperationException("no uploaded CSV in the demo catalogue");
    }

    [Fact]
    public async Task Home_shows_the_catalogue_counts_the_themes_and_the_newest_datasets()
    {
        var page = await _browser.GetAsync("/");

        var datasets = (await SearchAsync(new DatasetListQuery { Limit = 0 })).Total;
        var numbers = page.Document.QuerySelectorAll(".stat-number").Select(n => n.TextContent.Replace(".", "").Replace(",", "")).ToList();
        Assert.Equal(datasets.ToString(CultureInfo.InvariantCulture), numbers[0]);
        Assert.Equal(12, page.Document.QuerySelectorAll(".theme-grid li").Length);
        Assert.Contains("Nông nghiệp", page.Text(".theme-grid"));
        Assert.Equal(6, page.Document.QuerySelectorAll("#newest li").Length);
    }

    [Fact]
    public async Task Dataset_list_shows_20_per_page_with_the_total()
    {
        var total = (await SearchAsync(new DatasetListQuery { Limit = 0 })).Total;

        var first = await _browser.GetAsync("/dataset");
        var last = await _browser.GetAsync($"/dataset?page={(total + 19) / 20}");

        Assert.Equal(20, first.Document.QuerySelectorAll(".dataset-item").Length);
        Assert.Equal(total, Total(first));
        Assert.Equal(total - (total - 1) / 20 * 20, last.Document.QuerySelectorAll(".dataset-item").Length);
    }

    [Theory]
    [InlineData("/dataset", "Chưa xác định giấy phép", "License not specified")]
    [InlineData("/dataset?lang=en", "License not specified", "Chưa xác định giấy phép")]
    public async Task Licence_facet_names_CKANs_generic_licences_in_the_readers_language(string path, string shown, string notShown)
    {
        var page = await _browser.GetAsync(path);
        var labels = page.Document.QuerySelectorAll(".facet-label").Select(e => e.TextContent.Trim()).ToList();

        Assert.Contains(shown, labels);
        Assert.DoesNotContain(notShown, labels);
    }

    /// <summary>On a phone the results started ~2,060 px down, after five facet lists: now they fold behind one control.</summary>
    [Fact]
    public async Task The_facet_lists_fold_behind_one_filter_control_that_works_without_JavaScript()
    {
        var page = await _browser.GetAsync("/dataset?groups=y-te");

        var panel = page.Document.QuerySelector("aside.facets > details.facet-panel") ?? throw new InvalidOperationException("no facet panel");
        Assert.False(panel.HasAttribute("open"));
        Assert.Equal("Lọc (1)", panel.QuerySelector("summary")?.TextContent.Trim());
        Assert.Equal(page.Document.QuerySelectorAll(".facet").Length, panel.QuerySelectorAll(".facet").Length);
        Assert.NotEmpty(page.Document.QuerySelectorAll(".results .dataset-item"));
    }

    [Fact]
    public async Task The_search_page_links_its_results_as_CSV_with_the_same_search()
    {
        var page = await _browser.GetAsync("/dataset?q=d%C3%A2n%20s%E1%BB%91&groups=xa-hoi");

        var link = page.Document.QuerySelector(".result-export a")?.GetAttribute("href") ?? throw new InvalidOperationException("no CSV link");
        Assert.Equal("/dataset.csv?q=d%C3%A2n%20s%E1%BB%91&groups=xa-hoi", link);
        var csv = await _browser.Http.GetStringAsync(link, TestContext.Current.CancellationToken);
        Assert.Equal(Total(page) + 1, CsvRecords(csv)); // a header, then one row per dataset
    }

    /// <summary>Records of an RFC 4180 text: line ends outside quoted fields.</summary>
    private static int CsvRecords(string csv)
    {
        var (records, quoted) = (0, false);
        foreach (var c in csv)
        {
            quoted ^= c == '"';
            records += !quoted && c == '\n' ? 1 : 0;
        }
        return records;
    }

    [Fact]
    public async Task Filtering_by_organization_narrows_the_list_to_the_facet_count()
    {
        var list = await _browser.GetAsync("/dataset");
        var facet = list.Document.QuerySelector("#facet-organization a") ?? throw new InvalidOperationException("no organization facet");
        var count = int.Parse(facet.QuerySelector(".facet-count")!.TextContent, CultureInfo.InvariantCulture); // the facet always has a count

        var filtered = await _browser.GetAsync(facet.GetAttribute("href")!); // facet links always have an href

        Assert.Equal(count, Total(filtered));
        Assert.True(count < Total(list));
        var organization = facet.QuerySelector(".facet-label")!.TextContent; // rendered with every facet value
        Assert.All(filtered.Document.QuerySelectorAll(".dataset-item .meta a"), a => Assert.Equal(organization, a.TextContent));
        Assert.Contains(organization, filtered.Text(".active-filters"));
    }

    [Fact]
    public async Task Dataset_page_shows_Vietnamese_text_metadata_resources_and_a_citation_dated_today()
    {
        var summary = await DatasetWithFormatAsync("CSV");

        var page = await _browser.GetAsync($"/dataset/{summary.Name}");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(summary.Title, page.Text("h1"));
        Assert.Contains(summary.OrganizationTitle, page.Text(".dataset-header .meta"));
        Assert.Contains("Giấy phép", page.Text("table.metadata"));
        Assert.NotEmpty(page.Document.QuerySelectorAll(".resource-item a[href*='/download/']"));
        var today = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(7)).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
        var citation = page.Text("#citation");
        Assert.Contains(summary.Title, citation);
        Assert.Contains($"Truy cập ngày {today}", citation);
        Assert.Contains($"/dataset/{summary.Name}", citation);
    }

    [Fact]
    public async Task Resource_page_previews_a_csv_file_with_its_header_row()
    {
        var (dataset, resource) = await UploadedCsvAsync();

        var page = await _browser.GetAsync($"/dataset/{dataset}/resource/{resource.Id}");

        var headers = page.Document.QuerySelectorAll("table.data-table thead th[scope=col]");
        Assert.NotEmpty(headers);
        Assert.DoesNotContain('\uFEFF', headers[0].TextContent);
        Assert.NotEmpty(page.Document.QuerySelectorAll("table.data-table tbody tr"));
    }

    [Fact]
    public async Task Download_returns_the_exact_bytes_of_the_file_under_its_name()
    {
        var (dataset, resource) = await UploadedCsvAsync();
        var expected = await portal.Act(async (s, ct) =>
        {
            await using var stream = s.Service<Storage.FileStore>().OpenRead(resource.FileSha256!)!; // an upload's file is in the store
            using var copy = new MemoryStream();
            await stream.CopyToAsync(copy, ct);
            return copy.ToArray();
        });

        var response = await _browser.Http.GetAsync($"/dataset/{dataset}/resource/{resource.Id}/download/{resource.FileName}", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal(resource.FileName, response.Content.Headers.ContentDisposition?.FileNameStar);
    }

    [Fact]
    public async Task A_report_sent_from_the_dataset_page_reaches_the_organizations_editors()
    {
        var summary = await DatasetWithFormatAsync("PDF");
        var page = await _browser.GetAsync($"/dataset/{summary.Name}");

        var done = await _browser.SubmitAsync(page, "form.report-form", new Dictionary<string, string>
        {
            ["reporter_name"] = "Nguyễn Thị Hoa",
            ["reporter_email"] = "hoa@example.vn",
            ["message"] = "Số liệu xã Tịnh Khê năm 2024 bị lặp hai dòng.",
        });

        Assert.Contains("Cảm ơn", done.Text(".alert-success"));
        var organization = await portal.Act((s, ct) => s.Service<OrganizationActions>().ShowAsync(summary.OrganizationName, ct));
        var editor = await portal.CreateUserAsync("bientap-" + Guid.NewGuid().ToString("N")[..6], organization: summary.OrganizationName);
        var inbox = await portal.Act((s, ct) => s.Service<ErrorReportActions>().ForOrganizationAsync(
            new Actor(Guid.NewGuid(), editor.UserName, false, new Dictionary<Guid, OrganizationRole> { [organization.Id] = OrganizationRole.Editor }), organization.Id, ct));
        Assert.Contains(inbox, r => r.Message == "Số liệu xã Tịnh Khê năm 2024 bị lặp hai dòng." && r.ReporterName == "Nguyễn Thị Hoa");
        var browser = new PageBrowser(portal);
        await browser.SignInAsync(editor.UserName, editor.Password);
        var reports = await browser.GetAsync($"/organization/{summary.OrganizationName}/reports");
        Assert.Contains("bị lặp hai dòng", reports.Text("ul.reports"));
    }

    [Fact]
    public async Task An_unknown_dataset_gets_the_friendly_404_page_with_a_search_box()
    {
        var page = await _browser.GetAsync("/dataset/khong-ton-tai-" + Guid.NewGuid().ToString("N")[..6]);

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Equal("Không tìm thấy trang", page.Text("h1"));
        Assert.NotNull(page.Document.QuerySelector("form[action='/dataset'] input[name=q]"));
    }

    [Fact]
    public async Task Choosing_English_shows_English_headings_and_lang_attribute()
    {
        var browser = new PageBrowser(portal);

        var page = await browser.GetAsync("/lang/en?returnUrl=/dataset");

        Assert.Equal("en", page.Document.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Datasets", page.Text("h1"));
        Assert.Equal("Sign in", page.Text(".sign-in"));
    }

    [Theory]
    [InlineData("%2Fdataset%3Fq%3Dd%C3%A2n", "/dataset?q=d%C3%A2n")] // non-ASCII: kept, percent-encoded in Location
    [InlineData("/dataset%3Fq%3Dd%25C3%25A2n", "/dataset?q=d%C3%A2n")] // already encoded: kept as it is
    [InlineData("/organization", "/organization")]
    [InlineData("/%5Cevil.example", "/")] // "/\evil.example": browsers read it as //evil.example
    [InlineData("//evil.example", "/")]
    [InlineData("https://evil.example/", "/")]
    [InlineData("/dataset%0D%0ASet-Cookie:%20x=1", "/")] // control characters
    [InlineData("/dataset%00", "/")] // NUL
    [InlineData("", "/")]
    public async Task The_language_switch_returns_only_to_a_local_page(string returnUrl, string location)
    {
        using var http = portal.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var response = await http.GetAsync($"/lang/en?returnUrl={returnUrl}", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(location, response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Every_page_is_Vietnamese_by_default_with_a_skip_link_and_the_current_section_marked()
    {
        var page = await _browser.GetAsync("/organization");

        Assert.Equal("vi", page.Document.DocumentElement.GetAttribute("lang"));
        Assert.Equal("#main", page.Document.QuerySelector("a.skip-link")?.GetAttribute("href"));
        Assert.Equal("Tổ chức", page.Document.QuerySelector(".main-nav a[aria-current=page]")?.TextContent);
        Assert.Equal(18, page.Document.QuerySelectorAll(".card-grid a[href^='/organization/']").Select(a => a.GetAttribute("href")).Distinct().Count());
    }
}
