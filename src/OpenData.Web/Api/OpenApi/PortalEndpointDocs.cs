using System.Text.Json.Nodes;
using OpenData.Dcat.Rdf;
using static OpenData.Web.Api.OpenApi.Schema;

namespace OpenData.Web.Api.OpenApi;

/// <summary>
/// The endpoints outside the CKAN dispatcher, as mapped in <c>Hosting/WebServices.UsePortalWeb</c>: the DataStore
/// dump, the CSV exports, the DCAT documents, the suggestions, the health check and this document. The pages
/// (HTML), /lang/{code} (the language switch) and static files are not part of the API.
/// </summary>
public static class PortalEndpointDocs
{
    public const string Dcat = "DCAT";
    public const string Csv = "CSV";
    public const string Suggest = "Suggestions";
    public const string Operations = "Operations";

    public static IEnumerable<(string Path, JsonObject Item)> Paths()
    {
        yield return ("/datastore/dump/{resource_id}", GetAndHead("datastore_dump", CkanActionDocs.Datastore, "A DataStore table as a file",
            "The whole table (or the rows matching q and filters) streamed as CSV (UTF-8 with a BOM), TSV, JSON or XLSX. Reading needs read access to the dataset, as datastore_search.",
            [
                PathParameter("resource_id", String(format: "uuid"), "the resource's id"),
                Query("format", Enum("csv", "tsv", "json", "xlsx"), "the file format (default csv)"),
                Query("q", String(), "full text, as datastore_search"),
                Query("filters", String(), "exact values per column as JSON: {\"column\": \"value\"}"),
                Query("fields", String(), "the columns, \"a,b\""),
                Query("sort", String(), "\"column asc, other desc\""),
                Query("limit", Integer(), "the most rows"),
                Query("offset", Integer(), "rows to skip"),
            ],
            Ok("The table",
                ("text/csv", String()), ("text/tab-separated-values", String()), ("application/json", new JsonObject()),
                ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", String(format: "binary"))),
            ("400", Text("A bad format or filter")),
            ("403", Text("The dataset is shared only with agencies (default-shared, on-request): the message names the providing organization")),
            ("404", Empty("No such resource, not in the DataStore, or not visible to the caller"))));

        yield return ("/dataset.csv", GetAndHead("datasets_csv", Csv, "Datasets matching a search, one row per dataset",
            "The search page's parameters; filters may repeat. UTF-8 with a BOM, RFC 4180, CRLF line ends.",
            [
                Query("q", String(), "search text"),
                Query("organization", ArrayOf(String()), "organization names", explode: true),
                Query("groups", ArrayOf(String()), "theme names", explode: true),
                Query("tags", ArrayOf(String()), "tags", explode: true),
                Query("res_format", ArrayOf(String()), "resource formats", explode: true),
                Query("license_id", ArrayOf(String()), "licence ids", explode: true),
                Query("sort", String(), "as the search page or package_search names it"),
            ],
            Ok("The datasets", ("text/csv", String())),
            ("400", Text("A sort that is not supported"))));

        yield return ("/catalog.csv", GetAndHead("catalog_csv", Csv, "Every public dataset with its resources, one row per resource",
            "Dataset columns repeat on each of its resources' rows; a dataset without resources has one row with empty resource columns.",
            [], Ok("The catalogue", ("text/csv", String()))));

        yield return ("/catalog", GetAndHead("catalog_negotiated", Dcat, "The DCAT-AP catalogue in the format the Accept header asks for",
            "Content negotiation (Vary: Accept) between " + string.Join(", ", RdfFormats.All.Select(f => f.MediaType)) + "; Turtle when any is accepted.",
            CatalogQuery(),
            Ok("The catalogue's page", [.. RdfFormats.All.Select(f => (f.MediaType, String()))]),
            ("406", Text("No RDF media type acceptable"))));

        foreach (var format in RdfFormats.All)
        {
            var extension = format.Extension.TrimStart('.');
            yield return ($"/catalog.{extension}", GetAndHead($"catalog_{extension}", Dcat, $"The DCAT-AP catalogue in {format.MediaType}",
                "Paged like ckanext-dcat (hydra:PagedCollection with first, next, previous and last page links); modified_since gives only the datasets changed since.",
                CatalogQuery(),
                Ok("The catalogue's page", (format.MediaType, String())),
                ("400", Text("A page or modified_since that cannot be read")),
                ("404", Text("A page after the last"))));
            yield return ($"/dataset/{{name}}.{extension}", GetAndHead($"dataset_{extension}", Dcat, $"One dataset's DCAT-AP description in {format.MediaType}",
                "Public datasets only.",
                [PathParameter("name", String(), "the dataset's name")],
                Ok("The dataset", (format.MediaType, String())),
                ("404", Text("No such public dataset"))));
        }

        yield return ("/dataset/{name}", GetAndHead("dataset_negotiated", Dcat, "A dataset's page, or its DCAT-AP description when Accept prefers RDF",
            "A request whose Accept header prefers an RDF media type over HTML gets /dataset/{name}.{ext}; browsers get the page.",
            [PathParameter("name", String(), "the dataset's name")],
            Ok("The dataset", [("text/html", String()), .. RdfFormats.All.Select(f => (f.MediaType, String()))]),
            ("404", Empty("No such dataset"))));

        yield return ("/api/suggest", Get("suggest", Suggest, "Suggestions for the search box: datasets, organizations and tags",
            "Matches the beginning of words, with or without diacritics.",
            [Query("q", String(), "what has been typed"), Query("limit", Integer(), "1 to 20 (default 8)")],
            Ok("The suggestions", ("application/json", ArrayOf(Ref("Suggestion"))))));

        yield return ("/api/2/util/dataset/autocomplete", Get("dataset_autocomplete", Suggest, "CKAN 2's dataset autocomplete",
            "The shape CKAN's own pages and some clients use.",
            [Query("incomplete", String(), "what has been typed"), Query("limit", Integer(), "1 to 50 (default 10)")],
            Ok("Matching datasets", ("application/json", Object(("ResultSet", Object(("Result", ArrayOf(Object(
                ("match_field", String()), ("match_displayed", String()), ("name", String()), ("title", String())))))))))));

        yield return ("/sitemap.xml", GetAndHead("sitemap", Operations, "The sitemap (sitemaps.org 0.9): the home page, the list and every public dataset",
            "For search engines.", [], Ok("The sitemap", ("application/xml", String()))));
        yield return ("/robots.txt", GetAndHead("robots", Operations, "robots.txt", "Points to the sitemap.", [], Ok("The rules", ("text/plain", String()))));
        yield return ("/healthz", Get("health", Operations, "Liveness check", "Answers \"ok\" while the portal runs.", [], Ok("Running", ("text/plain", String()))));
        yield return ("/api/3", Get("api_version", Operations, "The Action API's version", "Answers {\"version\": 3}, as CKAN does; clients use it to find the API.", [],
            Ok("The version", ("application/json", new JsonObject()))));
        yield return ("/api/openapi.json", Get("openapi", Operations, "This document", "Generated from the CKAN action registry on each request.", [],
            Ok("The OpenAPI description", ("application/json", new JsonObject()))));
    }

    private static JsonObject[] CatalogQuery() =>
    [
        Query("page", Integer(), "the page, from 1"),
        Query("modified_since", String(), "only datasets modified since this ISO 8601 date or time"),
    ];

    private static JsonObject Get(string operationId, string tag, string summary, string description, JsonObject[] parameters, JsonObject ok, params (string Status, JsonObject Response)[] errors)
    {
        var responses = new JsonObject { ["200"] = ok };
        foreach (var (status, response) in errors)
        {
            responses[status] = response;
        }
        return new JsonObject
        {
            ["get"] = new JsonObject
            {
                ["operationId"] = operationId,
                ["tags"] = new JsonArray(tag),
                ["summary"] = summary,
                ["description"] = description,
                ["parameters"] = new JsonArray(parameters.Select(p => (JsonNode?)p).ToArray()),
                ["security"] = OpenApiDocumentBuilder.Security(optional: true),
                ["responses"] = responses,
            },
        };
    }

    /// <summary>
    /// A GET that also answers HEAD (Api/HeadRequests): the same parameters, statuses and headers, no body. For
    /// harvesters and link checkers, which ask whether a document is there before fetching it.
    /// </summary>
    private static JsonObject GetAndHead(string operationId, string tag, string summary, string description, JsonObject[] parameters, JsonObject ok, params (string Status, JsonObject Response)[] errors)
    {
        var item = Get(operationId, tag, summary, description, parameters, ok, errors);
        var head = item["get"]!.DeepClone().AsObject();
        head["operationId"] = operationId + "_head";
        head["summary"] = summary + " (headers only)";
        head["description"] = "The status and headers (Content-Type, Content-Disposition) that GET answers, without the body.";
        foreach (var (_, response) in head["responses"]!.AsObject())
        {
            response!.AsObject().Remove("content");
        }
        item["head"] = head;
        return item;
    }

    private static JsonObject Ok(string description, params (string MediaType, JsonObject Schema)[] content) => new()
    {
        ["description"] = description,
        ["content"] = new JsonObject(content.Select(c => KeyValuePair.Create(c.MediaType, (JsonNode?)new JsonObject { ["schema"] = c.Schema }))),
    };

    private static JsonObject Text(string description) => Ok(description, ("text/plain", Ref("TextError")));

    private static JsonObject Empty(string description) => new() { ["description"] = description };

    private static JsonObject PathParameter(string name, JsonObject schema, string description) =>
        new() { ["name"] = name, ["in"] = "path", ["required"] = true, ["description"] = description, ["schema"] = schema };

    private static JsonObject Query(string name, JsonObject schema, string description, bool explode = false)
    {
        var parameter = new JsonObject { ["name"] = name, ["in"] = "query", ["required"] = false, ["description"] = description, ["schema"] = schema };
        if (explode)
        {
            parameter["style"] = "form";
            parameter["explode"] = true;
        }
        return parameter;
    }
}
