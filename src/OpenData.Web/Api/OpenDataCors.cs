namespace OpenData.Web.Api;

/// <summary>
/// Lets web pages on other sites read the open APIs with fetch (CKAN's <c>ckan.cors.origin_allow_all</c>): every
/// GET/HEAD of the Action API, DCAT, CSV exports and data-store dumps answers with
/// <c>Access-Control-Allow-Origin: *</c>. A wildcard origin never carries cookies, so a browser reads only what
/// anyone may read without an account (Decree 47 Art. 17); writes stay same-origin or token-based from servers.
/// </summary>
public static class OpenDataCors
{
    private static readonly string[] RdfExtensions = [".ttl", ".rdf", ".jsonld", ".nt"];

    public static WebApplication UseOpenDataCors(this WebApplication app)
    {
        app.Use((context, next) =>
        {
            if ((HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)) && IsOpenApiPath(context.Request.Path))
            {
                context.Response.Headers.AccessControlAllowOrigin = "*";
            }
            return next();
        });
        return app;
    }

    public static bool IsOpenApiPath(PathString path)
    {
        var value = path.Value ?? "";
        return value.StartsWith("/api/", StringComparison.Ordinal)
            || value.StartsWith("/datastore/dump/", StringComparison.Ordinal)
            || value == "/catalog" || value.StartsWith("/catalog.", StringComparison.Ordinal)
            || value == "/dataset.csv"
            || (value.StartsWith("/dataset/", StringComparison.Ordinal) && RdfExtensions.Any(e => value.EndsWith(e, StringComparison.Ordinal)));
    }
}
