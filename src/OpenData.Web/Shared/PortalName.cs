using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using OpenData.Web.Hosting;

namespace OpenData.Web.Shared;

/// <summary>
/// The portal's name in the reader's language, for the page title, the header, the footer, About and citations.
/// Vietnamese: <c>OpenData:SiteTitle</c>. English: <c>OpenData:SiteTitleEnglish</c>, else the English text of the
/// resource files (<c>Site.Title</c>), which names the portal shipped by default. A portal whose Vietnamese name
/// is configured but not its English one keeps showing the configured name, rather than another province's.
/// </summary>
public sealed class PortalName(IOptions<PortalOptions> options, IStringLocalizer<SharedResource> l)
{
    public string Current => Display.IsEnglish ? English : options.Value.SiteTitle;

    public string English => options.Value switch
    {
        { SiteTitleEnglish: { } english } when !string.IsNullOrWhiteSpace(english) => english.Trim(),
        { SiteTitle: PortalOptions.DefaultSiteTitle } => l["Site.Title"],
        var configured => configured.SiteTitle,
    };
}
