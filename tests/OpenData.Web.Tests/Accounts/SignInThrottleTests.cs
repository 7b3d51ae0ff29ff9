using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenData.Web.Accounts;
using OpenData.Web.Catalog;
using OpenData.Web.Tests.Infrastructure;
using OpenData.Web.Tests.Pages;

namespace OpenData.Web.Tests.Accounts;

/// <summary>
/// An empty portal whose clock the test sets, whose client address a request names in <c>X-Test-Client</c> (the
/// test server has none), and whose log lines are kept. Token clients are locked after 5 bad tokens (an option).
/// </summary>
public class ThrottledPortal(StoreKind store) : PortalFactory(store, loadDemo: false)
{
    public const string ClientHeader = "X-Test-Client";

    public SettableClock Clock { get; } = new(new DateTimeOffset(2026, 3, 2, 3, 0, 0, TimeSpan.Zero));

    public ConcurrentQueue<(LogLevel Level, string Message)> Log { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("OpenData:SignInThrottle:TokenClientMaxFailures", "5");
        builder.ConfigureLogging(logging => logging.AddProvider(new KeptLog(Log)));
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            services.AddTransient<IStartupFilter, ClientFromHeader>();
        });
    }

    public PageBrowser Browser(string client)
    {
        var browser = new PageBrowser(this);
        browser.Http.DefaultRequestHeaders.Add(ClientHeader, client);
        return browser;
    }

    public HttpClient Client(string client)
    {
        var http = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        http.DefaultRequestHeaders.Add(ClientHeader, client);
        return http;
    }

    private sealed class ClientFromHeader : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, then) =>
            {
                if (IPAddress.TryParse(context.Request.Headers[ClientHeader].ToString(), out var address))
                {
                    context.Connection.RemoteIpAddress = address;
                }
                return then(context);
            });
            next(app);
        };
    }

    private sealed class KeptLog(ConcurrentQueue<(LogLevel, string)> log) : ILoggerProvider, ILogger
    {
        public ILogger CreateLogger(string categoryName) => this;

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            log.Enqueue((logLevel, formatter(state, exception)));

        public void Dispose()
        {
        }
    }
}

/// <summary>A clock that stands still until the test moves it.</summary>
public sealed class SettableClock(DateTimeOffset start) : TimeProvider
{
    private long _ticks = start.UtcTicks;

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref _ticks), TimeSpan.Zero);

    public void Advance(TimeSpan by) => Interlocked.Add(ref _ticks, by.Ticks);
}

public sealed class SqliteThrottledPortal() : ThrottledPortal(StoreKind.Sqlite);

public sealed class PostgresThrottledPortal() : ThrottledPortal(StoreKind.Postgres);

/// <summary>Guessing passwords and tokens, as an attacker would, and what the real owner then sees.</summary>
public abstract class SignInThrottleTests<TPortal>(TPortal portal) where TPortal : ThrottledPortal
{
    private const string Wrong = "sai-mat-khau-bi-mat";
    private static int _clients;

    private static string Unique(string prefix) => prefix + "-" + Guid.NewGuid().ToString("N")[..8];

    /// <summary>A client address no other test uses.</summary>
    private static string NewClient() => $"203.0.113.{Interlocked.Increment(ref _clients)}";

    private static Task<PageResponse> TryAsync(PageBrowser browser, PageResponse login, string userName, string password) =>
        browser.SubmitAsync(login, "form.login-form", new Dictionary<string, string> { ["username"] = userName, ["password"] = password });

    /// <summary>The lock's end as the page shows it: five minutes after now, in Vietnam time.</summary>
    private string FiveMinutesFromNow => Web.Shared.Display.DateTime(portal.Clock.GetUtcNow().AddMinutes(5));

    [Fact]
    public async Task After_forty_quick_wrong_passwords_the_right_one_is_refused_and_the_page_says_when_to_retry()
    {
        var (user, password) = await portal.CreateUserAsync(Unique("canbo"));
        var browser = portal.Browser(NewClient());
        var login = await browser.GetAsync("/user/login");

        var guesses = await Task.WhenAll(Enumerable.Range(0, 40).Select(_ => TryAsync(browser, login, user, Wrong)));
        var page = await TryAsync(browser, login, user, password);

        Assert.All(guesses, g => Assert.Contains(g.Status, new[] { HttpStatusCode.OK, HttpStatusCode.TooManyRequests }));
        Assert.InRange(guesses.Count(g => g.Status == HttpStatusCode.OK), 0, 5); // the others were refused unchecked

        Assert.Equal(HttpStatusCode.TooManyRequests, page.Status);
        Assert.Equal($"Đăng nhập tạm thời bị khoá vì nhập sai mật khẩu quá nhiều lần. Hãy thử lại sau {FiveMinutesFromNow} (giờ Việt Nam).", page.Text("#login-error"));
        Assert.NotNull(page.Document.QuerySelector(".sign-in"));
    }

    [Fact]
    public async Task An_account_locked_by_guesses_from_one_address_is_locked_for_every_address()
    {
        var (user, password) = await portal.CreateUserAsync(Unique("canbo"));
        var attacker = portal.Browser(NewClient());
        var login = await attacker.GetAsync("/user/login");
        for (var i = 0; i < 5; i++)
        {
            await TryAsync(attacker, login, user, Wrong);
        }

        var owner = portal.Browser(NewClient());
        var page = await TryAsync(owner, await owner.GetAsync("/user/login"), user, password);

        Assert.Equal(HttpStatusCode.TooManyRequests, page.Status);
    }

    [Fact]
    public async Task The_lock_lifts_when_its_time_has_passed()
    {
        var (user, password) = await portal.CreateUserAsync(Unique("canbo"));
        var browser = portal.Browser(NewClient());
        var login = await browser.GetAsync("/user/login");
        for (var i = 0; i < 5; i++)
        {
            await TryAsync(browser, login, user, Wrong);
        }

        portal.Clock.Advance(TimeSpan.FromMinutes(5));

        await browser.SignInAsync(user, password);
    }

    [Fact]
    public async Task A_successful_sign_in_starts_the_accounts_count_over()
    {
        var (user, password) = await portal.CreateUserAsync(Unique("canbo"));
        var browser = portal.Browser(NewClient());
        var login = await browser.GetAsync("/user/login");
        for (var i = 0; i < 4; i++)
        {
            await TryAsync(browser, login, user, Wrong);
        }
        await portal.Browser(NewClient()).SignInAsync(user, password);

        for (var i = 0; i < 4; i++)
        {
            await TryAsync(browser, login, user, Wrong);
        }

        await portal.Browser(NewClient()).SignInAsync(user, password);
    }

    [Fact]
    public async Task One_address_guessing_many_names_is_locked_and_others_are_not()
    {
        var (user, password) = await portal.CreateUserAsync(Unique("canbo"));
        var client = NewClient();
        var attacker = portal.Browser(client);
        var login = await attacker.GetAsync("/user/login");
        for (var i = 0; i < 20; i++)
        {
            await TryAsync(attacker, login, Unique("ten-doan"), Wrong);
        }

        var owner = portal.Browser(client);
        var sameAddress = await TryAsync(owner, await owner.GetAsync("/user/login"), user, password);

        Assert.Equal(HttpStatusCode.TooManyRequests, sameAddress.Status);
        await portal.Browser(NewClient()).SignInAsync(user, password);
    }

    [Fact]
    public async Task A_name_no_account_has_is_locked_with_the_same_message()
    {
        var browser = portal.Browser(NewClient());
        var login = await browser.GetAsync("/user/login");
        var name = Unique("khong-co-ai");
        for (var i = 0; i < 4; i++)
        {
            await TryAsync(browser, login, name, Wrong);
        }

        var page = await TryAsync(browser, login, name, Wrong);

        Assert.Equal($"Đăng nhập tạm thời bị khoá vì nhập sai mật khẩu quá nhiều lần. Hãy thử lại sau {FiveMinutesFromNow} (giờ Việt Nam).", page.Text("#login-error"));
    }

    [Fact]
    public async Task A_failed_sign_in_is_a_warning_in_the_log_without_the_password()
    {
        var (user, _) = await portal.CreateUserAsync(Unique("canbo"));
        var browser = portal.Browser(NewClient());

        await TryAsync(browser, await browser.GetAsync("/user/login"), user, Wrong);

        Assert.Contains(portal.Log, e => e.Level == LogLevel.Warning && e.Message.Contains("Failed sign-in") && e.Message.Contains(user));
        Assert.DoesNotContain(portal.Log, e => e.Message.Contains(Wrong));
    }

    [Fact]
    public async Task Many_bad_tokens_from_one_address_get_429_with_retry_after_even_for_a_good_token()
    {
        var (user, _) = await portal.CreateUserAsync(Unique("canbo"));
        var token = await portal.Act((s, ct) => s.Service<AccountActions>().CreateTokenAsync(Actor.System, user, "kịch bản", ct));
        var client = NewClient();
        for (var i = 0; i < 4; i++)
        {
            using var bad = await SendAsync(client, $"od_doan-{i}");
            Assert.Equal(HttpStatusCode.OK, bad.StatusCode); // anonymous, as CKAN answers an unknown token
        }
        (await SendAsync(client, "od_doan-cuoi")).Dispose(); // the fifth: the limit set for this portal

        using var response = await SendAsync(client, token.Token);

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal(TimeSpan.FromMinutes(5), response.Headers.RetryAfter?.Delta);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;
        Assert.False((bool)body["success"]!);
        Assert.StartsWith("Quá nhiều mã truy cập API sai", (string?)body["error"]!["message"]);
    }

    [Fact]
    public async Task A_locked_address_still_reads_without_a_token_and_other_addresses_use_their_tokens()
    {
        var (user, _) = await portal.CreateUserAsync(Unique("canbo"));
        var token = await portal.Act((s, ct) => s.Service<AccountActions>().CreateTokenAsync(Actor.System, user, "kịch bản", ct));
        var client = NewClient();
        for (var i = 0; i < 5; i++)
        {
            (await SendAsync(client, $"od_doan-{i}")).Dispose();
        }

        using var withoutToken = await SendAsync(client, null);
        using var elsewhere = await SendAsync(NewClient(), token.Token);

        Assert.Equal(HttpStatusCode.OK, withoutToken.StatusCode);
        Assert.Equal(HttpStatusCode.OK, elsewhere.StatusCode);
    }

    private async Task<HttpResponseMessage> SendAsync(string client, string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/3/action/site_read");
        if (token is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", token);
        }
        return await portal.Client(client).SendAsync(request, TestContext.Current.CancellationToken);
    }
}

public sealed class SqliteSignInThrottleTests(SqliteThrottledPortal portal) : SignInThrottleTests<SqliteThrottledPortal>(portal), IClassFixture<SqliteThrottledPortal>;

public sealed class PostgresSignInThrottleTests(PostgresThrottledPortal portal) : SignInThrottleTests<PostgresThrottledPortal>(portal), IClassFixture<PostgresThrottledPortal>;
