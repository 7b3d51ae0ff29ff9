using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using OpenData.Web.Api.Ckan;
using OpenData.Web.Catalog;
using OpenData.Web.DataStore;
using OpenData.Web.Tests.DataStore;
using OpenData.Web.Tests.Infrastructure;
using OpenData.Web.Tests.Pages;

namespace OpenData.Web.Tests.Security;

/// <summary>
/// Every GET route the portal maps, read from its endpoint data source (so a route added later is covered without
/// editing this test), filled with a restricted, an on-request and a private dataset and their resources: no
/// response to an anonymous reader or to a member of another organization carries their data, and none carries
/// the title of the restricted or private one (MISSION §2, the access rule of CatalogAuthorization).
/// </summary>
public abstract partial class NonOpenDataLeakTests<TPortal>(TPortal portal) : IAsyncLifetime where TPortal : PortalFactory
{
    /// <summary>
    /// A dataset under test. Queries type <see cref="TitleWord"/> and <see cref="DataWord"/> (pages echo what was
    /// typed); the leak checks look for the words beside them that no query names: <see cref="TitleMark"/> in
    /// its title, <see cref="DataMark"/> in its file's rows and its link's URL.
    /// </summary>
    private sealed record Secret(string Level, string Name, string Key, string Suffix, bool TitleIsPublic)
    {
        public string TitleWord => $"zqxt{Key}{Suffix}";
        public string TitleMark => $"zqxh{Key}{Suffix}";
        public string DataWord => $"zqxd{Key}{Suffix}";
        public string DataMark => $"zqxv{Key}{Suffix}";
        public Guid Upload { get; set; }
        public Guid Link { get; set; }
    }

    private readonly string _suffix = Guid.NewGuid().ToString("N")[..6];
    private readonly List<Secret> _secrets = [];
    private string _owner = "";
    private string _ownerMember = "";
    private string _outsider = "";
    private string _password = "";

    public async ValueTask InitializeAsync()
    {
        _owner = "so-kin-" + _suffix;
        var other = "so-khac-" + _suffix;
        await portal.CreateOrganizationAsync(_owner, "Sở Nội vụ kiểm thử");
        await portal.CreateOrganizationAsync(other, "Sở Tư pháp kiểm thử");
        (_ownerMember, _password) = await portal.CreateUserAsync("chu-" + _suffix, organization: _owner, role: OrganizationRole.Member);
        (_outsider, _) = await portal.CreateUserAsync("ngoai-" + _suffix, organization: other, role: OrganizationRole.Editor);

        foreach (var (level, isPrivate, titlePublic) in new[] { ("restricted", false, false), ("on-request", false, true), ("default-shared", false, true), ("open", true, false) })
        {
            var key = (isPrivate ? "private" : level).Replace("-", "", StringComparison.Ordinal);
            var secret = new Secret(level, $"kin-{key}-{_suffix}", key, _suffix, titlePublic);
            await portal.Act((s, ct) => s.Service<DatasetActions>().CreateAsync(Actor.System,
                Catalogs.Dataset(secret.Name, _owner, $"Hồ sơ {secret.TitleWord} {secret.TitleMark} của sở") with { AccessLevel = level, IsPrivate = isPrivate }, ct));
            var csv = Encoding.UTF8.GetBytes($"ma,ten,ghi_chu\n1,{secret.DataWord},{secret.DataMark}\n2,{secret.DataWord} hai,{secret.DataMark} hai\n");
            var upload = await portal.Act((s, ct) => s.Service<ResourceActions>().CreateAsync(Actor.System, secret.Name,
                new ResourceInput { Title = "Bảng dữ liệu", Upload = new UploadInput(new MemoryStream(csv), "bang.csv", "text/csv") }, ct));
            var link = await portal.Act((s, ct) => s.Service<ResourceActions>().CreateAsync(Actor.System, secret.Name,
                new ResourceInput { Title = "Liên kết", Format = "CSV", Url = $"https://du-lieu.example.vn/{secret.DataWord}/{secret.DataMark}.csv" }, ct));
            secret.Upload = upload.Id;
            secret.Link = link.Id;
            _secrets.Add(secret);
        }
        foreach (var secret in _secrets)
        {
            var info = await DatastoreFixtures.WaitAsync(portal, secret.Upload);
            Assert.True(info.Status == DatastoreStatus.Loaded, info.Message);
        }
        await portal.WaitForSearchIndexAsync();
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task An_anonymous_reader_gets_no_data_and_no_hidden_title_from_any_GET_route()
    {
        using var client = portal.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var leaks = await LeaksAsync(client);

        Assert.True(leaks.Count == 0, string.Join("\n", leaks.Take(40)));
    }

    [Fact]
    public async Task A_member_of_another_organization_gets_no_data_and_no_hidden_title_from_any_GET_route()
    {
        var browser = new PageBrowser(portal);
        await browser.SignInAsync(_outsider, _password);

        var leaks = await LeaksAsync(browser.Http);

        Assert.True(leaks.Count == 0, string.Join("\n", leaks.Take(40)));
    }

    /// <summary>The control: the owning organization's member reads every one of them, so the markers are there to be found.</summary>
    [Fact]
    public async Task A_member_of_the_owning_organization_reads_titles_files_and_rows()
    {
        var browser = new PageBrowser(portal);
        await browser.SignInAsync(_ownerMember, _password);
        var ct = TestContext.Current.CancellationToken;

        foreach (var secret in _secrets)
        {
            var page = await browser.Http.GetStringAsync($"/dataset/{secret.Name}", ct);
            var file = await browser.Http.GetStringAsync($"/dataset/{secret.Name}/resource/{secret.Upload}/download/bang.csv", ct);
            var rows = await browser.Http.GetStringAsync($"/api/3/action/datastore_search?resource_id={secret.Upload}", ct);
            var dump = await browser.Http.GetStringAsync($"/datastore/dump/{secret.Upload}", ct);
            var link = await browser.Http.GetStringAsync($"/api/3/action/resource_show?id={secret.Link}", ct);
            var search = await browser.Http.GetStringAsync($"/dataset?q={secret.TitleWord}", ct);

            Assert.Contains(secret.TitleMark, page, StringComparison.Ordinal);
            Assert.Contains(secret.DataMark, page, StringComparison.Ordinal); // the preview
            Assert.Contains(secret.DataMark, file, StringComparison.Ordinal);
            Assert.Contains(secret.DataMark, rows, StringComparison.Ordinal);
            Assert.Contains(secret.DataMark, dump, StringComparison.Ordinal);
            Assert.Contains(secret.DataMark, link, StringComparison.Ordinal);
            Assert.Contains(secret.TitleMark, search, StringComparison.Ordinal);
        }
    }

    /// <summary>The shared datasets stay findable, marked, with how to ask for them: that is what their level is for.</summary>
    [Fact]
    public async Task Anyone_finds_a_shared_dataset_and_is_told_how_to_request_its_data()
    {
        using var client = portal.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var ct = TestContext.Current.CancellationToken;

        foreach (var secret in _secrets.Where(s => s.TitleIsPublic))
        {
            var search = await client.GetStringAsync($"/dataset?q={secret.TitleWord}", ct);
            var page = await client.GetStringAsync($"/dataset/{secret.Name}", ct);
            var download = await client.GetAsync($"/dataset/{secret.Name}/resource/{secret.Upload}/download/bang.csv", ct);
            var rows = await client.GetAsync($"/api/3/action/datastore_search?resource_id={secret.Upload}", ct);

            Assert.Contains(secret.TitleMark, search, StringComparison.Ordinal);
            Assert.Contains("access-notice", page, StringComparison.Ordinal);
            Assert.Contains("Sở Nội vụ kiểm thử", page, StringComparison.Ordinal);
            // As every page an account may open: sign in (a member of the providing agency then gets the file).
            Assert.Equal(HttpStatusCode.Redirect, download.StatusCode);
            Assert.Contains("/user/login", download.Headers.Location?.OriginalString ?? "", StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.Forbidden, rows.StatusCode);
        }
    }

    /// <summary>Every GET the portal maps, with every way of filling its route values and query, and what leaked.</summary>
    private async Task<List<string>> LeaksAsync(HttpClient client)
    {
        var urls = GetUrls().Distinct(StringComparer.Ordinal).ToList();
        Assert.True(urls.Count > 100, $"only {urls.Count} URLs: the endpoint data source was not read");
        var leaks = new List<string>();
        var ct = TestContext.Current.CancellationToken;
        foreach (var url in urls)
        {
            using var response = await client.GetAsync(url, ct);
            var body = await response.Content.ReadAsStringAsync(ct);
            var location = response.Headers.Location?.OriginalString ?? "";
            if ((int)response.StatusCode >= 500)
            {
                leaks.Add($"{url}: {(int)response.StatusCode}");
            }
            foreach (var secret in _secrets)
            {
                if (body.Contains(secret.DataMark, StringComparison.OrdinalIgnoreCase) || location.Contains(secret.DataMark, StringComparison.OrdinalIgnoreCase))
                {
                    leaks.Add($"{url}: data of the {Describe(secret)} dataset");
                }
                if (!secret.TitleIsPublic && (body.Contains(secret.TitleMark, StringComparison.OrdinalIgnoreCase) || body.Contains(secret.Name, StringComparison.Ordinal) && !url.Contains(secret.Name, StringComparison.Ordinal)))
                {
                    leaks.Add($"{url}: title or name of the {Describe(secret)} dataset");
                }
            }
        }
        return leaks;
    }

    private static string Describe(Secret secret) => secret.Name.Contains("private", StringComparison.Ordinal) ? "private" : secret.Level;

    private IEnumerable<string> GetUrls()
    {
        var endpoints = portal.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IHttpMethodMetadata>() is not { } methods || methods.HttpMethods.Contains("GET"))
            .Select(e => e.RoutePattern.RawText ?? "")
            .Where(p => p.Length > 0)
            .Distinct();
        foreach (var pattern in endpoints)
        {
            foreach (var path in Fill("/" + pattern.TrimStart('/')))
            {
                foreach (var query in Queries())
                {
                    yield return path + query;
                }
            }
        }
    }

    /// <summary>Every filling of the pattern's route values: each dataset, resource, organization, action, syntax.</summary>
    private IEnumerable<string> Fill(string pattern)
    {
        var match = RouteParameter().Match(pattern);
        if (!match.Success)
        {
            yield return pattern;
            yield break;
        }
        var parameter = match.Groups["name"].Value;
        IEnumerable<string> values = parameter switch
        {
            "name" when pattern.StartsWith("/api/", StringComparison.Ordinal) => CkanApi.Actions.Values.Where(a => a.SideEffectFree).Select(a => a.Name),
            "name" when pattern.StartsWith("/organization/", StringComparison.Ordinal) => [_owner],
            "name" when pattern.StartsWith("/group/", StringComparison.Ordinal) => ["giao-duc"],
            "name" => _secrets.Select(s => s.Name),
            "id" or "resourceId" => _secrets.SelectMany(s => new[] { s.Upload.ToString(), s.Link.ToString() }),
            "filename" => ["bang.csv", ""],
            "extension" => ["ttl", "rdf", "jsonld", "nt", "csv", "json"],
            "code" when pattern.StartsWith("/error/", StringComparison.Ordinal) => ["404", "403"],
            "code" => ["en", "vi"],
            _ => throw new InvalidOperationException($"route {pattern}: no test values for {{{parameter}}}; add some here"),
        };
        foreach (var value in values)
        {
            var filled = pattern[..match.Index] + Uri.EscapeDataString(value) + pattern[(match.Index + match.Length)..];
            foreach (var url in Fill(filled.Replace("//", "/", StringComparison.Ordinal).TrimEnd('/') is { Length: > 0 } f ? f : "/"))
            {
                yield return url;
            }
        }
    }

    /// <summary>The query strings tried on every route: none, and ones that name each dataset, resource, title and data word.</summary>
    private IEnumerable<string> Queries()
    {
        yield return "";
        yield return "?include_private=true&all_fields=true&limit=1000&rows=1000&deleted=true";
        foreach (var s in _secrets)
        {
            var title = Uri.EscapeDataString(s.TitleWord);
            var data = Uri.EscapeDataString(s.DataWord);
            yield return $"?id={s.Name}&name={s.Name}&q={title}&incomplete={title[..8]}&include_private=true&include_datasets=true&all_fields=true&query=name:{title}";
            yield return $"?id={s.Upload}&resource_id={s.Upload}&q={data}&sql={Uri.EscapeDataString($"SELECT * FROM \"{s.Upload}\"")}";
            yield return $"?id={s.Link}&resource_id={s.Link}&q={title}&fq={Uri.EscapeDataString("name:" + s.Name)}&query=url:{data}";
        }
    }

    [GeneratedRegex(@"\{\*{0,2}(?<name>\w+)(:[^}]*)?\??\}")]
    private static partial Regex RouteParameter();
}

public sealed class SqliteNonOpenDataLeakTests(EmptySqlitePortal portal) : NonOpenDataLeakTests<EmptySqlitePortal>(portal), IClassFixture<EmptySqlitePortal>;

public sealed class PostgresNonOpenDataLeakTests(EmptyPostgresPortal portal) : NonOpenDataLeakTests<EmptyPostgresPortal>(portal), IClassFixture<EmptyPostgresPortal>;
