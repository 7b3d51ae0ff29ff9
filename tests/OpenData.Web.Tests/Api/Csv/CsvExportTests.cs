using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using OpenData.Web.Tests.Infrastructure;

namespace OpenData.Web.Tests.Api.Csv;

/// <summary>/dataset.csv and /catalog.csv as a person (Excel) and a program would read them.</summary>
public sealed class CsvExportTests(SqlitePortal portal) : IClassFixture<SqlitePortal>
{
    private async Task<(HttpResponseMessage Response, byte[] Bytes)> GetAsync(string path)
    {
        var response = await portal.CreateClient().GetAsync(path, TestContext.Current.CancellationToken);
        return (response, await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
    }

    private async Task<JsonNode> CkanAsync(string action, string query)
    {
        var text = await portal.CreateClient().GetStringAsync($"/api/3/action/{action}?{query}", TestContext.Current.CancellationToken);
        return JsonNode.Parse(text)!["result"]!;
    }

    /// <summary>A minimal RFC 4180 reader, to check the export the way a program would.</summary>
    private static List<List<string>> ReadCsv(string text)
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                record.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                record.Add(field.ToString());
                field.Clear();
                records.Add(record);
                record = [];
                i++;
            }
            else
            {
                field.Append(c);
            }
        }
        Assert.Empty(record);
        return records;
    }

    [Theory]
    [InlineData("/dataset.csv")]
    [InlineData("/dataset.csv?q=d%C3%A2n%20s%E1%BB%91&sort=modified")]
    [InlineData("/catalog.csv")]
    public async Task A_HEAD_answers_like_GET_without_a_body(string url)
    {
        var (head, get) = await portal.CreateClient().HeadAndGetAsync(url);

        Assert.Equal(HttpStatusCode.OK, get.Status);
        Assert.Equal(get with { BodyLength = 0 }, head);
    }

    [Fact]
    public async Task Dataset_csv_is_utf8_with_a_bom_and_a_file_name()
    {
        var (response, bytes) = await GetAsync("/dataset.csv");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.StartsWith("attachment; filename=\"du-lieu-", response.Content.Headers.ContentDisposition!.ToString());
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
    }

    [Fact]
    public async Task Dataset_csv_has_one_row_per_dataset_of_the_search()
    {
        var organization = (string)(await CkanAsync("organization_list", "sort=package_count%20desc&limit=1"))[0]!;
        var expected = await CkanAsync("package_search", $"fq=organization:{organization}&rows=1000");
        var (_, bytes) = await GetAsync($"/dataset.csv?organization={organization}&sort=name");
        var records = ReadCsv(Encoding.UTF8.GetString(bytes[3..]));
        Assert.Equal("id", records[0][0]);
        Assert.All(records, r => Assert.Equal(records[0].Count, r.Count));
        var names = records.Skip(1).Select(r => r[1]).ToList();
        Assert.Equal(expected["results"]!.AsArray().Select(p => (string)p!["name"]!).Order(StringComparer.Ordinal), names);
        Assert.Contains(records.Skip(1), r => r[2].Any(c => c > 127));
    }

    [Fact]
    public async Task Catalog_csv_has_one_row_per_distribution()
    {
        var packages = (await CkanAsync("current_package_list_with_resources", "limit=1000")).AsArray();
        var expected = packages.Sum(p => Math.Max(1, p!["resources"]!.AsArray().Count));
        var (response, bytes) = await GetAsync("/catalog.csv");
        Assert.Equal("text/csv; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        var records = ReadCsv(Encoding.UTF8.GetString(bytes[3..]));
        Assert.Equal(expected, records.Count - 1);
        var resourceIds = records.Skip(1).Select(r => r[records[0].IndexOf("resource_id")]).Where(id => id.Length > 0).ToList();
        Assert.Equal(resourceIds.Count, resourceIds.Distinct().Count());
    }

    [Fact]
    public async Task Dataset_csv_with_text_lists_what_the_search_finds()
    {
        await portal.WaitForSearchIndexAsync();
        var expected = await CkanAsync("package_search", "q=" + Uri.EscapeDataString("dân số") + "&rows=1000");
        var (_, bytes) = await GetAsync("/dataset.csv?q=" + Uri.EscapeDataString("dân số"));
        var records = ReadCsv(Encoding.UTF8.GetString(bytes[3..]));
        Assert.True((int)expected["count"]! > 0);
        Assert.Equal((int)expected["count"]!, records.Count - 1);
    }

    [Fact]
    public async Task An_unknown_sort_is_a_bad_request()
    {
        var (response, _) = await GetAsync("/dataset.csv?sort=ten%20giam");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
