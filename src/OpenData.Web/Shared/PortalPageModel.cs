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

    /// <summary>Resource keys of the labels the error summary puts before each message, by field name.</summary>
    public virtual IReadOnlyDictionary<string, string> FieldLabels => DefaultFieldLabels;

    protected static readonly IReadOnlyDictionary<string, string> DefaultFieldLabels = new Dictionary<string, string>
    {
        ["name"] = "Field.Name",
        ["title"] = "Field.Title",
        ["notes"] = "Field.Description",
        ["organization"] = "Field.Organization",
        ["tags"] = "Field.Tags",
        ["themes"] = "Field.Themes",
        ["license_id"] = "Field.License",
        ["access_level"] = "Field.AccessLevel",
        ["frequency"] = "Field.Frequency",
        ["contact_email"] = "Field.ContactEmail",
        ["author_email"] = "Field.AuthorEmail",
        ["url"] = "Field.LandingPage",
        ["temporal_start"] = "Field.TemporalStart",
        ["temporal_end"] = "Field.TemporalEnd",
        ["upload"] = "ResourceForm.Upload",
        ["format"] = "ResourceForm.Format",
        ["reporter_name"] = "Report.Name",
        ["reporter_email"] = "Report.Email",
        ["message"] = "Report.Message",
        ["username"] = "Members.UserNameOrEmail",
        ["answer"] = "Reports.Answer",
    };

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
