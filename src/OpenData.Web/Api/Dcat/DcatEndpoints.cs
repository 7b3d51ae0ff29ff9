using System.Globalization;
using System.Text;
using System.Xml;
using Microsoft.Extensions.Options;
using OpenData.Dcat.DcatAp;
using OpenData.Dcat.Rdf;
using OpenData.Web.Catalog;
using OpenData.Web.Hosting;

namespace OpenData.Web.Api.Dcat;

/// <summary>
/// The DCAT-AP 3 catalogue (paged like ckanext-dcat), one dataset per document, the sitemap and robots.txt.
/// Thin adapters over <see cref="OpenCatalogActions"/>: only open data, read as the anonymous actor.
/// </summary>
public static class DcatEndpoints
{
    public static IEndpointRouteBuilder MapDcatEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGetAndHead("/catalog", (HttpContext http, OpenCatalogActions actions, DcatContextFactory contexts, IOptions<PortalOptions> options, CancellationToken ct) =>
        {
            http.Response.Headers.Vary = "Accept";
            var format = RdfFormats.Negotiate(http.Request.Headers.Accept.ToString());
            return format is { } f
                ? CatalogAsync(http, f, actions, contexts, options.Value, ct)
                : Task.FromResult(Results.Text("Không hỗ trợ kiểu nội dung yêu cầu. Hỗ trợ: text/turtle, application/rdf+xml, application/ld+json, application/n-triples.\n",
                    "text/plain; charset=utf-8", statusCode: StatusCodes.Status406NotAcceptable));
        });
        app.MapGetAndHead("/catalog.{extension}", (string extension, HttpContext http, OpenCatalogActions actions, DcatContextFactory contexts, IOptions<PortalOptions> options, CancellationToken ct) =>
            FormatOf(extension) is { } format ? CatalogAsync(http, format, actions, contexts, options.Value, ct) : Task.FromResult(UnknownFormat(extension)));
        app.MapGetAndHead("/dataset/{name}.{extension}", (string name, string extension, HttpContext http, OpenCatalogActions actions, DcatContextFactory contexts, IOptions<PortalOptions> options, CancellationToken ct) =>
            FormatOf(extension) is { } format ? DatasetAsync(http, name, format, actions, contexts, options.Value, ct) : Task.FromResult(UnknownFormat(extension)));
        app.MapGetAndHead("/sitemap.xml", SitemapAsync);
        app.MapGetAndHead("/robots.txt", (HttpContext http, IOptions<PortalOptions> options) =>
            Results.Text($"User-agent: *\nDisallow: /user/\nDisallow: /api/\nSitemap: {BaseUrl(http, options.Value)}/sitemap.xml\n", "text/plain; charset=utf-8"));
        return app;
    }

    /// <summary>
    /// Content negotiation on /dataset/{name}: a request that explicitly prefers an RDF media type over HTML is
    /// rewritten to /dataset/{name}.{ext} before routing; everything else (browsers, */*) falls through to the page.
    /// </summary>
    public static IApplicationBuilder UseDcatContentNegotiation(this IApplicationBuilder app) => app.Use((http, next) =>
    {
        var path = http.Request.Path.Value ?? "";
        if ((HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method))
            && path.StartsWith("/dataset/", StringComparison.Ordinal) && path.Length > "/dataset/".Length
            && path.IndexOf('/', "/dataset/".Length) < 0 && !path.Contains('.', StringComparison.Ordinal))
        {
            http.Response.Headers.Vary = "Accept";
            if (RdfAccept.PreferredRdf(http.Request.Headers.Accept.ToString()) is { } format)
            {
                http.Request.Path = path + RdfFormats.Info(format).Extension;
            }
        }
        return next();
    });

    private static async Task<IResult> CatalogAsync(HttpContext http, RdfFormat format, OpenCatalogActions actions, DcatContextFactory contexts, PortalOptions options, CancellationToken ct)
    {
        var query = http.Request.Query;
        var page = 1;
        if (query.TryGetValue("page", out var pageText) && (!int.TryParse(pageText, NumberStyles.None, CultureInfo.InvariantCulture, out page) || page < 1))
        {
            return Problem(StatusCodes.Status400BadRequest, $"Tham số page không hợp lệ: \"{pageText}\" (số nguyên từ 1).");
        }
        DateTimeOffset? modifiedSince = null;
        if (query.TryGetValue("modified_since", out var sinceText))
        {
            if (!DateTimeOffset.TryParse(sinceText, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var since))
            {
                return Problem(StatusCodes.Status400BadRequest, $"Tham số modified_since không hợp lệ: \"{sinceText}\" (ngày ISO 8601, ví dụ 2025-01-31 hoặc 2025-01-31T08:00:00Z).");
            }
            modifiedSince = since;
        }
        var result = await actions.PageAsync(page, options.DcatPageSize, modifiedSince, ct);
        var baseUrl = BaseUrl(http, options);
        var paging = new CatalogPaging(page, options.DcatPageSize, result.Total, n => PageUrl(baseUrl, format, n, sinceText));
        if (page > paging.LastPage)
        {
            return Problem(StatusCodes.Status404NotFound, $"Trang {page} không tồn tại; danh mục có {paging.LastPage} trang.");
        }
        var context = await contexts.CreateAsync(baseUrl, ct);
        var modified = await actions.LastModifiedAsync(ct);
        return new RdfStreamResult(format, async (output, flush) =>
        {
            var writer = new DcatCatalogWriter(RdfFormats.CreateWriter(format, output), new DcatApWriter(context));
            writer.Begin(paging, modified);
            // Flush after each dataset: memory stays at one dataset's text, whatever the page size.
            foreach (var dataset in result.Items)
            {
                writer.WriteDatasets([dataset]);
                await flush();
            }
            writer.End();
        });
    }

    private static async Task<IResult> DatasetAsync(HttpContext http, string name, RdfFormat format, OpenCatalogActions actions, DcatContextFactory contexts, PortalOptions options, CancellationToken ct)
    {
        DatasetView view;
        try
        {
            view = await actions.ShowAsync(name, ct);
        }
        catch (NotFoundException e)
        {
            return Problem(StatusCodes.Status404NotFound, e.Message);
        }
        var context = await contexts.CreateAsync(BaseUrl(http, options), ct);
        var graph = new DcatApWriter(context).DatasetGraph(view.Dataset);
        return new RdfStreamResult(format, (output, _) =>
        {
            RdfFormats.Write(graph, format, output, DcatApTerms.Prefixes);
            return Task.CompletedTask;
        });
    }

    private static async Task SitemapAsync(HttpContext http, OpenCatalogActions actions, IOptions<PortalOptions> options, CancellationToken ct)
    {
        var baseUrl = BaseUrl(http, options.Value);
        http.Response.ContentType = "application/xml; charset=utf-8";
        if (http.IsHead())
        {
            return;
        }
        await using var xml = XmlWriter.Create(http.Response.Body, new XmlWriterSettings { Async = true, Encoding = new UTF8Encoding(false), Indent = true });
        await xml.WriteStartDocumentAsync();
        // sitemaps.org protocol 0.9; a sitemap holds up to 50,000 URLs, far above a provincial catalogue.
        await xml.WriteStartElementAsync(null, "urlset", "http://www.sitemaps.org/schemas/sitemap/0.9");
        async Task Url(string location, DateTimeOffset? modified)
        {
            await xml.WriteStartElementAsync(null, "url", null);
            await xml.WriteElementStringAsync(null, "loc", null, location);
            if (modified is { } m)
            {
                await xml.WriteElementStringAsync(null, "lastmod", null, m.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
            }
            await xml.WriteEndElementAsync();
        }
        await Url(baseUrl + "/", null);
        await Url(baseUrl + "/dataset", null);
        await Url(baseUrl + "/catalog.ttl", null);
        await foreach (var (name, modified) in actions.NamesAsync(ct))
        {
            await Url($"{baseUrl}/dataset/{Uri.EscapeDataString(name)}", modified);
        }
        await xml.WriteEndElementAsync();
        await xml.WriteEndDocumentAsync();
    }

    private static RdfFormat? FormatOf(string extension) => RdfFormats.FromExtension("." + extension);

    private static IResult UnknownFormat(string extension) =>
        Problem(StatusCodes.Status404NotFound, $"Không hỗ trợ định dạng \"{extension}\". Hỗ trợ: .ttl, .rdf, .jsonld, .nt.");

    private static IResult Problem(int status, string message) => Results.Text(message + "\n", "text/plain; charset=utf-8", statusCode: status);

    public static string BaseUrl(HttpContext http, PortalOptions options) =>
        (options.PublicBaseUrl is { Length: > 0 } configured ? configured : $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}").TrimEnd('/');

    private static string PageUrl(string baseUrl, RdfFormat format, int page, string? modifiedSince)
    {
        var url = $"{baseUrl}/catalog{RdfFormats.Info(format).Extension}?page={page.ToString(CultureInfo.InvariantCulture)}";
        return string.IsNullOrEmpty(modifiedSince) ? url : url + "&modified_since=" + Uri.EscapeDataString(modifiedSince);
    }
}
