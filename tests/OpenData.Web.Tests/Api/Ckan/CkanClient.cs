using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace OpenData.Web.Tests.Api.Ckan;

/// <summary>A plain HTTP client speaking to the Action API as CKAN clients do (ckanapi, harvesters).</summary>
public sealed class CkanClient(HttpClient http, string? token = null, bool bearer = false)
{
    public sealed record Reply(HttpStatusCode Status, JsonNode? Body, string Text)
    {
        public JsonObject Envelope => Body as JsonObject ?? throw new InvalidOperationException($"not an envelope: {Text}");
        public JsonNode? Result => Envelope["result"];
        public JsonObject Error => Envelope["error"] as JsonObject ?? throw new InvalidOperationException($"no error: {Text}");
    }

    public CkanClient WithToken(string? value, bool useBearer = false) => new(http, value, useBearer);

    public Task<Reply> GetAsync(string action, string query = "") => SendAsync(new HttpRequestMessage(HttpMethod.Get, $"/api/3/action/{action}{(query.Length > 0 ? "?" + query : "")}"));

    public Task<Reply> PostAsync(string action, JsonObject data) =>
        SendAsync(new HttpRequestMessage(HttpMethod.Post, $"/api/3/action/{action}") { Content = new StringContent(data.ToJsonString(), Encoding.UTF8, "application/json") });

    public Task<Reply> PostRawAsync(string action, HttpContent content) =>
        SendAsync(new HttpRequestMessage(HttpMethod.Post, $"/api/3/action/{action}") { Content = content });

    public async Task<Reply> SendAsync(HttpRequestMessage request)
    {
        if (token is not null)
        {
            if (bearer)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            }
            else
            {
                request.Headers.TryAddWithoutValidation("Authorization", token);
            }
        }
        using var response = await http.SendAsync(request, TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        JsonNode? body = null;
        try
        {
            body = JsonNode.Parse(text);
        }
        catch (System.Text.Json.JsonException)
        {
        }
        return new Reply(response.StatusCode, body, text);
    }

    public async Task<JsonNode?> ResultAsync(string action, string query = "")
    {
        var reply = await GetAsync(action, query);
        Assert.True(reply.Status == HttpStatusCode.OK, reply.Text);
        return reply.Result;
    }

    public static JsonObject Fixture(string name) =>
        (JsonObject)JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Api", "Ckan", "Fixtures", name)))!;
}
