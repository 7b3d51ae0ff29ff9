using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using OpenData.Web.Tests.Infrastructure;

namespace OpenData.Web.Tests.Security;

/// <summary>A portal behind a TLS-terminating proxy at 127.0.0.1 (the test server's connections come from there).</summary>
public sealed class PortalBehindProxy() : PortalFactory(StoreKind.Sqlite, loadDemo: false)
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("OpenData:TrustedProxies:0", "127.0.0.1");
        builder.ConfigureServices(s => s.AddSingleton<IStartupFilter>(new FromLoopback()));
    }

    /// <summary>The in-memory test server gives no client address; a real proxy on the same host would be 127.0.0.1.</summary>
    private sealed class FromLoopback : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                context.Connection.RemoteIpAddress ??= System.Net.IPAddress.Loopback;
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}

public sealed class ReverseProxyTests(PortalBehindProxy portal) : IClassFixture<PortalBehindProxy>
{
    private async Task<string> LoginPageCookiesAsync(string? forwardedProto)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/user/login");
        if (forwardedProto is not null)
        {
            request.Headers.Add("X-Forwarded-Proto", forwardedProto);
        }
        using var response = await portal.CreateClient().SendAsync(request, TestContext.Current.CancellationToken);
        return string.Join("\n", response.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : []);
    }

    [Fact]
    public async Task Behind_a_trusted_TLS_proxy_the_portals_cookies_are_Secure()
    {
        Assert.Contains("secure", await LoginPageCookiesAsync("https"), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("secure", await LoginPageCookiesAsync(null), StringComparison.OrdinalIgnoreCase);
    }
}
