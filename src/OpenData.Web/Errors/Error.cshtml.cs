using Microsoft.AspNetCore.Mvc;
using OpenData.Web.Shared;

namespace OpenData.Web.Errors;

/// <summary>The friendly page the status code pages and the exception handler re-execute: /error/{code}.</summary>
[IgnoreAntiforgeryToken] // re-executed with the failed request's method; it must render for a POST too
public sealed class ErrorModel : PortalPageModel
{
    private static readonly int[] Known = [400, 403, 404, 413, 500];

    public int Code { get; private set; }

    public string Key => Known.Contains(Code) ? Code.ToString(System.Globalization.CultureInfo.InvariantCulture) : "Other";

    public void OnGet(int code) => Show(code);

    public void OnPost(int code) => Show(code);

    private void Show(int code)
    {
        Code = code is >= 400 and <= 599 ? code : 404;
        Response.StatusCode = Code;
    }
}
