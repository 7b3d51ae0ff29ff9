using System.Text.Json.Nodes;
using OpenData.Web.Api.Ckan;
using OpenData.Web.DataStore;
using static OpenData.Web.Api.OpenApi.Schema;

namespace OpenData.Web.Api.OpenApi;

/// <summary>A parameter of a CKAN action: in the query string for GET, a property of the body for POST.</summary>
public sealed record ActionParameter(string Name, JsonObject Schema, string Description, bool Required = false);

/// <summary>
/// What the OpenAPI document says about one CKAN action beyond its help text (which comes from the registry,
/// <see cref="CkanApi.Actions"/>): a tag, a one-line summary, the parameters with types, the result's schema and
/// the error statuses it can answer.
/// </summary>
public sealed record CkanActionDoc(string Tag, string Summary, IReadOnlyList<ActionParameter> Parameters, JsonObject Result, IReadOnlyList<int> Errors)
{
    /// <summary>Takes a file in the multipart field <c>upload</c> (resource_create/update/patch).</summary>
    public bool AcceptsUpload { get; init; }
}

/// <summary>
/// The hand-written description of every CKAN action, in one place. The document is generated from the action
/// registry; a test fails when an action there has no entry here (or an entry names an action that does not exist).
/// </summary>
public static class CkanActionDocs
{
    public const string Datasets = "Datasets";
    public const string Resources = "Resources";
    public const string Organizations = "Organizations";
    public const string Groups = "Groups (themes)";
    public const string Datastore = "DataStore";
    public const string Site = "Site and users";

    private static readonly int[] ListErrors = [400, 409];
    private static readonly int[] ShowErrors = [400, 404, 409];
    private static readonly int[] CreateErrors = [400, 403, 409];
    private static readonly int[] WriteErrors = [400, 403, 404, 409];

    private static ActionParameter P(string name, JsonObject schema, string description, bool required = false) => new(name, schema, description, required);

    private static ActionParameter Id(string description = "the id or name") => P("id", String(), description, required: true);

    private static readonly ActionParameter[] Paging =
    [
        P("limit", Integer(), "the most items to return"),
        P("offset", Integer(), "the number of items to skip"),
    ];

    private static readonly ActionParameter[] GroupListing =
    [
        P("sort", Enum("title asc", "name asc", "package_count desc"), "the order (default \"title asc\"; \"desc\" works on every field)"),
        .. Paging,
        P("all_fields", Boolean(), "return dicts instead of names (default false)"),
        P("include_dataset_count", Boolean(), "with all_fields, include package_count (default true)"),
    ];

    private static readonly ActionParameter[] PackageFields =
    [
        P("name", String(), "the URL name: lower-case letters, digits, - and _ (2 to 100 characters)"),
        P("title", String(), "the title"),
        P("notes", String(), "the description (Markdown)"),
        P("owner_org", String(), "the publishing organization's id or name"),
        P("license_id", String(), "a licence id from license_list"),
        P("private", Boolean(), "private datasets are seen only by their organization"),
        P("state", Enum("active", "draft"), "draft datasets are not published"),
        P("url", String(), "the landing page"),
        P("version", String(), "the version"),
        P("author", String(), "the author"),
        P("author_email", String(), "the author's e-mail"),
        P("maintainer", String(), "the contact point's name"),
        P("maintainer_email", String(), "the contact point's e-mail"),
        P("tags", ArrayOf(Ref("Tag")), "keywords: [{\"name\": \"dân số\"}]"),
        P("groups", ArrayOf(Object(("name", String()))), "themes: [{\"name\": \"dan-so-va-lao-dong\"}]"),
        P("extras", ArrayOf(Object(("key", String()), ("value", String()))), "access_level, frequency, spatial_code, temporal_start, temporal_end, language, identifier, conforms_to, contact_phone"),
        P("resources", ArrayOf(Ref("Resource")), "the resources; package_update removes those left out"),
    ];

    private static readonly ActionParameter[] ResourceFields =
    [
        P("name", String(), "the resource's title"),
        P("description", String(), "the description"),
        P("format", String(), "CSV, XLSX, JSON, PDF, ..."),
        P("url", String(), "a link (ignored when a file is uploaded)"),
        P("license_id", String(), "the resource's licence when it differs from the dataset's"),
        P("upload", String(format: "binary"), "a file (multipart/form-data only)"),
    ];

    private static readonly ActionParameter[] OrganizationFields =
    [
        P("name", String(), "the URL name"),
        P("title", String(), "the title"),
        P("description", String(), "the description"),
        P("image_url", String(), "a logo's address"),
        P("email", String(), "the contact e-mail"),
        P("phone", String(), "the phone number"),
        P("address", String(), "the postal address"),
        P("website", String(), "the web site"),
        P("parent", String(), "the parent organization's id or name"),
    ];

    private static readonly ActionParameter[] GroupFields =
    [
        P("title", String(), "the Vietnamese title"),
        P("title_en", String(), "the English title"),
        P("description", String(), "the description"),
        P("url", String(), "the theme's IRI in a controlled vocabulary"),
    ];

    private static JsonObject NamesOrDicts(string component) => OneOf(ArrayOf(String()), ArrayOf(Ref(component)));

    public static IReadOnlyDictionary<string, CkanActionDoc> All { get; } = new Dictionary<string, CkanActionDoc>(StringComparer.Ordinal)
    {
        // Datasets
        ["package_search"] = new(Datasets, "Search datasets (Vietnamese full text, Solr-style filters, facets, cursor paging)",
        [
            P("q", String(), "search text (with or without diacritics), or Solr syntax such as tags:\"dân số\""),
            P("fq", String(), "filter query: organization:so-y-te, tags:\"dân số\", res_format:CSV, metadata_modified:[2025-01-01T00:00:00Z TO *]"),
            P("fq_list", ArrayOf(String()), "several filter queries, all of which must hold"),
            P("sort", Enum("score desc, metadata_modified desc", "metadata_modified desc", "metadata_created desc", "name asc", "title_string asc", "views_recent desc"), "the order"),
            P("rows", Integer(), $"datasets per page (default 10; more than {CkanSearchAction.MaxRows} is lowered to {CkanSearchAction.MaxRows})"),
            P("start", Integer(), "the offset of the first dataset"),
            P("cursor", String(), "deep paging: \"*\" first, then the previous next_cursor"),
            P("facet", Boolean(), "return facets (default true)"),
            P("facet.field", ArrayOf(String()), "fields to facet on (default organization, groups, tags, res_format, license_id)"),
            P("facet.limit", Integer(), "values per facet (default 50, -1 for all)"),
            P("facet.mincount", Integer(), "the least count of a returned facet value (default 1)"),
            P("include_private", Boolean(), "include the private datasets the caller may see (default false)"),
            P("include_drafts", Boolean(), "include the caller's drafts (default false)"),
        ], Ref("PackageSearchResult"), ListErrors),
        ["package_show"] = new(Datasets, "A dataset's metadata and resources", [Id("the dataset's id or name")], Ref("Package"), ShowErrors),
        ["package_list"] = new(Datasets, "The names of all public datasets", Paging, ArrayOf(String()), ListErrors),
        ["current_package_list_with_resources"] = new(Datasets, "Public datasets with their resources, most recently modified first", Paging, ArrayOf(Ref("Package")), ListErrors),
        ["package_create"] = new(Datasets, "Create a dataset",
            [.. PackageFields.Select(p => p.Name is "name" or "owner_org" or "title" ? p with { Required = true } : p)], Ref("Package"), CreateErrors),
        ["package_update"] = new(Datasets, "Replace a dataset (fields left out are cleared)", [Id("the dataset's id or name"), .. PackageFields], Ref("Package"), WriteErrors),
        ["package_patch"] = new(Datasets, "Change some fields of a dataset", [Id("the dataset's id or name"), .. PackageFields], Ref("Package"), WriteErrors),
        ["package_delete"] = new(Datasets, "Delete a dataset (it can be restored)", [Id("the dataset's id or name")], Null(), WriteErrors),
        ["dataset_purge"] = new(Datasets, "Remove a dataset and its history for good (system administrators)", [Id("the dataset's id or name")], Null(), WriteErrors),

        // Resources
        ["resource_show"] = new(Resources, "A resource's metadata", [Id("the resource's id")], Ref("Resource"), ShowErrors),
        ["resource_search"] = new(Resources, "Find resources of public datasets by field",
        [
            P("query", OneOf(String(), ArrayOf(String())), "\"field:term\" or a list of them (name, description, format, url, mimetype, id, package_id)"),
            P("order_by", String(), "a resource field to sort by"),
            .. Paging,
        ], Object(("count", Integer()), ("results", ArrayOf(Ref("Resource")))), ListErrors),
        ["resource_create"] = new(Resources, "Add a resource (a link or an uploaded file) to a dataset",
            [P("package_id", String(), "the dataset's id or name", required: true), .. ResourceFields], Ref("Resource"), WriteErrors) { AcceptsUpload = true },
        ["resource_update"] = new(Resources, "Replace a resource's fields (a new upload replaces the file)", [Id("the resource's id"), .. ResourceFields], Ref("Resource"), WriteErrors) { AcceptsUpload = true },
        ["resource_patch"] = new(Resources, "Change some fields of a resource", [Id("the resource's id"), .. ResourceFields], Ref("Resource"), WriteErrors) { AcceptsUpload = true },
        ["resource_delete"] = new(Resources, "Delete a resource", [Id("the resource's id")], Null(), WriteErrors),

        // Organizations
        ["organization_list"] = new(Organizations, "The publishing organizations", GroupListing, NamesOrDicts("Organization"), ListErrors),
        ["organization_show"] = new(Organizations, "An organization (members for its own members)",
            [Id(), P("include_datasets", Boolean(), "include up to 1000 of its datasets (default false)")], Ref("Organization"), ShowErrors),
        ["organization_create"] = new(Organizations, "Create an organization (system administrators)",
            [.. OrganizationFields.Select(p => p.Name is "name" or "title" ? p with { Required = true } : p)], Ref("Organization"), CreateErrors),
        ["organization_update"] = new(Organizations, "Replace an organization's fields", [Id(), .. OrganizationFields], Ref("Organization"), WriteErrors),
        ["organization_patch"] = new(Organizations, "Change some fields of an organization", [Id(), .. OrganizationFields], Ref("Organization"), WriteErrors),
        ["organization_delete"] = new(Organizations, "Delete an organization that publishes no datasets", [Id()], Null(), WriteErrors),
        ["organization_member_create"] = new(Organizations, "Add a member to an organization or change their role",
        [
            Id("the organization's id or name"),
            P("username", String(), "the user's name or e-mail", required: true),
            P("role", Enum("member", "editor", "admin"), "the role", required: true),
        ], Ref("Member"), WriteErrors),
        ["organization_member_delete"] = new(Organizations, "Remove a member from an organization",
            [Id("the organization's id or name"), P("username", String(), "the user's name", required: true)], Null(), WriteErrors),

        // Groups: the portal's themes
        ["group_list"] = new(Groups, "The themes (CKAN groups)", GroupListing, NamesOrDicts("Group"), ListErrors),
        ["group_show"] = new(Groups, "A theme",
            [Id("the theme's name"), P("include_datasets", Boolean(), "include up to 1000 of its datasets (default false)")], Ref("Group"), ShowErrors),
        ["group_create"] = new(Groups, "Create a theme (system administrators)",
            [P("name", String(), "the URL name", required: true), .. GroupFields.Select(p => p.Name == "title" ? p with { Required = true } : p)], Ref("Group"), CreateErrors),
        ["group_update"] = new(Groups, "Replace a theme's fields (the name cannot change)", [Id("the theme's name"), .. GroupFields], Ref("Group"), WriteErrors),
        ["group_patch"] = new(Groups, "Change some fields of a theme", [Id("the theme's name"), .. GroupFields], Ref("Group"), WriteErrors),
        ["group_delete"] = new(Groups, "Delete a theme no dataset belongs to", [Id("the theme's name")], Null(), WriteErrors),
        ["group_member_create"] = new(Groups, "Not supported: themes have no user members (always 403 or 409)",
            [Id("the theme's name"), P("username", String(), "a user name"), P("role", String(), "a role")], Null(), CreateErrors),
        ["member_create"] = new(Groups, "Put a dataset in a theme",
        [
            Id("the theme's name"),
            P("object", String(), "the dataset's id or name", required: true),
            P("object_type", Enum("package"), "only package (the default)"),
            P("capacity", String(), "accepted, ignored"),
        ], Ref("Member"), WriteErrors),
        ["member_delete"] = new(Groups, "Take a dataset out of a theme",
            [Id("the theme's name"), P("object", String(), "the dataset's id or name", required: true), P("object_type", Enum("package"), "only package (the default)")], Null(), WriteErrors),

        // DataStore
        ["datastore_search"] = new(Datastore, "Rows of a tabular resource loaded into the DataStore",
        [
            P("resource_id", String(format: "uuid"), "the resource's id (also accepted as id)", required: true),
            P("filters", Map(OneOf(String(), Integer(), ArrayOf(String()))), "exact values per column: {\"column\": \"value\"} or {\"column\": [\"a\", \"b\"]}"),
            P("q", OneOf(String(), Map(String())), "full text: a case- and diacritic-insensitive substring of any text column"),
            P("distinct", Boolean(), "distinct rows only (default false)"),
            P("fields", OneOf(ArrayOf(String()), String()), "the columns to return (a list or \"a,b\")"),
            P("sort", String(), "\"column asc, other desc\""),
            P("limit", Integer(), $"rows to return (default {DatastoreActions.DefaultLimit}, at most {DatastoreActions.MaxLimit})"),
            P("offset", Integer(), "rows to skip"),
            P("include_total", Boolean(), "count the matching rows (default true)"),
            P("records_format", Enum("objects", "lists", "csv", "tsv"), "the shape of records (default objects)"),
        ], Ref("DatastoreSearchResult"), ShowErrors),
        ["datastore_info"] = new(Datastore, "A DataStore table's columns, row count and load status",
            [P("id", String(format: "uuid"), "the resource's id", required: true)], Ref("DatastoreInfo"), ShowErrors),
        ["datastore_create"] = new(Datastore, "Create a table from fields and records, or (with neither) load the resource's file",
        [
            P("resource_id", String(format: "uuid"), "the resource's id", required: true),
            P("fields", ArrayOf(Ref("DatastoreField")), "the columns"),
            P("records", ArrayOf(Map(new JsonObject())), "rows: [{\"column\": value}]"),
            P("primary_key", OneOf(String(), ArrayOf(String())), "a column or a list of columns"),
        ], Ref("DatastoreInfo"), WriteErrors),
        ["datastore_upsert"] = new(Datastore, "Insert, update or upsert rows",
        [
            P("resource_id", String(format: "uuid"), "the resource's id", required: true),
            P("records", ArrayOf(Map(new JsonObject())), "rows: [{\"column\": value}]", required: true),
            P("method", Enum("upsert", "insert", "update"), "update and upsert match on the primary key or _id (default upsert)"),
        ], Object(("resource_id", String()), ("method", String()), ("total", Integer())), WriteErrors),
        ["datastore_delete"] = new(Datastore, "Delete the rows matching filters, or the whole table",
        [
            P("resource_id", String(format: "uuid"), "the resource's id", required: true),
            P("filters", Map(OneOf(String(), ArrayOf(String()))), "without filters the whole table is deleted"),
        ], Object(("resource_id", String()), ("deleted_count", Integer())), WriteErrors),

        // Site, users and tokens
        ["status_show"] = new(Site, "The portal's name, address and the CKAN version its API follows", [], Ref("Status"), ListErrors),
        ["site_read"] = new(Site, "Whether the caller may read the site (always true: open data needs no account)", [], Boolean(), ListErrors),
        ["help_show"] = new(Site, "An action's help text", [P("name", String(), "the action's name, such as package_search", required: true)], String(), ShowErrors),
        ["license_list"] = new(Site, "The licences datasets may use", [], ArrayOf(Ref("License")), ListErrors),
        ["tag_list"] = new(Site, "The tags of public datasets",
            [P("query", String(), "a substring of the tag"), P("all_fields", Boolean(), "return dicts instead of names (default false)")], NamesOrDicts("Tag"), ListErrors),
        ["user_show"] = new(Site, "Your own account (any account for system administrators)", [P("id", String(), "the user's id or name (default: yourself)")], Ref("User"), WriteErrors),
        ["api_token_create"] = new(Site, "Create an API token (shown only once)",
            [P("user", String(), "the user's name", required: true), P("name", String(), "a name for the token", required: true)],
            Object(("token", String())), WriteErrors),
        ["api_token_revoke"] = new(Site, "Revoke an API token", [P("token", String(), "the token"), P("jti", String(), "or the token's id")], Null(), WriteErrors),
    };
}
