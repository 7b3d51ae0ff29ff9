using System.Net;
using System.Net.Http.Json;
using OpenData.Web.Tests.Infrastructure;

namespace OpenData.Web.Tests.Api;

/// <summary>A web page on another site can read the open APIs with fetch, but gets nothing that needs a login.</summary>
public sealed class CorsTests(SqlitePortal portal) : IClassFixture<SqlitePortal>
{
    [Theory]
    [InlineData("/api/3/action/package_search?q=d%C3%A2n%20s%E1%BB%91")]
    [InlineData("/api/action/organization_list")]
    [InlineData("/api/openapi.json")]
    [InlineData("/catalog.ttl")]
    [InlineData("/dataset.csv?q=gi%C3%A1o%20d%E1%BB%A5c")]
    [InlineData("/catalog.csv")]
    public async Task Open_read_endpoints_allow_any_origin(string path)
    {
        var response = await SendAsync(HttpMethod.Get, path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("*", string.Join(",", response.Headers.GetValues("Access-Control-Allow-Origin")));
    }

    [Fact]
    public async Task A_dataset_in_Turtle_allows_any_origin()
    {
        var name = (await portal.CreateClient().GetFromJsonAsync<System.Text.Json.Nodes.JsonNode>("/api/3/action/package_list?limit=1", TestContext.Current.CancellationToken))!["result"]![0]!.GetValue<string>();

        var response = await SendAsync(HttpMethod.Get, $"/dataset/{name}.ttl");

        Assert.Equal("*", string.Join(",", response.Headers.GetValues("Access-Control-Allow-Origin")));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/dataset")]
    [InlineData("/user/login")]
    public async Task Pages_are_not_opened_to_other_sites(string path)
    {
        var response = await SendAsync(HttpMethod.Get, path);

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Writes_are_not_opened_to_other_sites()
    {
        var response = await SendAsync(HttpMethod.Post, "/api/3/action/package_create");

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Add("Origin", "https://example.org");
        if (method == HttpMethod.Post)
        {
            request.Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json");
        }
        return await portal.CreateClient().SendAsync(request, TestContext.Current.CancellationToken);
    }
}
