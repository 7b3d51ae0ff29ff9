using OpenData.Search.Indexing;
using OpenData.Web.Accounts;

namespace OpenData.Web.Search;

/// <summary>Suggestions while typing: JSON for the search box's script, and CKAN's dataset autocomplete.</summary>
public static class SuggestEndpoints
{
    public static IEndpointRouteBuilder MapSuggestEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/suggest", async (string? q, int? limit, CurrentActor current, LuceneDatasetSearch search,
            Microsoft.Extensions.Localization.IStringLocalizer<SharedResource> l, CancellationToken ct) =>
        {
            var actor = await current.GetAsync(ct);
            var suggestions = search.Suggest(actor, q ?? "", Math.Clamp(limit ?? 8, 1, 20));
            return Results.Json(suggestions.Select(s => new
            {
                text = s.Text,
                kind = s.Kind.ToString().ToLowerInvariant(),
                label = l["Suggest." + s.Kind].Value,
                url = s.Kind switch
                {
                    SuggestionKind.Dataset => $"/dataset/{Uri.EscapeDataString(s.Value)}",
                    SuggestionKind.Organization => $"/organization/{Uri.EscapeDataString(s.Value)}",
                    _ => $"/dataset?tags={Uri.EscapeDataString(s.Value)}",
                },
            }));
        });

        // CKAN 2.x: /api/2/util/dataset/autocomplete?incomplete=...
        app.MapGet("/api/2/util/dataset/autocomplete", async (string? incomplete, int? limit, CurrentActor current, LuceneDatasetSearch search, CancellationToken ct) =>
        {
            var actor = await current.GetAsync(ct);
            var datasets = search.Suggest(actor, incomplete ?? "", Math.Clamp(limit ?? 10, 1, 50)).Where(s => s.Kind == SuggestionKind.Dataset);
            return Results.Json(new
            {
                ResultSet = new
                {
                    Result = datasets.Select(s => new { match_field = "title", match_displayed = s.Text, name = s.Value, title = s.Text }),
                },
            });
        });
        return app;
    }
}
