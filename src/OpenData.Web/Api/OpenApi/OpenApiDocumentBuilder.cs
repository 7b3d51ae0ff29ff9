using System.Reflection;
using System.Text.Json.Nodes;
using OpenData.Web.Api.Ckan;
using OpenData.Web.DataStore;
using static OpenData.Web.Api.OpenApi.Schema;

namespace OpenData.Web.Api.OpenApi;

/// <summary>
/// The OpenAPI 3.1 description of the portal's public endpoints (<c>/api/openapi.json</c>). The CKAN actions are
/// dispatched by name through one route, so the paths are generated from the action registry
/// (<see cref="CkanApi.Actions"/>: name, GET or POST only, help text) and <see cref="CkanActionDocs"/> (parameters,
/// result schema, errors); the other endpoints are described in <see cref="PortalEndpointDocs"/>.
/// </summary>
public static class OpenApiDocumentBuilder
{
    public const string OpenApiVersion = "3.1.0";
    public const string TokenScheme = "apiToken";
    public const string CkanKeyScheme = "ckanApiKey";

    public static JsonObject Build(string baseUrl)
    {
        var paths = new JsonObject();
        foreach (var action in CkanApi.Actions.Values.OrderBy(a => a.Name, StringComparer.Ordinal))
        {
            paths[$"/api/3/action/{action.Name}"] = ActionPath(action);
        }
        paths["/api/action/{name}"] = LegacyActionPath();
        foreach (var (path, item) in PortalEndpointDocs.Paths())
        {
            paths[path] = item;
        }
        var version = typeof(OpenApiDocumentBuilder).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        return new JsonObject
        {
            ["openapi"] = OpenApiVersion,
            ["info"] = new JsonObject
            {
                ["title"] = "OpenData portal API",
                ["version"] = version.Split('+')[0],
                ["summary"] = "CKAN-compatible Action API, DataStore, DCAT-AP and CSV exports of the provincial open-data portal.",
                ["description"] = $$"""
                    Reading open data needs no account and no key (Decree 47/2020/NĐ-CP, Art. 17). Writes need an API
                    token in the `Authorization` header, raw as CKAN clients send it or as `Bearer <token>`.

                    CKAN actions answer `{"help", "success", "result"}`; errors answer `"success": false` and an `error`
                    dict `{"__type", "message", "<field>": ["..."]}` with 403, 404 or 409, or a bare JSON string
                    `"Bad request - ..."` with 400. Read actions answer GET (query string; lists and dicts as JSON text)
                    and POST (JSON body); write actions only POST. Messages are in Vietnamese; add `?lang=en` for English.

                    Limits: `package_search` returns at most {{CkanSearchAction.MaxRows}} rows per call (use `cursor` for
                    more); `datastore_search` at most {{DatastoreActions.MaxLimit}}. A guide with examples: {{baseUrl}}/api
                    """,
                ["license"] = new JsonObject { ["name"] = "Open data: each dataset states its licence" },
            },
            ["servers"] = new JsonArray(new JsonObject { ["url"] = baseUrl }),
            ["externalDocs"] = new JsonObject { ["description"] = "The API page: examples in curl, Python and JavaScript", ["url"] = $"{baseUrl}/api" },
            ["tags"] = new JsonArray(
                Tag(CkanActionDocs.Datasets, "CKAN Action API: datasets (packages)"),
                Tag(CkanActionDocs.Resources, "CKAN Action API: resources (distributions)"),
                Tag(CkanActionDocs.Organizations, "CKAN Action API: publishing organizations"),
                Tag(CkanActionDocs.Groups, "CKAN Action API: the portal's themes, as CKAN groups"),
                Tag(CkanActionDocs.Datastore, "Tabular resources (CSV, XLSX) as queryable tables, as CKAN's DataStore"),
                Tag(CkanActionDocs.Site, "CKAN Action API: the site, users and API tokens"),
                Tag(PortalEndpointDocs.Dcat, "DCAT-AP 3 metadata in Turtle, RDF/XML, JSON-LD and N-Triples"),
                Tag(PortalEndpointDocs.Csv, "The catalogue as CSV"),
                Tag(PortalEndpointDocs.Suggest, "Suggestions while typing"),
                Tag(PortalEndpointDocs.Operations, "Health and discovery")),
            ["paths"] = paths,
            ["components"] = new JsonObject
            {
                ["schemas"] = Components.Schemas(),
                ["responses"] = Components.Responses(),
                ["securitySchemes"] = new JsonObject
                {
                    [TokenScheme] = new JsonObject
                    {
                        ["type"] = "apiKey",
                        ["in"] = "header",
                        ["name"] = "Authorization",
                        ["description"] = "An API token (user page, api_token_create or `opendata token create`), raw or as `Bearer <token>`.",
                    },
                    [CkanKeyScheme] = new JsonObject
                    {
                        ["type"] = "apiKey",
                        ["in"] = "header",
                        ["name"] = "X-CKAN-API-Key",
                        ["description"] = "The same token in the header older CKAN clients use.",
                    },
                },
            },
        };
    }

    private static JsonObject Tag(string name, string description) => new() { ["name"] = name, ["description"] = description };

    private static JsonObject ActionPath(CkanAction action)
    {
        if (!CkanActionDocs.All.TryGetValue(action.Name, out var doc))
        {
            // Not described yet (the test CkanActionDocs_describe_every_action fails): still listed, with its help text.
            doc = new CkanActionDoc("Undocumented", action.Name, [], new JsonObject(), [400]);
        }
        var item = new JsonObject();
        if (action.SideEffectFree)
        {
            var get = Operation(action, doc, action.Name);
            get["parameters"] = new JsonArray(doc.Parameters.Where(p => p.Name != "upload").Select(p => (JsonNode?)QueryParameter(p)).ToArray());
            item["get"] = get;
        }
        var post = Operation(action, doc, action.SideEffectFree ? action.Name + "_post" : action.Name);
        post["requestBody"] = RequestBody(doc);
        item["post"] = post;
        return item;
    }

    private static JsonObject Operation(CkanAction action, CkanActionDoc doc, string operationId)
    {
        var responses = new JsonObject
        {
            ["200"] = new JsonObject
            {
                ["description"] = "Success: the CKAN envelope with the result",
                ["content"] = new JsonObject { ["application/json"] = new JsonObject { ["schema"] = SuccessEnvelope(doc.Result) } },
            },
        };
        foreach (var status in doc.Errors.Order())
        {
            responses[status.ToString(System.Globalization.CultureInfo.InvariantCulture)] = new JsonObject { ["$ref"] = $"#/components/responses/{Components.ErrorResponseName(status)}" };
        }
        return new JsonObject
        {
            ["operationId"] = operationId,
            ["tags"] = new JsonArray(doc.Tag),
            ["summary"] = doc.Summary,
            ["description"] = action.Help,
            ["security"] = Security(optional: action.SideEffectFree),
            ["responses"] = responses,
        };
    }

    /// <summary>Reads work anonymously (a token only reveals the caller's private datasets); writes need one.</summary>
    public static JsonArray Security(bool optional)
    {
        var schemes = new JsonArray(new JsonObject { [TokenScheme] = new JsonArray() }, new JsonObject { [CkanKeyScheme] = new JsonArray() });
        if (optional)
        {
            schemes.Insert(0, new JsonObject());
        }
        return schemes;
    }

    private static JsonObject SuccessEnvelope(JsonObject result) => new()
    {
        ["allOf"] = new JsonArray(Ref("Envelope"), Object(("result", result))),
    };

    /// <summary>Lists and dicts travel in the query string as JSON text, which OpenAPI says with <c>content</c>.</summary>
    private static JsonObject QueryParameter(ActionParameter p)
    {
        var parameter = new JsonObject { ["name"] = p.Name, ["in"] = "query", ["description"] = p.Description, ["required"] = p.Required };
        if (p.Schema["type"]?.GetValue<string>() is "object" or "array")
        {
            parameter["content"] = new JsonObject { ["application/json"] = new JsonObject { ["schema"] = p.Schema.DeepClone() } };
        }
        else if (p.Schema["oneOf"] is JsonArray choices && choices.Any(c => c?["type"]?.GetValue<string>() == "string"))
        {
            // "a string or a list": in a query string it is a plain string (or JSON text the action reads).
            parameter["schema"] = String();
        }
        else
        {
            parameter["schema"] = p.Schema.DeepClone();
        }
        return parameter;
    }

    private static JsonObject RequestBody(CkanActionDoc doc)
    {
        JsonObject Body(bool withUpload)
        {
            var parameters = doc.Parameters.Where(p => withUpload || p.Name != "upload").ToList();
            return ObjectWith(
                parameters.Where(p => p.Required).Select(p => p.Name).ToArray(),
                parameters.Select(p => (p.Name, (JsonNode)p.Schema.DeepClone().AsObject().Describe(p.Description))).ToArray());
        }
        var content = new JsonObject
        {
            ["application/json"] = new JsonObject { ["schema"] = Body(withUpload: false) },
        };
        if (doc.AcceptsUpload)
        {
            content["multipart/form-data"] = new JsonObject { ["schema"] = Body(withUpload: true) };
        }
        return new JsonObject { ["required"] = doc.Parameters.Any(p => p.Required), ["content"] = content };
    }

    private static JsonObject LegacyActionPath()
    {
        JsonObject Operation(string method) => new()
        {
            ["operationId"] = $"legacy_action_{method}",
            ["tags"] = new JsonArray(CkanActionDocs.Site),
            ["summary"] = "The same actions at CKAN's older address",
            ["description"] = "Every action of /api/3/action/{name} answers here too, for older CKAN clients.",
            ["deprecated"] = true,
            ["security"] = Security(optional: true),
            ["responses"] = new JsonObject
            {
                ["200"] = new JsonObject
                {
                    ["description"] = "As /api/3/action/{name}",
                    ["content"] = new JsonObject { ["application/json"] = new JsonObject { ["schema"] = Ref("Envelope") } },
                },
                ["400"] = new JsonObject { ["$ref"] = "#/components/responses/BadRequest" },
            },
        };
        return new JsonObject
        {
            ["parameters"] = new JsonArray(new JsonObject
            {
                ["name"] = "name",
                ["in"] = "path",
                ["required"] = true,
                ["description"] = "an action's name",
                ["schema"] = Enum([.. CkanApi.Actions.Keys.Order(StringComparer.Ordinal)]),
            }),
            ["get"] = Operation("get"),
            ["post"] = Operation("post"),
        };
    }
}
