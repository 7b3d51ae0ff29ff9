using Microsoft.AspNetCore.Mvc;
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
        services.Configure<MvcOptions>(o => o.Filters.Add(new CatalogExceptionFilter()));
        return services;
    }
}
