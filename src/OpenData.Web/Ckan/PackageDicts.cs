using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using OpenData.Dcat.Model;
using OpenData.Web.Catalog;

namespace OpenData.Web.Ckan;

/// <summary>A resource dict of a package, with where its file may be found when it is an upload.</summary>
public sealed record ResourceDict(ResourceInput Input, string? UploadPath);

/// <summary>
/// CKAN package dicts (package_show results, `ckanapi dump datasets` lines) to and from our model.
/// Our extra fields travel as `extras` with ckanext-dcat's keys (frequency, spatial_uri, temporal_start, ...),
/// and are also read from the top level where ckanext-scheming portals put them.
/// </summary>
public static class PackageDicts
{
    public static JsonSerializerOptions JsonOptions { get; } = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static (DatasetInput Dataset, IReadOnlyList<ResourceDict> Resources, long? Views) FromPackageDict(JsonObject package)
    {
        var extras = ReadExtras(package);
        string? Field(string key) => Text(package[key]) ?? extras.GetValueOrDefault(key);

        var organization = Text(package["organization"]?["name"]) ?? Text(package["owner_org"]);
        var spatialCodes = Split(Field("spatial_code"), ',');
        var spatialNames = Split(Field("spatial_name"), ';');
        var spatial = spatialCodes.Select((code, i) => new Location(code, i < spatialNames.Count ? spatialNames[i] : code)).ToList();
        var input = new DatasetInput
        {
            Id = Guid.TryParse(Text(package["id"]), out var id) ? id : null,
            Name = Text(package["name"]),
            Title = Text(package["title"]),
            Description = Text(package["notes"]),
            Organization = organization,
            Tags = Names(package["tags"]),
            Themes = Names(package["groups"]),
            LicenseId = Text(package["license_id"]),
            AccessLevel = Field("access_level"),
            Frequency = Field("frequency"),
            ContactName = Field("contact_name") ?? Text(package["maintainer"]),
            ContactEmail = Field("contact_email") ?? Text(package["maintainer_email"]),
            ContactPhone = Field("contact_phone"),
            TemporalStart = Field("temporal_start"),
            TemporalEnd = Field("temporal_end"),
            Spatial = spatial,
            Languages = Languages(Field("language")),
            Version = Text(package["version"]),
            Identifier = Field("identifier"),
            LandingPage = Text(package["url"]),
            ConformsTo = Split(Field("conforms_to"), ','),
            Author = Text(package["author"]),
            AuthorEmail = Text(package["author_email"]),
            // A JSON boolean, or text from a form body or a CSV-minded client ("true", "True").
            IsPrivate = package["private"] is JsonValue p && (p.TryGetValue<bool>(out var isPrivate) ? isPrivate : string.Equals(Text(p), "true", StringComparison.OrdinalIgnoreCase)),
            IsDraft = string.Equals(Text(package["state"]), "draft", StringComparison.OrdinalIgnoreCase),
            SourceCreated = Date(package["metadata_created"]),
            SourceModified = Date(package["metadata_modified"]),
        };
        var resources = new List<ResourceDict>();
        if (package["resources"] is JsonArray array)
        {
            foreach (var resource in array.OfType<JsonObject>())
            {
                var url = Text(resource["url"]);
                var isUpload = string.Equals(Text(resource["url_type"]), "upload", StringComparison.OrdinalIgnoreCase);
                var relative = isUpload && url is not null && !Uri.TryCreate(url, UriKind.Absolute, out _);
                resources.Add(new ResourceDict(
                    new ResourceInput
                    {
                        Id = Guid.TryParse(Text(resource["id"]), out var rid) ? rid : null,
                        Title = Text(resource["name"]),
                        Description = Text(resource["description"]),
                        Format = Text(resource["format"]),
                        Url = relative ? null : url,
                        LicenseId = Text(resource["license_id"]),
                    },
                    relative ? url : null));
            }
        }
        var views = long.TryParse(Field("views"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : (long?)null;
        return (input, resources, views);
    }

    public static JsonObject ToPackageDict(DatasetView view, IReadOnlyDictionary<string, Theme> themes, string baseUrl)
    {
        var d = view.Dataset;
        var o = view.Organization;
        var license = d.License;
        var extras = new JsonArray();
        void Extra(string key, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                extras.Add(new JsonObject { ["key"] = key, ["value"] = value });
            }
        }
        Extra("access_level", d.AccessLevel.ToCode());
        Extra("frequency", d.FrequencyCode);
        Extra("spatial_code", string.Join(",", d.Spatial.Select(s => s.Code)));
        Extra("spatial_name", string.Join("; ", d.Spatial.Select(s => s.Name)));
        Extra("temporal_start", d.Temporal?.Start?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Extra("temporal_end", d.Temporal?.End?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Extra("language", string.Join(",", d.Languages));
        Extra("identifier", d.Identifier);
        Extra("conforms_to", string.Join(",", d.ConformsTo));
        Extra("contact_phone", d.ContactPoint?.Phone);
        Extra("harvest_source", d.HarvestSource);

        var resources = new JsonArray();
        for (var i = 0; i < d.Distributions.Count; i++)
        {
            resources.Add(ToResourceDict(d, d.Distributions[i], i, baseUrl));
        }
        return new JsonObject
        {
            ["id"] = d.Id.ToString(),
            ["name"] = d.Name,
            ["title"] = d.Title,
            ["type"] = "dataset",
            ["notes"] = d.Description,
            ["owner_org"] = o.Id.ToString(),
            ["organization"] = new JsonObject
            {
                ["id"] = o.Id.ToString(),
                ["name"] = o.Name,
                ["title"] = o.Title,
                ["type"] = "organization",
                ["description"] = o.Description,
                ["image_url"] = o.ImageUrl ?? "",
                ["created"] = CkanDate(o.Created),
                ["is_organization"] = true,
                ["approval_status"] = "approved",
                ["state"] = o.IsDeleted ? "deleted" : "active",
            },
            ["private"] = d.IsPrivate,
            ["state"] = d.State.ToString().ToLowerInvariant(),
            ["license_id"] = d.LicenseId,
            ["license_title"] = license?.Title,
            ["license_url"] = license?.Url,
            ["isopen"] = license?.IsOpen ?? false,
            ["version"] = d.Version,
            ["url"] = d.LandingPage ?? "",
            ["author"] = d.Author,
            ["author_email"] = d.AuthorEmail,
            ["maintainer"] = d.ContactPoint?.Name,
            ["maintainer_email"] = d.ContactPoint?.Email,
            ["metadata_created"] = CkanDate(d.Created),
            ["metadata_modified"] = CkanDate(d.Modified),
            ["num_resources"] = d.Distributions.Count,
            ["num_tags"] = d.Keywords.Count,
            ["tags"] = new JsonArray(d.Keywords.Select(t => (JsonNode)new JsonObject
            {
                ["name"] = t,
                ["display_name"] = t,
                ["state"] = "active",
            }).ToArray()),
            ["groups"] = new JsonArray(d.Themes.Select(t => (JsonNode)new JsonObject
            {
                ["name"] = t,
                ["title"] = themes.TryGetValue(t, out var theme) ? theme.Title : t,
                ["display_name"] = themes.TryGetValue(t, out var theme2) ? theme2.Title : t,
                ["description"] = themes.TryGetValue(t, out var theme3) ? theme3.Description ?? "" : "",
                ["image_display_url"] = "",
            }).ToArray()),
            ["extras"] = extras,
            ["resources"] = resources,
        };
    }

    public static JsonObject ToResourceDict(Dataset d, Distribution r, int position, string baseUrl) => new()
    {
        ["id"] = r.Id.ToString(),
        ["package_id"] = d.Id.ToString(),
        ["name"] = r.Title,
        ["description"] = r.Description,
        ["format"] = r.Format ?? "",
        ["mimetype"] = r.MediaType,
        ["url"] = r.IsUpload ? $"{baseUrl.TrimEnd('/')}/dataset/{d.Name}/resource/{r.Id}/download/{Uri.EscapeDataString(r.FileName ?? "file")}" : r.Url,
        ["url_type"] = r.IsUpload ? "upload" : null,
        ["size"] = r.ByteSize,
        ["hash"] = r.Checksum is null ? "" : $"{r.Checksum.Algorithm}:{r.Checksum.Value}",
        ["license_id"] = r.LicenseId,
        ["created"] = CkanDate(r.Created),
        ["last_modified"] = CkanDate(r.Modified),
        ["metadata_modified"] = CkanDate(r.Modified),
        ["position"] = position,
        ["state"] = "active",
    };

    /// <summary>CKAN writes timestamps as ISO 8601 without offset, in UTC, with microseconds.</summary>
    public static string CkanDate(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff", CultureInfo.InvariantCulture);

    private static Dictionary<string, string> ReadExtras(JsonObject package)
    {
        var extras = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (package["extras"] is JsonArray array)
        {
            foreach (var extra in array.OfType<JsonObject>())
            {
                if (Text(extra["key"]) is { } key && Text(extra["value"]) is { } value)
                {
                    extras[key] = value;
                }
            }
        }
        return extras;
    }

    private static string? Text(JsonNode? node) => node switch
    {
        JsonValue value when value.TryGetValue<string>(out var s) => string.IsNullOrWhiteSpace(s) ? null : s,
        JsonValue value => value.ToJsonString(),
        _ => null,
    };

    private static List<string> Names(JsonNode? node) => node is JsonArray array
        ? array.Select(item => item is JsonObject obj ? Text(obj["name"]) : Text(item)).OfType<string>().ToList()
        : node is JsonValue ? Split(Text(node), ',') : [];

    private static List<string> Split(string? text, char separator) =>
        text is null ? [] : text.Split(separator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();

    /// <summary>Languages as "vi", "vi,en", a JSON list, or EU language IRIs (ckanext-dcat keeps a JSON list).</summary>
    private static List<string> Languages(string? text)
    {
        if (text is null)
        {
            return ["vi"];
        }
        var trimmed = text.Trim();
        List<string> values;
        try
        {
            values = trimmed.StartsWith('[') ? (JsonNode.Parse(trimmed) as JsonArray)?.Select(Text).OfType<string>().ToList() ?? [] : Split(trimmed, ',');
        }
        catch (JsonException)
        {
            values = Split(trimmed.Trim('[', ']').Replace("\"", ""), ',');
        }
        return values.Select(v => v.Contains('/') ? v[(v.LastIndexOf('/') + 1)..].ToLowerInvariant() switch { "vie" => "vi", "eng" => "en", var other => other } : v).ToList();
    }

    private static DateTimeOffset? Date(JsonNode? node) =>
        Text(node) is { } text && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var value)
            ? value
            : null;
}
