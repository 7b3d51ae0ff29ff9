using System.Text.Json.Nodes;
using Microsoft.Extensions.Localization;
using OpenData.Dcat.Model;
using OpenData.Web.Catalog;
using OpenData.Web.Ckan;

namespace OpenData.Web.Api.Ckan;

/// <summary>package_* and resource_*: package dicts in and out, the work done by the dataset and resource actions.</summary>
public static class CkanDatasetActions
{
    public static IEnumerable<CkanAction> All() =>
    [
        new("package_show", true, "Return the metadata of a dataset (package) and its resources.\n\n:param id: the id or name of the dataset\n:type id: string", ShowAsync),
        new("package_list", true, "Return a list of the names of the site's public datasets (packages).\n\n:param limit: if given, the list of datasets will be broken into pages of at most limit datasets per page\n:type limit: int\n:param offset: when limit is given, the offset to start returning packages from\n:type offset: int", ListAsync),
        new("current_package_list_with_resources", true, "Return a list of the site's public datasets and their resources, most recently modified first.\n\n:param limit: if given, the list of datasets will be broken into pages of at most limit datasets per page\n:type limit: int\n:param offset: when limit is given, the offset to start returning packages from\n:type offset: int", CurrentListAsync),
        new("package_create", false, "Create a new dataset (package). You must be an editor or admin of the organization given as owner_org.\n\nThe data dict is a package dict (name, title, notes, owner_org, license_id, tags, groups, extras, resources, private, ...). Returns the created package dict.", CreateAsync),
        new("package_update", false, "Update a dataset (package). Update methods may delete parameters not explicitly provided in the data_dict: omitted resources, tags and groups are removed. Use package_patch to change only some fields.\n\n:param id: the name or id of the dataset to update", UpdateAsync),
        new("package_patch", false, "Patch a dataset (package): the given top-level fields replace the current ones, the others (and those given as null) are kept; an empty list (\"resources\": []) removes every item. A new owner_org (or organization) moves the dataset; you must be an editor of both organizations.\n\n:param id: the id or name of the dataset", PatchAsync),
        new("package_delete", false, "Delete a dataset (package). The dataset is marked deleted and disappears from lists; a system administrator can restore or purge it.\n\n:param id: the id or name of the dataset", DeleteAsync),
        new("dataset_purge", false, "Purge a dataset: remove it and its history for good. System administrators only.\n\n:param id: the name or id of the dataset", PurgeAsync),
        new("resource_show", true, "Return the metadata of a resource.\n\n:param id: the id of the resource", ResourceShowAsync),
        new("resource_create", false, "Append a new resource to a dataset. Send a file as the multipart field 'upload', or a link as 'url'.\n\n:param package_id: the id or name of the dataset\n:param name, description, format, url, license_id: the resource's fields\n:param upload: a file (multipart/form-data)", ResourceCreateAsync, TakesFile: true),
        new("resource_update", false, "Update a resource: the fields given replace all current ones (a new 'upload' replaces the file; without one the current file is kept).\n\n:param id: the id of the resource", ResourceUpdateAsync, TakesFile: true),
        new("resource_patch", false, "Patch a resource: the given fields replace the current ones, the others are kept.\n\n:param id: the id of the resource", ResourcePatchAsync, TakesFile: true),
        new("resource_delete", false, "Delete a resource from its dataset.\n\n:param id: the id of the resource", ResourceDeleteAsync),
        new("resource_search", true, "Search for resources of public datasets by field: query 'field:term' (or a list of them, all must match), case-insensitive substring match on name, description, format, url, mimetype or id.\n\n:param query: 'field:term' or a list of them\n:param order_by: a resource field to sort by\n:param offset: int\n:param limit: int", ResourceSearchAsync),
    ];

    private static async Task<JsonNode?> ShowAsync(CkanCall call)
    {
        var view = await call.Service<DatasetActions>().ShowAsync(call.Actor, call.RequireAny("id", "name_or_id"), call.Aborted);
        return (await CkanDicts.PackagesAsync(call, [view]))[0];
    }

    private static async Task<JsonNode?> ListAsync(CkanCall call)
    {
        var limit = call.OptionalInt("limit");
        var offset = call.Int("offset", 0);
        var names = new JsonArray();
        var search = call.Service<IDatasetSearch>();
        var query = PublicOnly(new DatasetListQuery { Sort = DatasetSort.Name, Limit = Math.Min(limit ?? 1000, 1000), Offset = offset, Cursor = limit is null ? "*" : null });
        while (true)
        {
            var page = await search.SearchAsync(call.Actor, query, call.Aborted);
            foreach (var item in page.Items)
            {
                names.Add(item.Name);
            }
            if (limit is not null || page.NextCursor is null)
            {
                return names;
            }
            query = query with { Cursor = page.NextCursor };
        }
    }

    private static async Task<JsonNode?> CurrentListAsync(CkanCall call)
    {
        var limit = Math.Min(call.Int("limit", 1000), 1000);
        var result = await call.Service<IDatasetSearch>().SearchAsync(call.Actor,
            PublicOnly(new DatasetListQuery { Sort = DatasetSort.RecentlyUpdated, Limit = limit, Offset = call.Int("offset", 0), FacetLimit = 0 }), call.Aborted);
        var views = await call.Service<DatasetActions>().ShowManyAsync(call.Actor, result.Items.Select(i => i.Id).ToList(), call.Aborted);
        return new JsonArray([.. await CkanDicts.PackagesAsync(call, views)]);
    }

    private static DatasetListQuery PublicOnly(DatasetListQuery query) => query with { IncludePrivate = false, IncludeDrafts = false, FacetLimit = 0 };

    private static async Task<JsonNode?> CreateAsync(CkanCall call)
    {
        var (input, resources) = await FromPackageAsync(call, call.Data);
        var view = await call.Service<PackageActions>().CreateAsync(call.Actor, input, resources, call.Aborted);
        return (await CkanDicts.PackagesAsync(call, [view]))[0];
    }

    private static async Task<JsonNode?> UpdateAsync(CkanCall call)
    {
        var id = call.RequireAny("id", "name");
        var (input, resources) = await FromPackageAsync(call, call.Data);
        var view = await call.Service<PackageActions>().ReplaceAsync(call.Actor, id, input, resources, call.Aborted);
        return (await CkanDicts.PackagesAsync(call, [view]))[0];
    }

    private static async Task<JsonNode?> PatchAsync(CkanCall call)
    {
        var id = call.RequireAny("id", "name");
        var current = await call.Service<DatasetActions>().ShowAsync(call.Actor, id, call.Aborted);
        var dict = (await CkanDicts.PackagesAsync(call, [current]))[0];
        // A null is "unchanged", as a field left out: only a given value replaces ("resources": [] removes them all).
        foreach (var (key, value) in call.Data)
        {
            if (key != "id" && value is not null)
            {
                dict[key] = value.DeepClone();
            }
        }
        // package_show's dict names the organization twice; a patch of one of them replaces the other as well.
        if (call.Data["owner_org"] is not null && call.Data["organization"] is null)
        {
            dict.Remove("organization");
        }
        else if (call.Data["organization"] is not null && call.Data["owner_org"] is null)
        {
            dict.Remove("owner_org");
        }
        var (input, resources) = await FromPackageAsync(call, dict);
        // Resources not given are kept as they are, without a revision that replaces them by themselves.
        var replaced = call.Data["resources"] is null ? null : resources;
        var view = await call.Service<PackageActions>().ReplaceAsync(call.Actor, current.Dataset.Id.ToString(), input, replaced, call.Aborted);
        return (await CkanDicts.PackagesAsync(call, [view]))[0];
    }

    private static async Task<JsonNode?> DeleteAsync(CkanCall call)
    {
        await call.Service<DatasetActions>().DeleteAsync(call.Actor, call.Require("id"), call.Aborted);
        return null;
    }

    private static async Task<JsonNode?> PurgeAsync(CkanCall call)
    {
        await call.Service<DatasetActions>().PurgeAsync(call.Actor, call.Require("id"), call.Aborted);
        return null;
    }

    /// <summary>A package dict as the actions take it; resources always given, so omitted ones are removed (CKAN's full replace).</summary>
    private static async Task<(DatasetInput Input, IReadOnlyList<ResourceInput> Resources)> FromPackageAsync(CkanCall call, JsonObject package)
    {
        if (package["resources"] is { } given and not JsonArray)
        {
            // Read as no resources, this would remove them all.
            throw ValidationException.For("resources", $"Not a list: {given.GetValueKind()}");
        }
        var (input, resourceDicts, _) = PackageDicts.FromPackageDict(package);
        input = input with { Organization = await OrganizationOfAsync(call, package) ?? input.Organization };
        var raw = (package["resources"] as JsonArray)?.OfType<JsonObject>().ToList() ?? [];
        var resources = resourceDicts.Select((r, i) => KeepUploadedFile(r.Input, i < raw.Count ? raw[i] : null)).ToList();
        return (input, resources);
    }

    /// <summary>
    /// A package dict names its organization twice: owner_org, which CKAN's actions read, and the organization
    /// object, package_show's copy, which is what still means something on another portal (where owner_org is a
    /// foreign id). When both name organizations of this portal they must be the same one: a dict that says two
    /// things is refused (409 on owner_org) rather than one of them silently ignored. Null when neither is ours.
    /// </summary>
    private static async Task<string?> OrganizationOfAsync(CkanCall call, JsonObject package)
    {
        var owner = await FindOrganizationAsync(call, CkanCall.AsString(package["owner_org"]));
        var shown = package["organization"] is JsonObject organization
            ? await FindOrganizationAsync(call, CkanCall.AsString(organization["name"])) ?? await FindOrganizationAsync(call, CkanCall.AsString(organization["id"]))
            : null;
        if (owner is not null && shown is not null && owner.Id != shown.Id)
        {
            var l = call.Service<IStringLocalizer<SharedResource>>();
            throw ValidationException.For("organization", l["Validation.OrganizationMismatch", owner.Name, shown.Name]);
        }
        return (owner ?? shown)?.Name;
    }

    private static async Task<Organization?> FindOrganizationAsync(CkanCall call, string? nameOrId)
    {
        if (nameOrId is null)
        {
            return null;
        }
        try
        {
            return await call.Service<OrganizationActions>().ShowAsync(nameOrId, call.Aborted);
        }
        catch (NotFoundException)
        {
            return null;
        }
    }

    /// <summary>An uploaded resource sent back as package_show gave it (url_type "upload" with our download link) keeps its file.</summary>
    private static ResourceInput KeepUploadedFile(ResourceInput input, JsonObject? raw) =>
        raw is not null && string.Equals(CkanCall.AsString(raw["url_type"]), "upload", StringComparison.OrdinalIgnoreCase)
            ? input with { Url = null, KeepExistingFile = true }
            : input;

    private static async Task<JsonNode?> ResourceShowAsync(CkanCall call)
    {
        var (view, resource) = await call.Service<ResourceActions>().ShowByIdAsync(call.Actor, ResourceId(call), call.Aborted);
        return ResourceDict(call, view.Dataset, resource);
    }

    private static async Task<JsonNode?> ResourceCreateAsync(CkanCall call)
    {
        var packageId = call.Require("package_id");
        var upload = call.Files?.GetFile("upload");
        await using var stream = upload?.OpenReadStream();
        var input = ResourceInputFrom(call.Data, upload, stream);
        var resource = await call.Service<ResourceActions>().CreateAsync(call.Actor, packageId, input, call.Aborted);
        var (view, _) = await call.Service<ResourceActions>().ShowByIdAsync(call.Actor, resource.Id, call.Aborted);
        return ResourceDict(call, view.Dataset, resource);
    }

    private static Task<JsonNode?> ResourceUpdateAsync(CkanCall call) => ResourceChangeAsync(call, patch: false);

    private static Task<JsonNode?> ResourcePatchAsync(CkanCall call) => ResourceChangeAsync(call, patch: true);

    private static async Task<JsonNode?> ResourceChangeAsync(CkanCall call, bool patch)
    {
        var id = ResourceId(call);
        var actions = call.Service<ResourceActions>();
        var (view, current) = await actions.ShowByIdAsync(call.Actor, id, call.Aborted);
        var data = call.Data;
        if (patch)
        {
            data = PackageDicts.ToResourceDict(view.Dataset, current, 0, call.BaseUrl);
            foreach (var (key, value) in call.Data.Where(field => field.Value is not null))
            {
                // As in package_patch, a null is "unchanged".
                data[key] = value!.DeepClone(); // not null: filtered above
            }
        }
        var upload = call.Files?.GetFile("upload");
        await using var stream = upload?.OpenReadStream();
        var input = KeepUploadedFile(ResourceInputFrom(data, upload, stream), data);
        var resource = await actions.UpdateAsync(call.Actor, view.Dataset.Id.ToString(), id, input, call.Aborted);
        (view, _) = await actions.ShowByIdAsync(call.Actor, id, call.Aborted);
        return ResourceDict(call, view.Dataset, resource);
    }

    private static async Task<JsonNode?> ResourceDeleteAsync(CkanCall call)
    {
        var id = ResourceId(call);
        var actions = call.Service<ResourceActions>();
        var (view, _) = await actions.ShowByIdAsync(call.Actor, id, call.Aborted);
        await actions.DeleteAsync(call.Actor, view.Dataset.Id.ToString(), id, call.Aborted);
        return null;
    }

    private static async Task<JsonNode?> ResourceSearchAsync(CkanCall call)
    {
        var terms = new List<(string Field, string Term)>();
        foreach (var item in call.List("query") ?? [])
        {
            var colon = item.IndexOf(':');
            if (colon <= 0)
            {
                throw ValidationException.For("query", "Resource search query must be of the form field:term");
            }
            var field = item[..colon].Trim();
            if (field is not ("name" or "description" or "format" or "url" or "mimetype" or "id" or "package_id"))
            {
                throw ValidationException.For("query", $"Field \"{field}\" not recognised in resource_search.");
            }
            terms.Add((field, item[(colon + 1)..].Trim()));
        }
        var orderBy = call.String("order_by");
        var offset = call.Int("offset", 0);
        var limit = call.OptionalInt("limit");
        var matches = new List<JsonObject>();
        var query = PublicOnly(new DatasetListQuery { Sort = DatasetSort.Name, Limit = 1000, Cursor = "*" });
        if (terms.FirstOrDefault(t => t.Field == "format") is { Term.Length: > 0 } format)
        {
            query = query with { Filters = [new DatasetFilter(DatasetFields.Format, [format.Term])] };
        }
        var search = call.Service<IDatasetSearch>();
        var datasets = call.Service<DatasetActions>();
        while (true)
        {
            var page = await search.SearchAsync(call.Actor, query, call.Aborted);
            foreach (var view in await datasets.ShowManyAsync(call.Actor, page.Items.Select(i => i.Id).ToList(), call.Aborted))
            {
                for (var i = 0; i < view.Dataset.Distributions.Count; i++)
                {
                    var dict = PackageDicts.ToResourceDict(view.Dataset, view.Dataset.Distributions[i], i, call.BaseUrl);
                    if (terms.All(t => CkanCall.AsString(dict[t.Field])?.Contains(t.Term, StringComparison.OrdinalIgnoreCase) == true))
                    {
                        matches.Add(dict);
                    }
                }
            }
            if (page.NextCursor is null)
            {
                break;
            }
            query = query with { Cursor = page.NextCursor };
        }
        IEnumerable<JsonObject> ordered = orderBy is null ? matches : matches.OrderBy(m => CkanCall.AsString(m[orderBy]), StringComparer.Ordinal);
        var pageItems = ordered.Skip(offset);
        if (limit is { } l)
        {
            pageItems = pageItems.Take(l);
        }
        return new JsonObject { ["count"] = matches.Count, ["results"] = new JsonArray([.. pageItems]) };
    }

    private static Guid ResourceId(CkanCall call) =>
        Guid.TryParse(call.Require("id"), out var id) ? id : throw new NotFoundException("Resource was not found.");

    private static JsonObject ResourceDict(CkanCall call, Dataset dataset, Distribution resource)
    {
        var position = dataset.Distributions.ToList().FindIndex(d => d.Id == resource.Id);
        return PackageDicts.ToResourceDict(dataset, dataset.Distributions.FirstOrDefault(d => d.Id == resource.Id) ?? resource, Math.Max(0, position), call.BaseUrl);
    }

    private static ResourceInput ResourceInputFrom(JsonObject data, IFormFile? upload, Stream? stream)
    {
        string? S(string key) => CkanCall.AsString(data[key]);
        return new ResourceInput
        {
            Title = S("name"),
            Description = S("description"),
            Format = S("format"),
            Url = upload is null ? S("url") : null,
            LicenseId = S("license_id"),
            Upload = upload is null || stream is null ? null : new UploadInput(stream, upload.FileName, upload.ContentType),
        };
    }
}
