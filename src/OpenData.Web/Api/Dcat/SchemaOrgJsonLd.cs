using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using OpenData.Dcat.DcatAp;
using OpenData.Dcat.Rdf;
using OpenData.Web.Catalog;

namespace OpenData.Web.Api.Dcat;

/// <summary>
/// schema.org Dataset JSON-LD for dataset pages (Google Dataset Search reads it from a
/// <c>&lt;script type="application/ld+json"&gt;</c> data block, which the CSP allows: it is not executed).
/// </summary>
public static class SchemaOrgJsonLd
{
    // Escapes <, >, &, ' and " (so "</script>" cannot close the block) while keeping Vietnamese readable.
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static string For(DatasetView view, string baseUrl)
    {
        var d = view.Dataset;
        var iris = new PortalIris(baseUrl.TrimEnd('/'));
        var json = new JsonObject
        {
            ["@context"] = "https://schema.org/",
            ["@type"] = "Dataset",
            ["@id"] = iris.Dataset(d.Id),
            ["name"] = d.Title,
            // Google requires a description of 50 to 5,000 characters; the Markdown text is what we have.
            ["description"] = d.Description.Length > 5000 ? d.Description[..5000] : d.Description,
            ["url"] = iris.DatasetPage(d.Name),
            ["identifier"] = d.Identifier ?? d.Id.ToString("D"),
            ["inLanguage"] = new JsonArray(d.Languages.Select(l => (JsonNode?)JsonValue.Create(l)).ToArray()),
            ["isAccessibleForFree"] = true,
            ["dateCreated"] = Date(d.Created),
            ["dateModified"] = Date(d.Modified),
            ["publisher"] = new JsonObject
            {
                ["@type"] = "GovernmentOrganization",
                ["@id"] = iris.Organization(view.Organization.Name),
                ["name"] = view.Organization.Title,
            },
            ["includedInDataCatalog"] = new JsonObject { ["@type"] = "DataCatalog", ["@id"] = iris.Catalog, ["url"] = baseUrl.TrimEnd('/') + "/" },
        };
        if (d.Keywords.Count > 0)
        {
            json["keywords"] = new JsonArray(d.Keywords.Select(k => (JsonNode?)JsonValue.Create(k)).ToArray());
        }
        if (d.License is { } license)
        {
            json["license"] = license.Url ?? iris.License(license.Id);
        }
        if (d.Version is { Length: > 0 } version)
        {
            json["version"] = version;
        }
        if (d.Temporal is { IsEmpty: false } temporal)
        {
            // schema.org temporalCoverage: an ISO 8601 interval, ".." for an open end.
            json["temporalCoverage"] = $"{temporal.Start?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? ".."}/{temporal.End?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? ".."}";
        }
        if (d.Spatial.Count > 0)
        {
            json["spatialCoverage"] = new JsonArray(d.Spatial.Select(s => (JsonNode?)new JsonObject
            {
                ["@type"] = "AdministrativeArea",
                ["@id"] = iris.AdministrativeUnit(s.Code),
                ["name"] = s.Name,
            }).ToArray());
        }
        if (d.ContactPoint is { IsEmpty: false } contact)
        {
            json["creator"] = new JsonObject
            {
                ["@type"] = "GovernmentOrganization",
                ["name"] = view.Organization.Title,
                ["contactPoint"] = new JsonObject { ["@type"] = "ContactPoint", ["name"] = contact.Name, ["email"] = contact.Email, ["telephone"] = contact.Phone },
            };
        }
        json["distribution"] = new JsonArray(d.Distributions.Select(r => (JsonNode?)new JsonObject
        {
            ["@type"] = "DataDownload",
            ["name"] = r.Title,
            ["encodingFormat"] = r.MediaType ?? r.Format,
            ["contentUrl"] = r.IsUpload ? iris.Download(d.Name, r.Id, r.FileName ?? "file") : r.Url ?? iris.DistributionPage(d.Name, r.Id),
            ["contentSize"] = r.ByteSize?.ToString(CultureInfo.InvariantCulture),
        }).ToArray());
        RemoveNulls(json);
        return json.ToJsonString(Options);
    }

    /// <summary>The alternate representations of a dataset page (<c>&lt;link rel="alternate"&gt;</c>).</summary>
    public static IReadOnlyList<(string MediaType, string Href)> Alternates(string datasetName) =>
        RdfFormats.All.Select(f => (f.MediaType, $"/dataset/{Uri.EscapeDataString(datasetName)}{f.Extension}")).ToList();

    /// <summary>The catalogue's representations, for the home page.</summary>
    public static IReadOnlyList<(string MediaType, string Href)> CatalogAlternates() =>
        RdfFormats.All.Select(f => (f.MediaType, "/catalog" + f.Extension)).ToList();

    private static string? Date(DateTimeOffset value) =>
        value == default ? null : value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static void RemoveNulls(JsonNode? node)
    {
        if (node is JsonObject obj)
        {
            foreach (var key in obj.Where(p => p.Value is null).Select(p => p.Key).ToList())
            {
                obj.Remove(key);
            }
            foreach (var (_, value) in obj)
            {
                RemoveNulls(value);
            }
        }
        else if (node is JsonArray array)
        {
            foreach (var item in array)
            {
                RemoveNulls(item);
            }
        }
    }
}

/// <summary>The model of the dataset-page partials: the dataset as shown and the portal's public address.</summary>
public sealed record DatasetHeadModel(DatasetView View, string BaseUrl)
{
    /// <summary>For a page: <c>&lt;partial name="/Api/Dcat/_DatasetHead.cshtml" model="DatasetHeadModel.For(HttpContext, Model.View)" /&gt;</c>.</summary>
    public static DatasetHeadModel For(HttpContext http, DatasetView view) =>
        new(view, DcatEndpoints.BaseUrl(http, http.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<Hosting.PortalOptions>>().Value));
}
