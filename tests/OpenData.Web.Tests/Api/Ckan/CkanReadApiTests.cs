using System.Net;
using System.Text.Json.Nodes;
using OpenData.Web.Tests.Infrastructure;

namespace OpenData.Web.Tests.Api.Ckan;

/// <summary>The read actions against the demo catalogue, as an anonymous CKAN client (no key: Decree 47 Art. 17).</summary>
public abstract class CkanReadApiTests<TPortal>(TPortal portal) where TPortal : PortalFactory
{
    private CkanClient Client => new(portal.CreateClient());

    [Fact]
    public async Task Package_search_answers_in_the_ckan_envelope()
    {
        var reply = await Client.GetAsync("package_search", "rows=5");
        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal("http://localhost/api/3/action/help_show?name=package_search", (string?)reply.Envelope["help"]);
        Assert.True((bool)reply.Envelope["success"]!);
        var result = reply.Result!.AsObject();
        Assert.True((int)result["count"]! > 5);
        Assert.Equal(5, result["results"]!.AsArray().Count);
        Assert.Equal("score desc, metadata_modified desc", (string?)result["sort"]);
        Assert.NotEmpty(result["search_facets"]!["organization"]!["items"]!.AsArray());
        Assert.NotEmpty(result["facets"]!["res_format"]!.AsObject());
    }

    [Fact]
    public async Task Search_results_are_full_package_dicts()
    {
        var result = await Client.ResultAsync("package_search", "rows=1&sort=name%20asc");
        var package = result!["results"]![0]!;
        foreach (var field in new[] { "id", "name", "title", "notes", "owner_org", "organization", "resources", "tags", "groups", "extras", "metadata_modified", "license_id" })
        {
            Assert.NotNull(package[field]);
        }
    }

    private static readonly (string Action, string Query, string[] Parameters)[] PagedActions =
    [
        ("package_search", "", ["rows", "start"]),
        ("package_list", "", ["limit", "offset"]),
        ("current_package_list_with_resources", "", ["limit", "offset"]),
        ("resource_search", "query=format:csv&", ["limit", "offset"]),
        ("organization_list", "", ["limit", "offset"]),
        ("group_list", "", ["limit", "offset"]),
        ("datastore_search", "resource_id=7d0c2f4e-0000-4000-8000-000000000001&", ["limit", "offset"]),
    ];

    public static TheoryData<string, string, string, string> MalformedPaging()
    {
        var data = new TheoryData<string, string, string, string>();
        foreach (var (action, query, parameters) in PagedActions)
        {
            foreach (var parameter in parameters)
            {
                foreach (var value in new[] { "-1", "abc", "1.5", "99999999999", "-2147483649" })
                {
                    data.Add(action, query, parameter, value);
                }
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(MalformedPaging))]
    public async Task Malformed_paging_is_a_validation_error_on_the_parameter(string action, string query, string parameter, string value)
    {
        var reply = await Client.GetAsync(action, $"{query}{parameter}={Uri.EscapeDataString(value)}");

        Assert.True(reply.Status == HttpStatusCode.Conflict, reply.Text);
        Assert.NotNull(reply.Error[parameter]);
    }

    public static TheoryData<string, string, string> NonScalarPaging()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var (action, _, parameters) in PagedActions)
        {
            foreach (var parameter in parameters)
            {
                data.Add(action, parameter, "[5]");
                data.Add(action, parameter, """{"so": 5}""");
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(NonScalarPaging))]
    public async Task A_list_or_object_as_paging_in_a_json_body_is_a_validation_error(string action, string parameter, string value)
    {
        var body = new JsonObject { [parameter] = JsonNode.Parse(value) };
        if (action == "datastore_search")
        {
            body["resource_id"] = "7d0c2f4e-0000-4000-8000-000000000001";
        }

        var reply = await Client.PostAsync(action, body);

        Assert.True(reply.Status == HttpStatusCode.Conflict, reply.Text);
        Assert.NotNull(reply.Error[parameter]);
    }

    public static TheoryData<string, string, string> HugePaging()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var (action, query, parameters) in PagedActions.Where(a => a.Action != "datastore_search"))
        {
            foreach (var parameter in parameters)
            {
                data.Add(action, query, parameter);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(HugePaging))]
    public async Task The_largest_integer_as_paging_answers_a_page(string action, string query, string parameter)
    {
        await portal.WaitForSearchIndexAsync();
        var other = parameter is "rows" or "limit" ? (parameter == "rows" ? "start" : "offset") : (parameter == "start" ? "rows" : "limit");

        var reply = await Client.GetAsync(action, $"{query}{parameter}={int.MaxValue}&{other}=1000");

        Assert.True(reply.Status == HttpStatusCode.OK, reply.Text);
    }

    [Fact]
    public async Task The_old_unversioned_path_works_too()
    {
        var reply = await Client.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/api/action/status_show"));
        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal("2.10.0", (string?)reply.Result!["ckan_version"]);
    }

    [Fact]
    public async Task The_api_root_names_its_version_as_CKAN_does()
    {
        using var http = portal.CreateClient();
        var reply = await http.GetAsync("/api/3", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, reply.StatusCode);
        Assert.Equal("application/json", reply.Content.Headers.ContentType?.MediaType);
        Assert.Equal(3, (int)JsonNode.Parse(await reply.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!["version"]!);
    }

    [Fact]
    public async Task Read_actions_accept_post_as_ckan_does()
    {
        var reply = await Client.PostAsync("package_search", new JsonObject { ["rows"] = 2, ["q"] = "*:*" });
        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal(2, reply.Result!["results"]!.AsArray().Count);
    }

    [Theory]
    [InlineData("score desc, metadata_modified desc")]
    [InlineData("name asc")]
    [InlineData("metadata_created desc")]
    [InlineData("views_recent desc")]
    public async Task Cursor_paging_visits_every_dataset_exactly_once(string sort)
    {
        var total = (int)(await Client.ResultAsync("package_search", "rows=0"))!["count"]!;
        var seen = new List<string>();
        var cursor = "*";
        for (var pages = 0; cursor is not null && pages < 100; pages++)
        {
            var result = await Client.ResultAsync("package_search", $"rows=7&sort={Uri.EscapeDataString(sort)}&cursor={Uri.EscapeDataString(cursor)}");
            seen.AddRange(result!["results"]!.AsArray().Select(p => (string)p!["name"]!));
            cursor = (string?)result["next_cursor"];
        }
        Assert.Equal(total, seen.Count);
        Assert.Equal(total, seen.Distinct().Count());
    }

    [Fact]
    public async Task Rows_above_1000_are_lowered_to_1000_as_ckan_does()
    {
        var reply = await Client.GetAsync("package_search", "rows=5000");
        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal((int)reply.Result!["count"]!, reply.Result["results"]!.AsArray().Count);
    }

    [Fact]
    public async Task A_negative_rows_is_a_validation_error()
    {
        var reply = await Client.GetAsync("package_search", "rows=-1");
        Assert.Equal(HttpStatusCode.Conflict, reply.Status);
        Assert.Equal("Validation Error", (string?)reply.Error["__type"]);
        Assert.NotNull(reply.Error["rows"]);
    }

    [Fact]
    public async Task Fq_on_organization_returns_only_its_datasets()
    {
        var organization = (string)(await Client.ResultAsync("organization_list", "sort=package_count%20desc&limit=1"))![0]!;
        var shown = await Client.ResultAsync("organization_show", $"id={organization}");
        var result = await Client.ResultAsync("package_search", $"fq={Uri.EscapeDataString($"organization:\"{organization}\"")}&rows=1000");
        Assert.Equal((int)shown!["package_count"]!, (int)result!["count"]!);
        Assert.All(result["results"]!.AsArray(), p => Assert.Equal(organization, (string?)p!["organization"]!["name"]));
    }

    [Fact]
    public async Task Fq_on_format_and_excluded_organization_combine()
    {
        var organization = (string)(await Client.ResultAsync("organization_list", "sort=package_count%20desc&limit=1"))![0]!;
        var fq = Uri.EscapeDataString($"res_format:CSV -organization:{organization}");
        var result = await Client.ResultAsync("package_search", $"fq={fq}&rows=1000");
        Assert.True((int)result!["count"]! > 0);
        Assert.All(result["results"]!.AsArray(), p =>
        {
            Assert.NotEqual(organization, (string?)p!["organization"]!["name"]);
            Assert.Contains(p["resources"]!.AsArray(), r => string.Equals((string?)r!["format"], "CSV", StringComparison.OrdinalIgnoreCase));
        });
    }

    [Fact]
    public async Task A_modified_range_in_the_future_finds_nothing()
    {
        var future = await Client.ResultAsync("package_search", "fq=" + Uri.EscapeDataString("metadata_modified:[2999-01-01T00:00:00Z TO *]"));
        var past = await Client.ResultAsync("package_search", "fq=" + Uri.EscapeDataString("metadata_modified:[2000-01-01T00:00:00Z TO NOW]"));
        var all = await Client.ResultAsync("package_search", "");
        Assert.Equal(0, (int)future!["count"]!);
        Assert.Equal((int)all!["count"]!, (int)past!["count"]!);
    }

    [Fact]
    public async Task Broken_fq_is_a_search_query_error()
    {
        var reply = await Client.GetAsync("package_search", "fq=" + Uri.EscapeDataString("tags:(dân số"));
        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.False((bool)reply.Envelope["success"]!);
        Assert.Equal("Search Query Error", (string?)reply.Error["__type"]);
        Assert.StartsWith("Search Query is invalid", (string?)reply.Error["message"]);
    }

    [Fact]
    public async Task An_unknown_action_is_a_bad_request_with_ckans_message()
    {
        var reply = await Client.GetAsync("package_frobnicate");
        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Equal("Bad request - Action name not known: package_frobnicate", (string?)reply.Body);
    }

    [Fact]
    public async Task A_write_action_refuses_get()
    {
        var reply = await Client.GetAsync("package_create", "name=x");
        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Contains("Please use POST", (string?)reply.Body);
    }

    [Fact]
    public async Task A_missing_dataset_is_not_found()
    {
        var reply = await Client.GetAsync("package_show", "id=khong-ton-tai");
        Assert.Equal(HttpStatusCode.NotFound, reply.Status);
        Assert.Equal("Not Found Error", (string?)reply.Error["__type"]);
    }

    [Fact]
    public async Task Package_show_without_id_is_a_validation_error()
    {
        var reply = await Client.GetAsync("package_show");
        Assert.Equal(HttpStatusCode.Conflict, reply.Status);
        Assert.Equal("Missing value", (string?)reply.Error["id"]![0]);
    }

    [Fact]
    public async Task Package_list_pages_through_every_name_in_order()
    {
        var all = (await Client.ResultAsync("package_list"))!.AsArray().Select(n => (string)n!).ToList();
        var page = (await Client.ResultAsync("package_list", "limit=5&offset=5"))!.AsArray().Select(n => (string)n!).ToList();
        Assert.Equal(all.Order(StringComparer.Ordinal), all);
        Assert.Equal(all.Skip(5).Take(5), page);
    }

    [Fact]
    public async Task Current_package_list_with_resources_is_newest_first()
    {
        var result = (await Client.ResultAsync("current_package_list_with_resources", "limit=10"))!.AsArray();
        var modified = result.Select(p => (string)p!["metadata_modified"]!).ToList();
        Assert.Equal(10, result.Count);
        Assert.Equal(modified.OrderDescending(StringComparer.Ordinal), modified);
    }

    [Fact]
    public async Task Group_list_gives_the_national_themes()
    {
        var groups = (await Client.ResultAsync("group_list", "all_fields=true"))!.AsArray();
        Assert.Equal(12, groups.Count);
        Assert.Contains(groups, g => (string?)g!["name"] == "y-te" && (string?)g["display_name"] == "Y tế");
    }

    [Fact]
    public async Task Group_show_counts_and_lists_its_datasets()
    {
        var group = await Client.ResultAsync("group_show", "id=nong-nghiep&include_datasets=true");
        Assert.Equal((int)group!["package_count"]!, group["packages"]!.AsArray().Count);
        Assert.True((int)group["package_count"]! > 0);
    }

    [Fact]
    public async Task Organization_list_with_all_fields_gives_dicts()
    {
        var organizations = (await Client.ResultAsync("organization_list", "all_fields=true"))!.AsArray();
        Assert.NotEmpty(organizations);
        Assert.All(organizations, o => Assert.True((bool)o!["is_organization"]!));
    }

    [Fact]
    public async Task Tag_list_finds_tags_by_substring()
    {
        var some = (string)(await Client.ResultAsync("tag_list"))![0]!;
        var found = (await Client.ResultAsync("tag_list", $"query={Uri.EscapeDataString(some)}"))!.AsArray();
        Assert.Contains(found, t => (string?)t == some);
    }

    [Fact]
    public async Task License_list_offers_ckans_licence_ids()
    {
        var licenses = (await Client.ResultAsync("license_list"))!.AsArray();
        Assert.Contains(licenses, l => (string?)l!["id"] == "cc-by");
    }

    [Fact]
    public async Task Help_show_returns_the_actions_doc_string()
    {
        var help = (string?)await Client.ResultAsync("help_show", "name=package_search");
        Assert.Contains("fq", help);
    }

    [Fact]
    public async Task Resource_search_by_format_then_resource_show()
    {
        var result = await Client.ResultAsync("resource_search", "query=format:CSV&limit=3");
        Assert.True((int)result!["count"]! > 0);
        var first = result["results"]![0]!;
        Assert.Equal("CSV", ((string?)first["format"])!.ToUpperInvariant());
        var shown = await Client.ResultAsync("resource_show", $"id={first["id"]}");
        Assert.Equal((string?)first["name"], (string?)shown!["name"]);
    }

    [Theory]
    [InlineData("package_search", "rows=abc")]
    [InlineData("package_search", "start=-5")]
    [InlineData("package_search", "facet.field=%5B%22tags%22")]
    [InlineData("package_search", "facet.field=%5B%22tags%22%5D&facet.limit=-1&facet.mincount=2")]
    [InlineData("package_search", "cursor=khong-phai-con-tro")]
    [InlineData("package_search", "include_private=co-le")]
    [InlineData("package_search", "q=tags:")]
    [InlineData("package_search", "q=%22d%C3%A2n%20s%E1%BB%91")]
    [InlineData("package_search", "sort=")]
    [InlineData("package_search", "fq=metadata_modified:%5Bh%C3%B4m%20qua%20TO%20*%5D")]
    [InlineData("package_search", "fq=owner_org:00000000-0000-0000-0000-000000000000")]
    [InlineData("resource_show", "id=khong-phai-guid")]
    [InlineData("resource_search", "query=khongcohaicham")]
    [InlineData("organization_list", "sort=foo")]
    [InlineData("organization_show", "id=khong-co")]
    [InlineData("group_show", "id=khong-co")]
    [InlineData("help_show", "name=khong-co")]
    [InlineData("package_list", "limit=-1")]
    [InlineData("tag_list", "all_fields=true&query=%00")]
    public async Task Odd_parameters_get_a_ckan_error_never_a_500(string action, string query)
    {
        var reply = await Client.GetAsync(action, query);
        Assert.True((int)reply.Status < 500, reply.Text);
        Assert.NotNull(reply.Envelope["success"]);
    }

    [Fact]
    public async Task User_show_is_refused_to_anonymous_callers()
    {
        var reply = await Client.GetAsync("user_show", "id=admin");
        Assert.Equal(HttpStatusCode.Forbidden, reply.Status);
        Assert.Equal("Authorization Error", (string?)reply.Error["__type"]);
    }
}

public sealed class SqliteCkanReadApiTests(SqlitePortal portal) : CkanReadApiTests<SqlitePortal>(portal), IClassFixture<SqlitePortal>;

public sealed class PostgresCkanReadApiTests(PostgresPortal portal) : CkanReadApiTests<PostgresPortal>(portal), IClassFixture<PostgresPortal>;
