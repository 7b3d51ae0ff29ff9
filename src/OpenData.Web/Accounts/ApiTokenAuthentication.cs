using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace OpenData.Web.Accounts;

/// <summary>
/// API tokens in the Authorization header, raw as CKAN sends them, or as "Bearer &lt;token&gt;".
/// An unknown token leaves the caller anonymous (CKAN's behaviour), it is not an error.
/// </summary>
public sealed class ApiTokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    AccountActions accounts) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiToken";
    public const string CkanKeyHeader = "X-CKAN-API-Key";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        // Older CKAN clients (ckanapi < 4, harvesters) send the key as X-CKAN-API-Key.
        var header = Request.Headers.Authorization.ToString() is { Length: > 0 } authorization ? authorization : Request.Headers[CkanKeyHeader].ToString();
        if (string.IsNullOrWhiteSpace(header))
        {
            return AuthenticateResult.NoResult();
        }
        var token = header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header[7..].Trim() : header.Trim();
        var actor = await accounts.AuthenticateTokenAsync(token, Context.RequestAborted);
        if (actor?.UserId is not { } userId)
        {
            return AuthenticateResult.NoResult();
        }
        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, userId.ToString()), new Claim(ClaimTypes.Name, actor.Name)], SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }
}
