using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenData.Web.Catalog;

namespace OpenData.Web.Shared;

/// <summary>What every portal page shares: the field errors of a rejected form, keyed by the action's field names.</summary>
public abstract class PortalPageModel : PageModel
{
    private static readonly IReadOnlyDictionary<string, string[]> NoErrors = new Dictionary<string, string[]>();

    public IReadOnlyDictionary<string, string[]> Errors { get; private set; } = NoErrors;

    /// <summary>A message for the whole form (a conflict, a refused upload) shown in the summary at the top.</summary>
    public string? FormError { get; set; }

    public bool HasErrors => Errors.Count > 0 || FormError is not null;

    public string[] ErrorsFor(string field) => Errors.TryGetValue(field, out var messages) ? messages : [];

    /// <summary>Shows the action's messages beside their fields; nothing was saved, so the form is shown again with what the user typed.</summary>
    protected PageResult Rejected(ValidationException e, int status = StatusCodes.Status400BadRequest)
    {
        Errors = e.Errors;
        Response.StatusCode = status;
        return Page();
    }

    protected PageResult Rejected(string message, int status = StatusCodes.Status400BadRequest)
    {
        FormError = message;
        Response.StatusCode = status;
        return Page();
    }

    /// <summary>A local return address only: anything else could send a signed-in user to another site.</summary>
    protected string LocalOr(string? returnUrl, string fallback) =>
        !string.IsNullOrEmpty(returnUrl) && Url.IsLocalUrl(returnUrl) ? returnUrl : fallback;
}
