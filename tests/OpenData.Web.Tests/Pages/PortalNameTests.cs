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
