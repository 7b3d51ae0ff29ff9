using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using OpenData.Web.Accounts;
using OpenData.Web.Hosting;
using OpenData.Web.Shared;

namespace OpenData.Web.Accounts;

public sealed class LoginModel(AccountActions accounts, IStringLocalizer<SharedResource> l) : PortalPageModel
{
    [BindProperty(SupportsGet = true, Name = "returnUrl")]
    public string? ReturnUrl { get; set; }

    [BindProperty(Name = "username")]
    public string? UserName { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync([FromForm(Name = "password")] string? password, CancellationToken ct)
    {
        var user = string.IsNullOrWhiteSpace(UserName) || string.IsNullOrEmpty(password)
            ? null
            : await accounts.VerifyPasswordAsync(UserName, password, ct);
        if (user is null)
        {
            // One message for every failure: nothing tells whether the name or the password was wrong.
            FormError = l["Login.Failed"];
            return Page();
        }
        var stamp = await accounts.SecurityStampAsync(user.Id, ct);
        await HttpContext.SignInAsync(WebServices.PageScheme, SessionCookie.Principal(user.Id, user.UserName, stamp));
        return LocalRedirect(LocalOr(ReturnUrl, "/"));
    }
}
