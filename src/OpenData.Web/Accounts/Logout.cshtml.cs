using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using OpenData.Web.Hosting;
using OpenData.Web.Shared;

namespace OpenData.Web.Accounts;

/// <summary>Sign-out is a POST (with the antiforgery token), so a link on another site cannot sign a user out.</summary>
public sealed class LogoutModel : PortalPageModel
{
    public IActionResult OnGet() => Redirect("/");

    public async Task<IActionResult> OnPostAsync()
    {
        await HttpContext.SignOutAsync(WebServices.PageScheme);
        return Redirect("/");
    }
}
