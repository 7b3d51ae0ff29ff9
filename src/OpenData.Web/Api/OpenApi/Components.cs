using System.Text.Json.Nodes;
using static OpenData.Web.Api.OpenApi.Schema;

namespace OpenData.Web.Api.OpenApi;

/// <summary>The shared schemas (CKAN's dicts as <c>PackageDicts</c> and <c>CkanDicts</c> write them) and error responses.</summary>
public static class Components
{
    public static string ErrorResponseName(int status) => status switch
    {
        400 => "BadRequest",
        403 => "Forbidden",
        404 => "NotFound",
        409 => "Conflict",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "no shared response for this status"),
    };

    public static JsonObject Schemas() => new()
    {
        ["Envelope"] = ObjectWith(["help", "success"],
            ("help", String("the address of help_show for this action", "uri")),
            ("success", Boolean()),
            ("result", new JsonObject { ["description"] = "the action's result" })).Describe("CKAN's answer to every action"),
        ["ErrorEnvelope"] = ObjectWith(["help", "success", "error"],
            ("help", String(format: "uri")),
            ("success", new JsonObject { ["const"] = false }),
            ("error", Ref("Error"))),
        ["Error"] = new JsonObject
        {
            ["type"] = "object",
            ["description"] = "CKAN's error dict. A validation error names the fields in error, each with a list of messages.",
            ["required"] = new JsonArray("__type"),
            ["properties"] = new JsonObject
            {
                ["__type"] = Enum("Validation Error", "Authorization Error", "Not Found Error", "Search Query Error"),
                ["message"] = String(),
            },
            ["additionalProperties"] = ArrayOf(String()),
            ["examples"] = new JsonArray(new JsonObject { ["__type"] = "Validation Error", ["name"] = new JsonArray("Tên này đã được dùng") }),
        },
        ["Package"] = Object(
            ("id", String(format: "uuid")),
            ("name", String()),
            ("title", String()),
            ("type", new JsonObject { ["const"] = "dataset" }),
            ("notes", Nullable("string")),
            ("owner_org", String(format: "uuid")),
            ("organization", Ref("Organization")),
            ("private", Boolean()),
            ("state", Enum("active", "draft", "deleted")),
            ("license_id", Nullable("string")),
            ("license_title", Nullable("string")),
            ("license_url", Nullable("string")),
            ("isopen", Boolean()),
            ("version", Nullable("string")),
            ("url", String("the landing page")),
            ("author", Nullable("string")),
            ("author_email", Nullable("string")),
            ("maintainer", Nullable("string")),
            ("maintainer_email", Nullable("string")),
            ("metadata_created", String("ISO 8601, UTC, without offset as CKAN writes it")),
            ("metadata_modified", String()),
            ("num_resources", Integer()),
            ("num_tags", Integer()),
            ("tags", ArrayOf(Ref("Tag"))),
            ("groups", ArrayOf(Object(("name", String()), ("title", String()), ("display_name", String()), ("description", String())))),
            ("extras", ArrayOf(Object(("key", String()), ("value", String())))),
            ("resources", ArrayOf(Ref("Resource")))).Describe("A CKAN package dict: a dataset"),
        ["Resource"] = Object(
            ("id", String(format: "uuid")),
            ("package_id", String(format: "uuid")),
            ("name", String()),
            ("description", Nullable("string")),
            ("format", String()),
            ("mimetype", Nullable("string")),
            ("url", Nullable("string", "uri")),
            ("url_type", new JsonObject { ["enum"] = new JsonArray("upload", null) }),
            ("size", Nullable("integer")),
            ("hash", String("algorithm:value")),
            ("license_id", Nullable("string")),
            ("created", String()),
            ("last_modified", String()),
            ("position", Integer()),
            ("state", String())).Describe("A CKAN resource dict: a distribution"),
        ["Tag"] = Object(("name", String()), ("display_name", String())),
        ["Organization"] = Object(
            ("id", String(format: "uuid")),
            ("name", String()),
            ("title", String()),
            ("display_name", String()),
            ("description", Nullable("string")),
            ("image_url", String()),
            ("created", String()),
            ("is_organization", new JsonObject { ["const"] = true }),
            ("type", new JsonObject { ["const"] = "organization" }),
            ("state", String()),
            ("package_count", Nullable("integer")),
            ("email", Nullable("string")),
            ("phone", Nullable("string")),
            ("address", Nullable("string")),
            ("website", Nullable("string")),
            ("parent_id", Nullable("string")),
            ("packages", ArrayOf(Ref("Package"), "with include_datasets")),
            ("users", ArrayOf(Object(("id", String()), ("name", String()), ("display_name", String()), ("capacity", String())), "for the organization's members"))),
        ["Group"] = Object(
            ("id", String("the name: themes are identified by name")),
            ("name", String()),
            ("title", String()),
            ("display_name", String()),
            ("title_en", Nullable("string")),
            ("description", String()),
            ("url", Nullable("string")),
            ("is_organization", new JsonObject { ["const"] = false }),
            ("type", new JsonObject { ["const"] = "group" }),
            ("package_count", Nullable("integer")),
            ("packages", ArrayOf(Ref("Package"), "with include_datasets"))).Describe("A theme (chủ đề), as a CKAN group"),
        ["Member"] = Object(("group_id", String()), ("table_name", String()), ("table_id", String()), ("capacity", String()), ("state", String())),
        ["License"] = Object(("id", String()), ("title", String()), ("url", String()), ("od_conformance", String()), ("is_okd_compliant", Boolean())),
        ["User"] = Object(("id", String(format: "uuid")), ("name", String()), ("fullname", String()), ("display_name", String()), ("email", String()), ("sysadmin", Boolean()), ("created", String())),
        ["Status"] = Object(
            ("ckan_version", String("the CKAN version whose Action API this one follows")),
            ("opendata_version", String()),
            ("site_title", String()),
            ("site_url", String(format: "uri")),
            ("locale_default", String()),
            ("extensions", ArrayOf(String()))),
        ["PackageSearchResult"] = Object(
            ("count", Integer("all matching datasets")),
            ("results", ArrayOf(Ref("Package"))),
            ("facets", Map(Map(Integer()), "field → value → count")),
            ("search_facets", Map(Object(("title", String()), ("items", ArrayOf(Object(("name", String()), ("display_name", String()), ("count", Integer()))))))),
            ("sort", String()),
            ("next_cursor", Nullable("string"))),
        ["DatastoreField"] = ObjectWith(["id"],
            ("id", String("the column's name")),
            ("type", Enum("text", "int", "numeric", "bool", "date", "timestamp")),
            ("info", Object(("label", String()), ("notes", String())))),
        ["DatastoreSearchResult"] = Object(
            ("resource_id", String(format: "uuid")),
            ("fields", ArrayOf(Ref("DatastoreField"))),
            ("records", OneOf(ArrayOf(Map(new JsonObject())), ArrayOf(ArrayOf(new JsonObject())), String()).Describe("by records_format: objects, lists, or csv/tsv text")),
            ("records_format", String()),
            ("total", Integer("with include_total")),
            ("limit", Integer()),
            ("offset", Integer()),
            ("include_total", Boolean()),
            ("_links", Object(("start", String()), ("next", String())))),
        ["DatastoreInfo"] = Object(
            ("resource_id", String(format: "uuid", description: "datastore_create only")),
            ("meta", Object(
                ("count", Integer()),
                ("status", Enum("pending", "loading", "loaded", "failed")),
                ("rows_loaded", Integer()),
                ("encoding", Nullable("string")),
                ("forced_encoding", Nullable("string")),
                ("delimiter", Nullable("string")),
                ("bad_row_count", Integer()),
                ("bad_rows", ArrayOf(Object(("line", Integer()), ("message", String())))),
                ("loaded_at", Nullable("string", "date-time")),
                ("message", Nullable("string")),
                ("origin", String()))),
            ("fields", ArrayOf(Ref("DatastoreField"))),
            ("primary_key", ArrayOf(String()))),
        ["Suggestion"] = Object(
            ("text", String()),
            ("kind", Enum("dataset", "organization", "tag")),
            ("label", String("the kind, in the page's language")),
            ("url", String("a path on the portal"))),
        ["TextError"] = String("a plain-text message in Vietnamese"),
    };

    public static JsonObject Responses()
    {
        JsonObject Envelope(string description, string type, string message) => new()
        {
            ["description"] = description,
            ["content"] = new JsonObject
            {
                ["application/json"] = new JsonObject
                {
                    ["schema"] = Ref("ErrorEnvelope"),
                    ["example"] = new JsonObject
                    {
                        ["help"] = "https://example.org/api/3/action/help_show?name=package_show",
                        ["success"] = false,
                        ["error"] = new JsonObject { ["__type"] = type, ["message"] = message },
                    },
                },
            },
        };
        return new JsonObject
        {
            ["BadRequest"] = new JsonObject
            {
                ["description"] = "An unknown action, GET on a write action or a malformed body (a bare JSON string, as CKAN), or a q/fq/sort that cannot be read (a Search Query Error envelope)",
                ["content"] = new JsonObject
                {
                    ["application/json"] = new JsonObject
                    {
                        ["schema"] = OneOf(String(), Ref("ErrorEnvelope")),
                        ["example"] = "Bad request - Action name not known: package_serch",
                    },
                },
            },
            ["Forbidden"] = Envelope("No token, or the token's user may not do this", "Authorization Error", "Access denied: ..."),
            ["NotFound"] = Envelope("Not found, or private and not visible to the caller", "Not Found Error", "Not found: ..."),
            ["Conflict"] = new JsonObject
            {
                ["description"] = "Validation error: each field in error with its messages",
                ["content"] = new JsonObject
                {
                    ["application/json"] = new JsonObject
                    {
                        ["schema"] = Ref("ErrorEnvelope"),
                        ["example"] = new JsonObject
                        {
                            ["help"] = "https://example.org/api/3/action/help_show?name=package_create",
                            ["success"] = false,
                            ["error"] = new JsonObject { ["__type"] = "Validation Error", ["name"] = new JsonArray("Missing value") },
                        },
                    },
                },
            },
        };
    }
}
