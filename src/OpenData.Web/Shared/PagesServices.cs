using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.WebEncoders;
using OpenData.Web.Catalog;

namespace OpenData.Web.Shared;

public static class PagesServices
{
    /// <summary>What the server-rendered pages need beyond Razor Pages itself.</summary>
    public static IServiceCollection AddPortalPages(this IServiceCollection services)
    {
        services.AddSingleton<MarkdownRenderer>();
        services.AddScoped<CatalogStatistics>();
        services.AddScoped<ResourcePreviewActions>();
        services.AddScoped<Api.Examples.ApiExamples>();
        services.Configure<MvcOptions>(o =>
        {
            o.Filters.Add(new CatalogExceptionFilter());
            o.Filters.Add(new MissingHandlerFilter());
        });
        // Vietnamese letters as themselves, not as &#x...; entities: smaller pages, readable source. Markup characters are still encoded.
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        return services;
    }
}
