using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.Routing;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;
using OpenData.Web.Accounts;
using OpenData.Web.Api;
using OpenData.Web.Api.Ckan;
using OpenData.Web.Api.Csv;
using OpenData.Web.Api.Dcat;
using OpenData.Web.Api.OpenApi;
using OpenData.Web.Search;
using OpenData.Web.Shared;

namespace OpenData.Web.Hosting;

public static class WebServices
{
    public const string PageScheme = CookieAuthenticationDefaults.AuthenticationScheme;
    private const string SelectScheme = "OpenData";
    public static readonly CultureInfo[] Cultures = [new("vi"), new("en")];

    public static IServiceCollection AddPortalWeb(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddHttpContextAccessor();
        services.AddScoped<CurrentActor>();
        services.AddSingleton<SessionCookieEvents>();
        services.AddRazorPages(o => o.RootDirectory = "/")
            .AddViewLocalization()
            .AddDataAnnotationsLocalization(o => o.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(SharedResource)));
        services.AddPortalPages();
        services.AddSingleton<PortalName>();
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "opendata.af";
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        // Keys in the data folder so sign-in cookies survive restarts; several nodes share them through the same folder.
        services.AddDataProtection().SetApplicationName("OpenData")
            .PersistKeysToFileSystem(new DirectoryInfo(new PortalPaths(configuration[$"{PortalOptions.Section}:DataDirectory"] ?? "data").Keys));
        services.AddAuthentication(SelectScheme)
            .AddPolicyScheme(SelectScheme, SelectScheme, o => o.ForwardDefaultSelector = context =>
                context.Request.Headers.ContainsKey("Authorization") || context.Request.Headers.ContainsKey(ApiTokenAuthenticationHandler.CkanKeyHeader)
                    ? ApiTokenAuthenticationHandler.SchemeName
                    : PageScheme)
            .AddCookie(PageScheme, o =>
            {
                o.Cookie.Name = "opendata.auth";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.LoginPath = "/user/login";
                o.LogoutPath = "/user/logout";
                o.AccessDeniedPath = "/error/403";
                o.ExpireTimeSpan = TimeSpan.FromHours(12);
                o.SlidingExpiration = true;
                o.EventsType = typeof(SessionCookieEvents);
            })
            .AddScheme<AuthenticationSchemeOptions, ApiTokenAuthenticationHandler>(ApiTokenAuthenticationHandler.SchemeName, null);
        services.AddAuthorization();
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture("vi");
            o.SupportedCultures = Cultures;
            o.SupportedUICultures = Cultures;
            o.RequestCultureProviders = [new QueryStringRequestCultureProvider { QueryStringKey = "lang", UIQueryStringKey = "lang" }, new CookieRequestCultureProvider()];
        });
        return services;
    }

    public static WebApplication UsePortalWeb(this WebApplication app)
    {
        var portal = app.Services.GetRequiredService<IOptions<PortalOptions>>().Value;
        if (portal.TrustedProxies is { Length: > 0 } proxies)
        {
            // Behind a reverse proxy that terminates TLS: the client's address (sign-in throttling, logs) and the
            // scheme (Secure cookies, HSTS) come from its X-Forwarded-* headers, and only from the proxies named.
            var forwarded = new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto };
            forwarded.KnownProxies.Clear();
            forwarded.KnownIPNetworks.Clear();
            foreach (var proxy in proxies)
            {
                forwarded.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(proxy.Contains('/') ? proxy : proxy + (proxy.Contains(':') ? "/128" : "/32")));
            }
            app.UseForwardedHeaders(forwarded);
        }
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error/500");
            // Only sent on HTTPS requests: browsers then refuse plain HTTP to the portal for a year.
            app.UseHsts();
        }
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.Use(SecurityHeaders);
        app.UseOpenDataCors();
        app.UseRequestLocalization();
        app.UseStaticFiles();
        var options = app.Services.GetRequiredService<IOptions<PortalOptions>>().Value;
        Shared.Display.UseTimeZone(options.TimeZone);
        var themeFolder = Path.Combine(AppContext.BaseDirectory, "themes", options.Theme);
        if (Directory.Exists(themeFolder))
        {
            app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(themeFolder), RequestPath = "/theme" });
        }
        app.UseDcatContentNegotiation();
        app.UseRouting();
        app.UseAuthentication();
        app.UseApiTokenThrottle();
        app.UseAuthorization();
        app.MapRazorPages();
        app.MapCkanApi();
        app.MapCsvExports();
        app.MapDatastore();
        app.MapOpenApiDocument();
        app.MapGet("/healthz", () => Results.Text("ok"));
        app.MapDcatEndpoints();
        app.MapSuggestEndpoints();
        app.MapGet("/lang/{code}", (string code, string? returnUrl, HttpContext context, IUrlHelperFactory urls) =>
        {
            var culture = Cultures.FirstOrDefault(c => c.Name == code)?.Name ?? "vi";
            context.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true });
            var url = urls.GetUrlHelper(new ActionContext(context, context.GetRouteData(), new ActionDescriptor()));
            return Results.Redirect(LocalReturnUrl(returnUrl, url));
        });
        return app;
    }

    /// <summary>
    /// Where the language switch sends the reader back: a local path (<see cref="IUrlHelper.IsLocalUrl"/>: not
    /// "//host", "/\host", an absolute URL or one with control characters), else the home page. A Location
    /// header is ASCII, so what is not (a Vietnamese search, "/dataset?q=dân") is percent-encoded as UTF-8;
    /// escapes already there are kept. Backslashes are encoded too, so no browser reads one as a slash.
    /// </summary>
    public static string LocalReturnUrl(string? returnUrl, IUrlHelper url)
    {
        if (returnUrl is null || !returnUrl.StartsWith('/') || !url.IsLocalUrl(returnUrl))
        {
            return "/";
        }
        var encoded = new StringBuilder(returnUrl.Length);
        Span<byte> bytes = stackalloc byte[4];
        foreach (var rune in returnUrl.EnumerateRunes())
        {
            if (rune.IsAscii && rune.Value is > ' ' and < 0x7F and not '\\')
            {
                encoded.Append((char)rune.Value);
                continue;
            }
            var length = rune.EncodeToUtf8(bytes);
            foreach (var b in bytes[..length])
            {
                encoded.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
        }
        return encoded.ToString();
    }

    private static Task SecurityHeaders(HttpContext context, Func<Task> next)
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
        headers.ContentSecurityPolicy = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
            + "object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";
        return next();
    }
}
