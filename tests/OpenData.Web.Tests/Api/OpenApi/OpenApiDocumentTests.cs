using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;
using OpenData.Web.Api.Ckan;
using OpenData.Web.Api.OpenApi;
using OpenData.Web.Tests.Infrastructure;

namespace OpenData.Web.Tests.Api.OpenApi;

/// <summary>/api/openapi.json: complete (every action, every mapped route), well-formed, and readable by OpenAPI tools.</summary>
public sealed class OpenApiDocumentTests(EmptySqlitePortal portal) : IClassFixture<EmptySqlitePortal>
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

    private async Task<string> GetTextAsync()
    {
        using var response = await portal.CreateClient().GetAsync(OpenApiEndpoints.Path, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
    }

    private async Task<JsonObject> GetDocumentAsync() => JsonNode.Parse(await GetTextAsync())!.AsObject();

    private static IEnumerable<(string Path, string Method, JsonObject Operation)> Operations(JsonObject document) =>
        from path in document["paths"]!.AsObject()
        from method in Methods
        where path.Value![method] is JsonObject
        select (path.Key, method, path.Value![method]!.AsObject());

    [Fact]
    public async Task Every_action_the_CKAN_dispatcher_knows_has_its_own_path()
    {
        var paths = (await GetDocumentAsync())["paths"]!.AsObject();

        var missing = CkanApi.Actions.Keys.Where(name => !paths.ContainsKey($"/api/3/action/{name}")).ToList();

        Assert.Empty(missing);
    }

    [Fact]
    public async Task Read_actions_answer_GET_and_POST_and_write_actions_only_POST()
    {
        var paths = (await GetDocumentAsync())["paths"]!.AsObject();

        foreach (var action in CkanApi.Actions.Values)
        {
            var item = paths[$"/api/3/action/{action.Name}"]!;
            Assert.True(item["post"] is not null, action.Name);
            Assert.True(action.SideEffectFree == (item["get"] is not null), action.Name);
        }
    }

    [Fact]
    public void Every_action_is_described_by_hand_and_no_description_names_an_action_that_does_not_exist()
    {
        Assert.Equal(CkanApi.Actions.Keys.Order(StringComparer.Ordinal), CkanActionDocs.All.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Every_route_the_portal_maps_outside_the_pages_is_in_the_document()
    {
        var paths = (await GetDocumentAsync())["paths"]!.AsObject();
        var routes = portal.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<PageActionDescriptor>() is null)
            .Select(e => e.RoutePattern.RawText!)
            .Distinct()
            .ToList();
        // Templated routes → the paths that spell them out; /lang/{code} is the pages' language switch, not API.
        var spelled = new Dictionary<string, string[]>
        {
            ["/api/3/action/{name}"] = [.. CkanApi.Actions.Keys.Select(n => $"/api/3/action/{n}")],
            ["/catalog.{extension}"] = ["/catalog.ttl", "/catalog.rdf", "/catalog.jsonld", "/catalog.nt"],
            ["/dataset/{name}.{extension}"] = ["/dataset/{name}.ttl", "/dataset/{name}.rdf", "/dataset/{name}.jsonld", "/dataset/{name}.nt"],
            ["/datastore/dump/{resourceId:guid}"] = ["/datastore/dump/{resource_id}"],
            ["/lang/{code}"] = [],
        };

        var missing = routes.SelectMany(r => spelled.GetValueOrDefault(r) ?? [r]).Where(p => !paths.ContainsKey(p)).ToList();

        Assert.NotEmpty(routes);
        Assert.Empty(missing);
    }

    [Fact]
    public async Task The_document_is_OpenAPI_3_1_with_info_paths_and_the_portal_as_server()
    {
        var document = await GetDocumentAsync();

        Assert.Equal("3.1.0", document["openapi"]!.GetValue<string>());
        Assert.False(string.IsNullOrWhiteSpace(document["info"]?["title"]?.GetValue<string>()));
        Assert.False(string.IsNullOrWhiteSpace(document["info"]?["version"]?.GetValue<string>()));
        Assert.Equal("http://localhost", document["servers"]![0]!["url"]!.GetValue<string>());
        Assert.NotEmpty(document["paths"]!.AsObject());
    }

    [Fact]
    public async Task Every_operation_has_a_unique_id_and_a_success_response()
    {
        var operations = Operations(await GetDocumentAsync()).ToList();

        var ids = operations.Select(o => o.Operation["operationId"]?.GetValue<string>()).ToList();
        Assert.All(ids, id => Assert.False(string.IsNullOrEmpty(id)));
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(operations, o => Assert.True(o.Operation["responses"]?["200"] is not null, $"{o.Method} {o.Path}"));
    }

    [Fact]
    public async Task Write_actions_require_a_token_and_read_actions_work_without_one()
    {
        var paths = (await GetDocumentAsync())["paths"]!.AsObject();

        var create = paths["/api/3/action/package_create"]!["post"]!["security"]!.AsArray();
        var search = paths["/api/3/action/package_search"]!["get"]!["security"]!.AsArray();

        Assert.DoesNotContain(create, s => s!.AsObject().Count == 0);
        Assert.Contains(search, s => s!.AsObject().Count == 0);
        Assert.Contains(create, s => s!.AsObject().ContainsKey(OpenApiDocumentBuilder.TokenScheme));
    }

    [Fact]
    public async Task Every_reference_points_at_something_in_the_document()
    {
        var document = await GetDocumentAsync();
        var references = new List<string>();
        void Walk(JsonNode? node)
        {
            switch (node)
            {
                case JsonObject o:
                    foreach (var (key, value) in o)
                    {
                        if (key == "$ref")
                        {
                            references.Add(value!.GetValue<string>());
                        }
                        Walk(value);
                    }
                    break;
                case JsonArray a:
                    foreach (var item in a)
                    {
                        Walk(item);
                    }
                    break;
            }
        }
        Walk(document);

        JsonNode? Resolve(string pointer) => pointer[2..].Split('/')
            .Select(p => p.Replace("~1", "/").Replace("~0", "~"))
            .Aggregate((JsonNode?)document, (node, part) => node is JsonObject o ? o[part] : null);

        Assert.NotEmpty(references);
        Assert.All(references, r => Assert.StartsWith("#/", r));
        Assert.DoesNotContain(references.Distinct(), r => Resolve(r) is null);
    }

    [Fact]
    public async Task OpenAPI_tools_read_the_document_without_errors_and_its_rules_find_none()
    {
        var result = OpenApiDocument.Parse(await GetTextAsync(), "json");

        Assert.Empty(result.Diagnostic?.Errors.Select(e => e.ToString()) ?? []);
        Assert.NotNull(result.Document);
        Assert.Empty(result.Document.Validate(ValidationRuleSet.GetDefaultRuleSet())?.Select(e => e.ToString()) ?? []);
        Assert.Equal(CkanApi.Actions.Count, result.Document.Paths.Keys.Count(p => p.StartsWith("/api/3/action/", StringComparison.Ordinal)));
    }
}
