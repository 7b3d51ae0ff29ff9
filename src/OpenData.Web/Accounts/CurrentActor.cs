using System.Security.Claims;
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
}
