using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using OpenData.Web.Hosting;
using OpenData.Web.Shared;

namespace OpenData.Web.Accounts;

/// <summary>Sign-out is a POST (with the antiforgery token), so a link on another site cannot sign a user out.</summary>
public sealed class LogoutModel(CurrentActor current, AccountActions accounts) : PortalPageModel
{
    public IActionResult OnGet() => Redirect("/");

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        // Deleting the cookie in this browser is not enough: a copy of it (another tab's export, a stolen one)
        // would still be valid until it expires. A new security stamp ends every session of the account.
        await accounts.EndSessionsAsync(await current.GetAsync(ct), ct);
        await HttpContext.SignOutAsync(WebServices.PageScheme);
        return Redirect("/");
    }
}
