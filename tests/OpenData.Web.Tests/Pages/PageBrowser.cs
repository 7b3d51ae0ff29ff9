using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using OpenData.Web.Tests.Infrastructure;

namespace OpenData.Web.Tests.Pages;

/// <summary>A page as a browser got it: the status, where it ended up, and the parsed document.</summary>
public sealed record PageResponse(HttpStatusCode Status, Uri Url, IDocument Document)
{
    public string Text(string selector) => Document.QuerySelector(selector)?.TextContent.Trim() ?? "";
}

/// <summary>
/// A cookie-keeping client that submits forms the way a browser does: it reads the form's fields (with the
/// antiforgery token) from the page, lets the test change some, and posts them to the form's action.
/// </summary>
public sealed class PageBrowser(PortalFactory portal)
{
    private static readonly HtmlParser Parser = new();

    /// <summary>The browser's cookies, so a test can copy them into another client.</summary>
    public CookieContainer Cookies { get; } = new();

    public HttpClient Http => _http ??= portal.CreateDefaultClient(new CookieContainerHandler(Cookies));

    private HttpClient? _http;

    /// <summary>The Cookie header this browser sends, as someone who copied it would replay it.</summary>
    public string CookieHeader => Cookies.GetCookieHeader(new Uri("http://localhost/"));

    public async Task<PageResponse> GetAsync(string url, bool follow = true)
    {
        var response = await Http.GetAsync(url, TestContext.Current.CancellationToken);
        return await ReadAsync(response, follow);
    }

    /// <summary>Fills the form matched by <paramref name="formSelector"/> on <paramref name="page"/> and submits it.</summary>
    public async Task<PageResponse> SubmitAsync(PageResponse page, string formSelector, IReadOnlyDictionary<string, string> values,
        IReadOnlyDictionary<string, (string FileName, byte[] Content)>? files = null, string? button = null)
    {
        var form = page.Document.QuerySelector<IHtmlFormElement>(formSelector) ?? throw new InvalidOperationException($"no form {formSelector}");
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var input in form.QuerySelectorAll<IHtmlInputElement>("input[name]"))
        {
            if (input.Type is "submit" or "file" || ((input.Type is "checkbox" or "radio") && !input.IsChecked))
            {
                continue;
            }
            fields.Add(new(input.Name!, input.Value));
        }
        foreach (var area in form.QuerySelectorAll<IHtmlTextAreaElement>("textarea[name]"))
        {
            fields.Add(new(area.Name!, area.Value));
        }
        foreach (var select in form.QuerySelectorAll<IHtmlSelectElement>("select[name]"))
        {
            fields.Add(new(select.Name!, select.Value ?? ""));
        }
        foreach (var (name, value) in values)
        {
            fields.RemoveAll(f => f.Key == name);
            fields.Add(new(name, value));
        }
        if (button is not null)
        {
            var b = form.QuerySelector<IHtmlButtonElement>(button) ?? throw new InvalidOperationException($"no button {button}");
            fields.Add(new(b.Name!, b.Value));
        }
        HttpContent content;
        if (files is { Count: > 0 } || form.Enctype == "multipart/form-data")
        {
            var multipart = new MultipartFormDataContent();
            foreach (var (name, value) in fields)
            {
                multipart.Add(new StringContent(value), name);
            }
            foreach (var (name, (fileName, bytes)) in files ?? new Dictionary<string, (string, byte[])>())
            {
                multipart.Add(new ByteArrayContent(bytes), name, fileName);
            }
            content = multipart;
        }
        else
        {
            content = new FormUrlEncodedContent(fields);
        }
        var action = form.GetAttribute("action") is { Length: > 0 } a ? a : page.Url.PathAndQuery;
        var response = await Http.PostAsync(action, content, TestContext.Current.CancellationToken);
        return await ReadAsync(response, follow: true);
    }

    public async Task SignInAsync(string userName, string password)
    {
        var login = await GetAsync("/user/login");
        var result = await SubmitAsync(login, "form.login-form", new Dictionary<string, string> { ["username"] = userName, ["password"] = password });
        if (result.Document.QuerySelector("#login-error") is not null)
        {
            throw new InvalidOperationException("sign-in failed");
        }
    }

    private async Task<PageResponse> ReadAsync(HttpResponseMessage response, bool follow)
    {
        if (follow && (int)response.StatusCode is >= 300 and < 400 && response.Headers.Location is { } location)
        {
            return await GetAsync(location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString);
        }
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var document = await Parser.ParseDocumentAsync(html);
        var url = response.RequestMessage?.RequestUri ?? new Uri("http://localhost/");
        return new PageResponse(response.StatusCode, url, document);
    }
}
