using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Options;
using OpenData.Web.Hosting;

namespace OpenData.Web.Shared;

/// <summary>
/// For pages that accept a file: raises the request and multipart limits to PortalOptions.MaxUploadBytes (plus room
/// for the other fields) and reads the form itself, so an over-size body becomes a message on the form instead of a
/// bare 400 from the antiforgery check. The antiforgery token is validated here for every form that could be read.
/// The page marks itself [IgnoreAntiforgeryToken] so the global check does not read the form first.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class UploadFormAttribute : Attribute, IFilterFactory, IOrderedFilter
{
    /// <summary>Room for the other form fields and multipart headers around the file.</summary>
    public const long Slack = 64 * 1024;

    /// <summary>Set in HttpContext.Items when the body was over the limit; the page then shows its "file too large" message.</summary>
    public const string TooLargeKey = "opendata.upload-too-large";

    public bool IsReusable => true;

    public int Order => -1000;

    public IFilterMetadata CreateInstance(IServiceProvider services) =>
        new Filter(services.GetRequiredService<IOptions<PortalOptions>>().Value.MaxUploadBytes + Slack, services.GetRequiredService<IAntiforgery>());

    private sealed class Filter(long limit, IAntiforgery antiforgery) : IAsyncAuthorizationFilter
    {
        public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
        {
            var http = context.HttpContext;
            if (!HttpMethods.IsPost(http.Request.Method))
            {
                return;
            }
            if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
            {
                size.MaxRequestBodySize = limit;
            }
            if (http.Request.HasFormContentType)
            {
                http.Features.Set<IFormFeature>(new FormFeature(http.Request, new FormOptions { MultipartBodyLengthLimit = limit }));
                try
                {
                    await http.Request.ReadFormAsync(http.RequestAborted);
                }
                catch (Exception e) when (e is InvalidDataException or BadHttpRequestException)
                {
                    // Nothing will be saved from this request, so an unchecked token does no harm here.
                    http.Items[TooLargeKey] = true;
                    http.Features.Set<IFormFeature>(new FormFeature(FormCollection.Empty));
                    return;
                }
            }
            if (!await antiforgery.IsRequestValidAsync(http))
            {
                context.Result = new AntiforgeryValidationFailedResult();
            }
        }
    }
}
