using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using OpenData.Web.Catalog;
using OpenData.Web.Hosting;
using OpenData.Web.Shared;

namespace OpenData.Web.Accounts;

/// <summary>
/// The signed-in user changes their password. Every other session of the account ends (its cookies carry the old
/// security stamp); this browser gets a cookie with the new one and stays signed in.
/// </summary>
[Authorize]
public sealed class PasswordModel(CurrentActor current, AccountActions accounts, IStringLocalizer<SharedResource> l) : PortalPageModel
{
    public bool Changed { get; private set; }

    public override IReadOnlyDictionary<string, string> FieldLabels { get; } = new Dictionary<string, string>
    {
        ["current_password"] = "Password.Current",
        ["password"] = "Password.New",
        ["password_confirm"] = "Password.Confirm",
    };

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(
        [FromForm(Name = "current_password")] string? currentPassword,
        [FromForm(Name = "password")] string? password,
        [FromForm(Name = "password_confirm")] string? confirm,
        CancellationToken ct)
    {
        var actor = await current.GetAsync(ct);
        if (actor.UserId is not { } userId)
        {
            throw new NotAuthorizedException(l["Auth.SignInRequired"]);
        }
        if (password != confirm)
        {
            return Rejected(ValidationException.For("password_confirm", l["Validation.PasswordMismatch"]));
        }
        string stamp;
        try
        {
            stamp = await accounts.ChangePasswordAsync(actor, actor.Name, currentPassword, password ?? "", ct);
        }
        catch (ValidationException e)
        {
            return Rejected(e);
        }
        await HttpContext.SignInAsync(WebServices.PageScheme, SessionCookie.Principal(userId, actor.Name, stamp));
        Changed = true;
        return Page();
    }
}
