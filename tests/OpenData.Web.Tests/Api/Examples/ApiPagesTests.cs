using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using AngleSharp.Dom;
using Microsoft.Extensions.DependencyInjection;
using OpenData.Web.Catalog;
using OpenData.Web.Tests.DataStore;
using OpenData.Web.Tests.Infrastructure;
using OpenData.Web.Tests.Pages;

namespace OpenData.Web.Tests.Api.Examples;

/// <summary>The /api guide and each dataset's "Use via the API" section, with examples that work when pasted.</summary>
public sealed class ApiPagesTests(SqlitePortal portal) : IClassFixture<SqlitePortal>
{
    private readonly PageBrowser _browser = new(portal);

    /// <summary>A demo dataset with an uploaded CSV, once that CSV is in the DataStore.</summary>
    private async Task<(string Dataset, Guid Resource)> DatasetWithLoadedCsvAsync()
    {
        var candidates = await portal.Act((s, ct) => s.GetRequiredService<IDatasetSearch>()
            .SearchAsync(Actor.Anonymous, new DatasetListQuery { Formats = ["CSV"], Sort = DatasetSort.Name, Limit = 100 }, ct));
        foreach (var candidate in candidates.Items)
        {
            var view = await portal.Act((s, ct) => s.GetRequiredService<DatasetActions>().ShowAsync(Actor.Anonymous, candidate.Name, ct));
            if (view.Dataset.Distributions.FirstOrDefault(d => d.IsUpload && d.Format == "CSV") is { } resource)
            {
                var info = await DatastoreFixtures.WaitAsync(portal, resource.Id, TimeSpan.FromMinutes(3));
                Assert.True(info.IsLoaded, info.Message);
                return (candidate.Name, resource.Id);
            }
        }
        throw new InvalidOperationException("no uploaded CSV in the demo catalogue");
    }

    /// <summary>The curl examples on a page, as the text a user copies.</summary>
    private static List<string> CurlExamples(PageResponse page) =>
        page.Document.QuerySelectorAll("details[data-language='curl'] pre code").Select(c => c.TextContent).ToList();

    /// <summary>Runs a pasted curl command through the test client: its URL, -G with --data-urlencode, -o.</summary>
    private async Task<HttpResponseMessage> RunCurlAsync(string command)
    {
        var words = ShellWords.Split(command);
        Assert.Equal("curl", words[0]);
        string? url = null;
        var data = new List<string>();
        for (var i = 1; i < words.Count; i++)
        {
            switch (words[i])
            {
                case "-G":
                    break;
                case "-o":
                    i++;
                    break;
                case "--data-urlencode":
                    var pair = words[++i];
                    var equals = pair.IndexOf('=');
                    data.Add($"{pair[..equals]}={Uri.EscapeDataString(pair[(equals + 1)..])}");
                    break;
                default:
                    Assert.Null(url);
                    url = words[i];
                    break;
            }
        }
        Assert.NotNull(url);
        if (data.Count > 0)
        {
            url += (url.Contains('?') ? "&" : "?") + string.Join("&", data);
        }
        return await portal.CreateClient().GetAsync(url, TestContext.Current.CancellationToken);
    }

    private static async Task<JsonObject> CkanResultAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var envelope = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!.AsObject();
        Assert.True(envelope["success"]!.GetValue<bool>());
        return envelope["result"]!.AsObject();
    }

    [Fact]
    public async Task The_API_page_explains_the_API_in_Vietnamese_and_links_the_OpenAPI_document()
    {
        var page = await _browser.GetAsync("/api");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("API cho nhà phát triển", page.Text("h1"));
        Assert.Contains("không cần tài khoản", page.Text(".lead"));
        Assert.NotNull(page.Document.QuerySelector("a[href='/api/openapi.json']"));
        Assert.Contains("32000", page.Text("#limits + ul"));
        Assert.Empty(page.Document.QuerySelectorAll("[style], script:not([src])"));
    }

    [Fact]
    public async Task The_API_page_is_in_English_with_lang_en()
    {
        var page = await _browser.GetAsync("/api?lang=en");

        Assert.Equal("API for developers", page.Text("h1"));
        Assert.Equal("Limits", page.Text("#limits"));
        Assert.DoesNotContain("không cần tài khoản", page.Document.Body!.TextContent);
    }

    [Fact]
    public async Task Every_page_links_to_the_API_page_in_the_navigation()
    {
        var page = await _browser.GetAsync("/dataset");

        Assert.NotNull(page.Document.QuerySelector(".main-nav a[href='/api']"));
    }

    [Fact]
    public async Task The_API_pages_read_examples_work_when_pasted()
    {
        var page = await _browser.GetAsync("/api");
        var reads = CurlExamples(page).Where(c => !c.Contains("OPENDATA_TOKEN", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(reads);
        foreach (var command in reads)
        {
            using var response = await RunCurlAsync(command);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{command} → {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task The_dataset_pages_package_show_example_returns_the_dataset()
    {
        var (dataset, _) = await DatasetWithLoadedCsvAsync();
        var page = await _browser.GetAsync($"/dataset/{dataset}");

        var command = CurlExamples(page).First(c => c.Contains("package_show", StringComparison.Ordinal));
        using var response = await RunCurlAsync(command);

        Assert.Equal(dataset, (await CkanResultAsync(response))["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_dataset_pages_datastore_search_example_returns_rows_matching_its_filter()
    {
        var (dataset, resource) = await DatasetWithLoadedCsvAsync();
        var page = await _browser.GetAsync($"/dataset/{dataset}");

        var command = CurlExamples(page).First(c => c.Contains("datastore_search", StringComparison.Ordinal) && c.Contains(resource.ToString(), StringComparison.Ordinal));
        var filter = JsonNode.Parse(ShellWords.Split(command).First(w => w.StartsWith("filters=", StringComparison.Ordinal))["filters=".Length..])!.AsObject().Single();
        using var response = await RunCurlAsync(command);
        var result = await CkanResultAsync(response);

        var records = result["records"]!.AsArray();
        Assert.NotEmpty(records);
        Assert.All(records, r => Assert.Equal(filter.Value!.ToString(), r![filter.Key]!.ToString()));
        Assert.True(records.Count <= 5);
    }

    [Fact]
    public async Task The_dataset_pages_dump_and_Turtle_examples_give_the_files()
    {
        var (dataset, resource) = await DatasetWithLoadedCsvAsync();
        var page = await _browser.GetAsync($"/dataset/{dataset}");
        var commands = CurlExamples(page);

        using var dump = await RunCurlAsync(commands.First(c => c.Contains($"/datastore/dump/{resource}", StringComparison.Ordinal)));
        using var turtle = await RunCurlAsync(commands.First(c => c.Contains($"/dataset/{dataset}.ttl", StringComparison.Ordinal)));

        Assert.Equal(HttpStatusCode.OK, dump.StatusCode);
        Assert.Equal("text/csv", dump.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, turtle.StatusCode);
        Assert.Equal("text/turtle", turtle.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_dataset_page_offers_curl_Python_and_JavaScript_without_script_and_in_English_with_lang_en()
    {
        var (dataset, _) = await DatasetWithLoadedCsvAsync();

        var page = await _browser.GetAsync($"/dataset/{dataset}?lang=en");

        Assert.Equal("Use via the API", page.Text("#api-heading"));
        Assert.Equal(["curl", "Python", "JavaScript"], page.Document.QuerySelectorAll("#api details > summary").Select(s => s.TextContent.Trim()));
        Assert.Contains($"\"id\": \"{dataset}\"", page.Text("#api details[data-language='Python'] pre code"));
        Assert.Empty(page.Document.QuerySelectorAll("#api [style], #api script"));
    }
    [Fact]
    public async Task Values_from_the_data_are_escaped_for_the_shell_and_the_page()
    {
        const string value = "<script>x</script> O'Brien";
        var csv = Encoding.UTF8.GetBytes($"Tên,Số\n\"{value}\",1\nKhác,2\n");
        var (dataset, _) = await DatastoreFixtures.UploadToNewDatasetAndWaitAsync(portal, csv, "ten.csv");

        var page = await _browser.GetAsync($"/dataset/{dataset}");
        var command = CurlExamples(page).First(c => c.Contains("datastore_search", StringComparison.Ordinal));
        using var response = await RunCurlAsync(command);
        var records = (await CkanResultAsync(response))["records"]!.AsArray();

        Assert.Empty(page.Document.QuerySelectorAll("#api script"));
        Assert.Equal(value, Assert.Single(records)!["Tên"]!.GetValue<string>());
    }
}

/// <summary>Splits a POSIX shell command as bash would for the examples: '...' quoting, '\'' escapes, \-newline continuations.</summary>
internal static class ShellWords
{
    public static List<string> Split(string command)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        var inWord = false;
        for (var i = 0; i < command.Length; i++)
        {
            var c = command[i];
            if (c == '\'')
            {
                var end = command.IndexOf('\'', i + 1);
                word.Append(command, i + 1, end - i - 1);
                i = end;
                inWord = true;
            }
            else if (c == '\\' && i + 1 < command.Length)
            {
                if (command[i + 1] != '\n')
                {
                    word.Append(command[i + 1]);
                    inWord = true;
                }
                i++;
            }
            else if (char.IsWhiteSpace(c))
            {
                if (inWord)
                {
                    words.Add(word.ToString());
                    word.Clear();
                    inWord = false;
                }
            }
            else
            {
                word.Append(c);
                inWord = true;
            }
        }
        if (inWord)
        {
            words.Add(word.ToString());
        }
        return words;
    }
}
