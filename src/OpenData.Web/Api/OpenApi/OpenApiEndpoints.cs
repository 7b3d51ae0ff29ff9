using System.Text.Json;
using OpenData.Web.Api.Ckan;

namespace OpenData.Web.Api.OpenApi;

/// <summary>/api/openapi.json: the OpenAPI description, built for the address the portal is reached at.</summary>
public static class OpenApiEndpoints
{
    public const string Path = "/api/openapi.json";

    private static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static IEndpointRouteBuilder MapOpenApiDocument(this IEndpointRouteBuilder app)
    {
        app.MapGet(Path, (HttpContext http) =>
        {
            var document = OpenApiDocumentBuilder.Build(CkanApi.BaseUrl(http));
            // Any web page may read it (Swagger UI, Postman's importer, another portal's developer page).
            http.Response.Headers.AccessControlAllowOrigin = "*";
            return Results.Text(document.ToJsonString(Indented), "application/json; charset=utf-8");
        });
        return app;
    }
}
