using System.Globalization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using OpenData.Web.Accounts;
using OpenData.Web.Hosting;
using OpenData.Web.Shared;

namespace OpenData.Web.Accounts;

public sealed class LoginModel(AccountActions accounts, IStringLocalizer<SharedResource> l, TimeProvider clock) : PortalPageModel
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
        var result = string.IsNullOrWhiteSpace(UserName) || string.IsNullOrEmpty(password)
            ? SignInOutcome.Failed
            : await accounts.SignInAsync(UserName, password, ClientAddress.Of(HttpContext), ct);
        if (result.RetryAfter is { } retry)
        {
            // Rounded up to the minute shown, so that trying at that time works.
            var shown = retry.AddTicks(TimeSpan.TicksPerMinute - 1);
            Response.Headers.RetryAfter = Math.Ceiling((retry - clock.GetUtcNow()).TotalSeconds).ToString(CultureInfo.InvariantCulture);
            return Rejected(l["Login.LockedOut", Display.DateTime(shown)], StatusCodes.Status429TooManyRequests);
        }
        if (result is not { User: { } user, SecurityStamp: { } stamp })
        {
            // One message for every failure: nothing tells whether the name or the password was wrong.
            FormError = l["Login.Failed"];
            return Page();
        }
        await HttpContext.SignInAsync(WebServices.PageScheme, SessionCookie.Principal(user.Id, user.UserName, stamp));
        return LocalRedirect(LocalOr(ReturnUrl, "/"));
    }
}
