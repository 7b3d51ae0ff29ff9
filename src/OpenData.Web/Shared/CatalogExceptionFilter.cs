using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using OpenData.Web.Catalog;
using OpenData.Web.Hosting;

namespace OpenData.Web.Shared;

/// <summary>
/// Turns the application layer's refusals into HTTP answers for every page, once: not found → 404, not allowed →
/// the sign-in page for anonymous visitors and 403 for signed-in users. The status code pages then show the
/// friendly /error/{code} page.
/// </summary>
public sealed class CatalogExceptionFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var executed = await next();
        switch (executed.Exception)
        {
            case NotFoundException:
                executed.Result = new NotFoundResult();
                executed.ExceptionHandled = true;
                break;
            case NotAuthorizedException when context.HttpContext.User.Identity?.IsAuthenticated != true:
                executed.Result = new ChallengeResult(WebServices.PageScheme, new AuthenticationProperties
                {
                    RedirectUri = context.HttpContext.Request.Path + context.HttpContext.Request.QueryString,
                });
                executed.ExceptionHandled = true;
                break;
            case NotAuthorizedException:
                executed.Result = new StatusCodeResult(StatusCodes.Status403Forbidden);
                executed.ExceptionHandled = true;
                break;
        }
    }
}
