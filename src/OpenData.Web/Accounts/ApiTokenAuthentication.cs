using System.Globalization;
using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using OpenData.Web.Shared;

namespace OpenData.Web.Accounts;

/// <summary>The client sent too many unknown or revoked tokens; its token requests are refused until <see cref="Until"/>.</summary>
public sealed record ApiTokensThrottled(DateTimeOffset Until);

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
        var result = await accounts.AuthenticateTokenAsync(token, ClientAddress.Of(Context), Context.RequestAborted);
        if (result.RetryAfter is { } until)
        {
            // Answered with 429 by UseApiTokenThrottle, right after authentication.
            Context.Features.Set(new ApiTokensThrottled(until));
            return AuthenticateResult.NoResult();
        }
        if (result.Actor is not { UserId: { } userId } actor)
        {
            return AuthenticateResult.NoResult();
        }
        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, userId.ToString()), new Claim(ClaimTypes.Name, actor.Name)], SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }
}

public static class ApiTokenThrottle
{
    /// <summary>
    /// A client locked for sending too many bad tokens gets 429 with Retry-After and a CKAN error envelope on every
    /// request that carries a token, until the lock ends; requests without a token are served as usual.
    /// </summary>
    public static IApplicationBuilder UseApiTokenThrottle(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.Features.Get<ApiTokensThrottled>() is not { } throttled)
        {
            await next();
            return;
        }
        var now = context.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
        var l = context.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
        var seconds = Math.Max(1, (long)Math.Ceiling((throttled.Until - now).TotalSeconds));
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        var action = context.Request.Path.StartsWithSegments("/api") && context.GetRouteValue("name") is string name ? name : "status_show";
        var baseUrl = Api.Ckan.CkanApi.BaseUrl(context);
        var message = l["Api.TokensThrottled", Display.DateTime(throttled.Until.AddTicks(TimeSpan.TicksPerMinute - 1))];
        await Api.Ckan.CkanApi.ErrorAsync(context, StatusCodes.Status429TooManyRequests, Api.Ckan.CkanApi.HelpUrl(baseUrl, action),
            "Throttled", message, context.RequestAborted);
    });
}
