using System.Net;

namespace OpenData.Web.Tests.Infrastructure;

/// <summary>What a client sees of a response: status, Content-Type and how many body bytes came.</summary>
public sealed record Answer(HttpStatusCode Status, string? ContentType, int BodyLength);

public static class HeadAndGet
{
    /// <summary>The same request sent as HEAD and as GET, as a link checker and then a harvester would.</summary>
    public static async Task<(Answer Head, Answer Get)> HeadAndGetAsync(this HttpClient client, string url, string? accept = null) =>
        (await SendAsync(client, HttpMethod.Head, url, accept), await SendAsync(client, HttpMethod.Get, url, accept));

    private static async Task<Answer> SendAsync(HttpClient client, HttpMethod method, string url, string? accept)
    {
        var ct = TestContext.Current.CancellationToken;
        using var request = new HttpRequestMessage(method, url);
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }
        using var response = await client.SendAsync(request, ct);
        var body = await response.Content.ReadAsByteArrayAsync(ct);
        return new Answer(response.StatusCode, response.Content.Headers.ContentType?.ToString(), body.Length);
    }
}
