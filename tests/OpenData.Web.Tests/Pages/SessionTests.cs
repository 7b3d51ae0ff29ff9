using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using OpenData.Web.Accounts;
using OpenData.Web.Catalog;
using OpenData.Web.Tests.Infrastructure;

namespace OpenData.Web.Tests.Pages;

/// <summary>
/// A sign-in cookie stands for a session that sign-out, a password change and deactivation end everywhere: a copy
/// taken before (from another browser, or stolen) stops working at once, not when the cookie expires.
/// </summary>
public abstract class SessionTests<TPortal>(TPortal portal) where TPortal : PortalFactory
{
    private static string Unique(string prefix) => prefix + "-" + Guid.NewGuid().ToString("N")[..8];

    private async Task<(PageBrowser Browser, string UserName, string Password)> SignedInAsync()
    {
        var (userName, password) = await portal.CreateUserAsync(Unique("canbo"));
        var browser = new PageBrowser(portal);
        await browser.SignInAsync(userName, password);
        return (browser, userName, password);
    }

    /// <summary>What someone holding a copy of the cookie gets at /user/tokens.</summary>
    private async Task<HttpResponseMessage> TokensPageWithAsync(string cookie)
    {
        var client = portal.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/user/tokens");
        request.Headers.Add("Cookie", cookie);
        return await client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    private static void AssertSentToSignIn(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("http://localhost/user/login", response.Headers.Location?.ToString());
    }

    [Fact]
    public async Task A_copied_cookie_opens_the_tokens_page_while_the_session_lasts()
    {
        var (browser, _, _) = await SignedInAsync();

        using var response = await TokensPageWithAsync(browser.CookieHeader);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task After_sign_out_a_cookie_copied_before_no_longer_opens_the_tokens_page()
    {
        var (browser, _, _) = await SignedInAsync();
        var copied = browser.CookieHeader;

        await browser.SubmitAsync(await browser.GetAsync("/"), "form[action='/user/logout']", new Dictionary<string, string>());

        using var response = await TokensPageWithAsync(copied);
        AssertSentToSignIn(response);
    }

    [Fact]
    public async Task After_a_password_change_the_old_cookie_is_refused_and_the_changing_browser_stays_signed_in()
    {
        var (browser, _, password) = await SignedInAsync();
        var copied = browser.CookieHeader;

        var changed = await browser.SubmitAsync(await browser.GetAsync("/user/password"), "form.password-form", new Dictionary<string, string>
        {
            ["current_password"] = password,
            ["password"] = "mat-khau-moi-dai-hon",
            ["password_confirm"] = "mat-khau-moi-dai-hon",
        });

        Assert.NotNull(changed.Document.QuerySelector("#password-changed"));
        using var old = await TokensPageWithAsync(copied);
        AssertSentToSignIn(old);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/user/tokens", follow: false)).Status);
    }

    [Fact]
    public async Task A_password_change_needs_the_current_password()
    {
        var (browser, _, _) = await SignedInAsync();

        var page = await browser.SubmitAsync(await browser.GetAsync("/user/password"), "form.password-form", new Dictionary<string, string>
        {
            ["current_password"] = "khong-phai-mat-khau",
            ["password"] = "mat-khau-moi-dai-hon",
            ["password_confirm"] = "mat-khau-moi-dai-hon",
        });

        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.Equal("Mật khẩu hiện tại không đúng.", page.Text("#err-current_password"));
    }

    [Fact]
    public async Task A_user_cannot_set_another_users_password()
    {
        var (other, _) = await portal.CreateUserAsync(Unique("nguoikhac"));
        var (_, userName, password) = await SignedInAsync();
        var actor = await portal.ActorAsync(userName);

        await Assert.ThrowsAsync<NotAuthorizedException>(() =>
            portal.Act((s, ct) => s.Service<AccountActions>().ChangePasswordAsync(actor, other, password, "mat-khau-moi-dai-hon", ct)));
    }

    [Fact]
    public async Task A_deactivated_user_loses_their_session_and_cannot_sign_in_again()
    {
        var (browser, userName, password) = await SignedInAsync();
        var copied = browser.CookieHeader;

        var (exit, _, _) = await portal.RunCommandAsync("user", "deactivate", "--name", userName);

        Assert.Equal(0, exit);
        using var response = await TokensPageWithAsync(copied);
        AssertSentToSignIn(response);
        await Assert.ThrowsAsync<InvalidOperationException>(() => new PageBrowser(portal).SignInAsync(userName, password));
    }
}

public sealed class SqliteSessionTests(EmptySqlitePortal portal) : SessionTests<EmptySqlitePortal>(portal), IClassFixture<EmptySqlitePortal>;

public sealed class PostgresSessionTests(EmptyPostgresPortal portal) : SessionTests<EmptyPostgresPortal>(portal), IClassFixture<EmptyPostgresPortal>;
