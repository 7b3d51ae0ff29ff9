using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace OpenData.Web;

/// <summary>Marker for the portal's texts: Resources/SharedResource.resx (Vietnamese, the default) and .en.resx.</summary>
public sealed class SharedResource
{
    /// <summary>The same texts outside the host's services (benchmarks, tests), in the current UI culture.</summary>
    public static IStringLocalizer<SharedResource> Localizer() =>
        new StringLocalizer<SharedResource>(new ResourceManagerStringLocalizerFactory(
            Options.Create(new LocalizationOptions { ResourcesPath = "Resources" }), NullLoggerFactory.Instance));
}
