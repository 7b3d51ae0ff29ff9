using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using OpenData.Web.Catalog;

namespace OpenData.Web.Accounts;

/// <summary>
/// The actor behind the current request, resolved once per request from the cookie or API token's user id.
/// Rights are always read from the store, so a removed membership takes effect on the next request.
/// </summary>
public sealed class CurrentActor(IHttpContextAccessor http, AccountActions accounts)
{
    public const string SecurityStampClaim = "opendata:stamp";
    private Actor? _actor;

    public async Task<Actor> GetAsync(CancellationToken ct = default)
    {
        if (_actor is not null)
        {
            return _actor;
        }
        var user = http.HttpContext?.User;
        var id = user?.FindFirstValue(ClaimTypes.NameIdentifier);
        Actor? actor = null;
        if (user?.Identity?.IsAuthenticated == true && Guid.TryParse(id, out var userId))
        {
            actor = await accounts.LoadActorAsync(userId, user.FindFirstValue(SecurityStampClaim), ct);
        }
        return _actor = actor ?? Actor.Anonymous;
    }

    /// <summary>
    /// Whether a sign-in cookie still stands for a session: its account is active and its security stamp is the
    /// current one (sign-out, a password change and deactivation rotate it). The actor loaded for the check is the
    /// request's, so the store is asked once per request.
    /// </summary>
    public async Task<bool> AcceptCookieAsync(ClaimsPrincipal principal, CancellationToken ct)
    {
        if (!Guid.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var userId)
            || principal.FindFirstValue(SecurityStampClaim) is not { Length: > 0 } stamp)
        {
            return false;
        }
        _actor = await accounts.LoadActorAsync(userId, stamp, ct);
        return _actor is not null;
    }
}

/// <summary>Checks every sign-in cookie against the store on each request (see <see cref="CurrentActor.AcceptCookieAsync"/>).</summary>
public sealed class SessionCookieEvents : CookieAuthenticationEvents
{
    public override async Task ValidatePrincipal(CookieValidatePrincipalContext context)
    {
        var current = context.HttpContext.RequestServices.GetRequiredService<CurrentActor>();
        if (context.Principal is null || !await current.AcceptCookieAsync(context.Principal, context.HttpContext.RequestAborted))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(context.Scheme.Name);
        }
    }
}

/// <summary>What a sign-in cookie holds: the user's id and name, and the security stamp it was issued with.</summary>
public static class SessionCookie
{
    public static ClaimsPrincipal Principal(Guid userId, string userName, string securityStamp) => new(new ClaimsIdentity(
    [
        new Claim(ClaimTypes.NameIdentifier, userId.ToString()),
        new Claim(ClaimTypes.Name, userName),
        new Claim(CurrentActor.SecurityStampClaim, securityStamp),
    ], Hosting.WebServices.PageScheme));
}
