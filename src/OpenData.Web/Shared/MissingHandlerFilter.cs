using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace OpenData.Web.Shared;

/// <summary>
/// A POST (or PUT, DELETE) that no handler of the page takes. Razor Pages would render the page without running a
/// handler, and a page whose model is filled only by its handlers then fails (a 500 on /organization/{name}/members
/// without ?handler=Add). Instead: 400 when the page takes that method under another handler name, 405 with an
/// Allow header when it does not take it at all. The status code pages show /error/{code}.
/// </summary>
public sealed class MissingHandlerFilter : IPageFilter
{
    public void OnPageHandlerSelected(PageHandlerSelectedContext context)
    {
    }

    public void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        var method = context.HttpContext.Request.Method;
        if (context.HandlerMethod is not null || HttpMethods.IsGet(method) || HttpMethods.IsHead(method))
        {
            return;
        }
        var handlers = context.ActionDescriptor.HandlerMethods;
        if (handlers.Any(h => string.Equals(h.HttpMethod, method, StringComparison.OrdinalIgnoreCase)))
        {
            context.Result = new BadRequestResult();
            return;
        }
        var allowed = handlers.Select(h => h.HttpMethod.ToUpperInvariant()).Append("GET").Append("HEAD").Distinct(StringComparer.Ordinal);
        context.HttpContext.Response.Headers.Allow = string.Join(", ", allowed);
        context.Result = new StatusCodeResult(StatusCodes.Status405MethodNotAllowed);
    }

    public void OnPageHandlerExecuted(PageHandlerExecutedContext context)
    {
    }
}
