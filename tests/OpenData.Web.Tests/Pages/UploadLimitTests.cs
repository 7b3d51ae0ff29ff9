using System.Net;
using Microsoft.AspNetCore.Hosting;
using OpenData.Web.Catalog;
using OpenData.Web.Tests.Infrastructure;

namespace OpenData.Web.Tests.Pages;

/// <summary>An empty portal that accepts uploads of at most 1 KB, so over-size bodies are cheap to send.</summary>
public sealed class SmallUploadPortal() : PortalFactory(StoreKind.Sqlite, loadDemo: false)
{
    public const long Limit = 1024;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("OpenData:MaxUploadBytes", Limit.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}

public sealed class UploadLimitTests(SmallUploadPortal portal) : IClassFixture<SmallUploadPortal>
{
    private async Task<(PageBrowser Browser, string Dataset)> EditorWithDatasetAsync()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var organization = $"so-thu-nghiem-{suffix}";
        await portal.CreateOrganizationAsync(organization, "Sở Thử nghiệm");
        var dataset = $"du-lieu-{suffix}";
        await portal.Act((s, ct) => s.Service<DatasetActions>().CreateAsync(Actor.System, Catalogs.Dataset(dataset, organization), ct));
        var user = await portal.CreateUserAsync($"bientap-{suffix}", organization: organization);
        var browser = new PageBrowser(portal);
        await browser.SignInAsync(user.UserName, user.Password);
        return (browser, dataset);
    }

    private IEnumerable<string> StoredFiles()
    {
        var files = Path.Combine(portal.DataDirectory, "files");
        return Directory.Exists(files) ? Directory.EnumerateFiles(files, "*", SearchOption.AllDirectories) : [];
    }

    [Theory]
    [InlineData(4 * 1024)] // over the limit, within the room left for the other fields: refused by the file store
    [InlineData(512 * 1024)] // over the request limit: refused while the form is read
    public async Task An_oversize_upload_is_refused_on_the_form_and_leaves_no_file(int size)
    {
        var (browser, dataset) = await EditorWithDatasetAsync();
        var form = await browser.GetAsync($"/dataset/{dataset}/resource/new");

        var page = await browser.SubmitAsync(form, "form.resource-form", new Dictionary<string, string> { ["name"] = "Tệp lớn" },
            files: new Dictionary<string, (string, byte[])> { ["upload"] = ("bang-lon.csv", new byte[size]) });

        Assert.True(page.Status is HttpStatusCode.BadRequest or HttpStatusCode.RequestEntityTooLarge, page.Status.ToString());
        Assert.Equal("Tệp quá lớn: tối đa 1 KB.", page.Document.QuerySelector("#f-upload")?.ParentElement?.QuerySelector(".field-error")?.TextContent.Trim());
        Assert.Empty(StoredFiles());
        var view = await portal.Act((s, ct) => s.Service<DatasetActions>().ShowAsync(Actor.System, dataset, ct));
        Assert.Empty(view.Dataset.Distributions);
    }
}
