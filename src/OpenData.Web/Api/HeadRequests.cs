namespace OpenData.Web.Api;

/// <summary>
/// Download and metadata routes that answer HEAD as well as GET: harvesters and link checkers send HEAD to see
/// whether a document is there and what it is. RFC 9110 §9.3.2: the same status and headers as GET, no body.
/// The writers stop after their headers on a HEAD (<see cref="IsHead"/>), so checking a large export costs its
/// first query, not the export.
/// </summary>
public static class HeadRequests
{
    private static readonly string[] GetAndHead = [HttpMethods.Get, HttpMethods.Head];

    public static RouteHandlerBuilder MapGetAndHead(this IEndpointRouteBuilder app, string pattern, Delegate handler) =>
        app.MapMethods(pattern, GetAndHead, handler);

    /// <summary>True on a HEAD request: set the status and headers as for GET, then write no body.</summary>
    public static bool IsHead(this HttpContext http) => HttpMethods.IsHead(http.Request.Method);
}
