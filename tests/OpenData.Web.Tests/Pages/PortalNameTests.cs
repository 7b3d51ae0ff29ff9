using Microsoft.AspNetCore.Hosting;
using OpenData.Web.Tests.Infrastructure;

namespace OpenData.Web.Tests.Pages;

/// <summary>A portal configured for another province: its Vietnamese name, and its English name when given.</summary>
public class NamedPortal(string? englishName) : PortalFactory(StoreKind.Sqlite, loadDemo: false)
{
    public const string VietnameseName = "Cổng dữ liệu mở tỉnh Bình Định";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("OpenData:SiteTitle", VietnameseName);
        builder.UseSetting("OpenData:Contact:Organization", "Sở Khoa học và Công nghệ tỉnh Bình Định");
        builder.UseSetting("OpenData:Contact:Email", "sokhcn@binhdinh.gov.vn");
        builder.UseSetting("OpenData:Contact:Phone", "0256 382 2575");
        builder.UseSetting("OpenData:Contact:Address", "Số 10 Trần Phú, phường Quy Nhơn");
        if (englishName is not null)
        {
            builder.UseSetting("OpenData:SiteTitleEnglish", englishName);
        }
    }
}

public sealed class PortalWithEnglishName() : NamedPortal(PortalWithEnglishName.EnglishName)
{
    public const string EnglishName = "Bình Định Open Data Portal";
}

public sealed class PortalWithoutEnglishName() : NamedPortal(null);

/// <summary>The shipped configuration: the Vietnamese name from settings, the English one from the resource files.</summary>
public sealed class DefaultPortalNameTests(EmptySqlitePortal portal) : IClassFixture<EmptySqlitePortal>
{
    [Fact]
    public async Task The_English_home_page_shows_the_English_name_in_its_title_and_header()
    {
        var page = await new PageBrowser(portal).GetAsync("/?lang=en");

        Assert.Equal(("Quảng Ngãi Open Data Portal", "Quảng Ngãi Open Data Portal"), (page.Document.Title, page.Text(".brand-title")));
    }

    [Fact]
    public async Task The_Vietnamese_home_page_shows_the_Vietnamese_name_in_its_title_and_header()
    {
        var page = await new PageBrowser(portal).GetAsync("/");

        Assert.Equal(("Cổng dữ liệu mở tỉnh Quảng Ngãi", "Cổng dữ liệu mở tỉnh Quảng Ngãi"), (page.Document.Title, page.Text(".brand-title")));
    }

    [Fact]
    public async Task The_About_page_names_the_default_operator_and_no_contact_details_it_was_not_given()
    {
        var page = await new PageBrowser(portal).GetAsync("/about");

        Assert.Contains("Sở Khoa học và Công nghệ tỉnh Quảng Ngãi", page.Text("article"), StringComparison.Ordinal);
        Assert.Null(page.Document.QuerySelector(".contact-details"));
    }

    [Fact]
    public async Task An_English_page_title_ends_with_the_English_name()
    {
        var page = await new PageBrowser(portal).GetAsync("/about?lang=en");

        Assert.EndsWith(" · Quảng Ngãi Open Data Portal", page.Document.Title, StringComparison.Ordinal);
    }
}

public sealed class ConfiguredPortalNameTests(PortalWithEnglishName portal) : IClassFixture<PortalWithEnglishName>
{
    [Fact]
    public async Task The_English_home_page_shows_the_configured_English_name()
    {
        var page = await new PageBrowser(portal).GetAsync("/?lang=en");

        Assert.Equal((PortalWithEnglishName.EnglishName, PortalWithEnglishName.EnglishName), (page.Document.Title, page.Text(".brand-title")));
    }

    [Fact]
    public async Task The_Vietnamese_home_page_shows_the_configured_Vietnamese_name()
    {
        var page = await new PageBrowser(portal).GetAsync("/");

        Assert.Equal((NamedPortal.VietnameseName, NamedPortal.VietnameseName), (page.Document.Title, page.Text(".brand-title")));
    }
}

public sealed class PortalWithoutEnglishNameTests(PortalWithoutEnglishName portal) : IClassFixture<PortalWithoutEnglishName>
{
    [Fact]
    public async Task English_pages_show_the_configured_name_rather_than_the_default_provinces()
    {
        var page = await new PageBrowser(portal).GetAsync("/?lang=en");

        Assert.Equal((NamedPortal.VietnameseName, NamedPortal.VietnameseName), (page.Document.Title, page.Text(".brand-title")));
    }
}

public sealed class ConfiguredContactTests(PortalWithoutEnglishName portal) : IClassFixture<PortalWithoutEnglishName>
{
    [Fact]
    public async Task The_About_page_shows_the_configured_operator_e_mail_phone_and_address()
    {
        var page = await new PageBrowser(portal).GetAsync("/about");

        Assert.Contains("Mọi góp ý về cổng xin gửi Sở Khoa học và Công nghệ tỉnh Bình Định.", page.Text("article"), StringComparison.Ordinal);
        Assert.Equal("mailto:sokhcn@binhdinh.gov.vn", page.Document.QuerySelector(".contact-details a[href^='mailto:']")?.GetAttribute("href"));
        Assert.Equal("tel:02563822575", page.Document.QuerySelector(".contact-details a[href^='tel:']")?.GetAttribute("href"));
        Assert.Contains("Số 10 Trần Phú, phường Quy Nhơn", page.Text(".contact-details"), StringComparison.Ordinal);
    }
}
