using System.Text.Json.Nodes;
using OpenData.Web.Accounts;
using OpenData.Web.Catalog;

namespace OpenData.Web.Api.Ckan;

/// <summary>organization_* (publishers) and group_* (themes, the national portal's 12 groups), member_*.</summary>
public static class CkanGroupActions
{
    public static IEnumerable<CkanAction> All() =>
    [
        new("organization_list", true, "Return a list of the names of the site's organizations.\n\n:param sort: 'name asc', 'title asc' (default) or 'package_count desc'\n:param limit: int\n:param offset: int\n:param all_fields: return dicts instead of names (default false)\n:param include_dataset_count: with all_fields, include package_count (default true)", OrganizationListAsync),
        new("organization_show", true, "Return the details of an organization.\n\n:param id: the id or name\n:param include_datasets: include up to 1000 of its datasets (default false)", OrganizationShowAsync),
        new("organization_create", false, "Create an organization (system administrators). name, title, description, image_url, email, phone, address, website, parent.", OrganizationCreateAsync),
        new("organization_update", false, "Update an organization: the given fields replace all current ones.\n\n:param id: the id or name", OrganizationUpdateAsync),
        new("organization_patch", false, "Patch an organization: the given fields replace the current ones, the others are kept.\n\n:param id: the id or name", OrganizationPatchAsync),
        new("organization_delete", false, "Delete an organization that publishes no datasets (system administrators).\n\n:param id: the id or name", OrganizationDeleteAsync),
        new("organization_member_create", false, "Make a user a member of an organization, or change their role.\n\n:param id: the organization's id or name\n:param username: the user's name or e-mail\n:param role: member, editor or admin", MemberCreateAsync),
        new("organization_member_delete", false, "Remove a user from an organization.\n\n:param id: the organization's id or name\n:param username: the user's name", MemberDeleteAsync),
        new("group_list", true, "Return a list of the names of the site's groups (themes).\n\n:param all_fields: return dicts instead of names\n:param sort, limit, offset: as organization_list", GroupListAsync),
        new("group_show", true, "Return the details of a group (theme).\n\n:param id: the name\n:param include_datasets: include up to 1000 of its datasets (default false)", GroupShowAsync),
        new("group_create", false, "Create a group (theme); system administrators only. name, title, title_en, description, url.", GroupCreateAsync),
        new("group_update", false, "Update a group (theme); system administrators only. The name cannot change.\n\n:param id: the name", GroupUpdateAsync),
        new("group_patch", false, "Patch a group (theme); system administrators only.\n\n:param id: the name", GroupPatchAsync),
        new("group_delete", false, "Delete a group (theme) no dataset belongs to; system administrators only.\n\n:param id: the name", GroupDeleteAsync),
        new("group_member_create", false, "Themes have no user members on this portal: system administrators manage them. Use member_create to put a dataset in a theme.", GroupMemberCreateAsync),
        new("member_create", false, "Put a dataset in a group (theme).\n\n:param id: the group's name\n:param object: the dataset's id or name\n:param object_type: 'package'\n:param capacity: ignored", c => DatasetMemberAsync(c, true)),
        new("member_delete", false, "Take a dataset out of a group (theme).\n\n:param id: the group's name\n:param object: the dataset's id or name\n:param object_type: 'package'", c => DatasetMemberAsync(c, false)),
    ];

    private static async Task<JsonNode?> OrganizationListAsync(CkanCall call)
    {
        var summaries = await call.Service<OrganizationActions>().ListAsync(call.Actor, call.Aborted);
        var page = SortAndPage(call, summaries.Select(s => (s.Organization.Name, s.Organization.Title, s.DatasetCount)).ToList());
        var byName = summaries.ToDictionary(s => s.Organization.Name);
        if (!call.Bool("all_fields", false))
        {
            return new JsonArray(page.Select(n => (JsonNode)n).ToArray());
        }
        var counts = call.Bool("include_dataset_count", true);
        return new JsonArray(page.Select(n => (JsonNode)CkanDicts.Organization(byName[n].Organization, counts ? byName[n].DatasetCount : null)).ToArray());
    }

    private static async Task<JsonNode?> OrganizationShowAsync(CkanCall call)
    {
        var organization = await call.Service<OrganizationActions>().ShowAsync(call.RequireAny("id", "name"), call.Aborted);
        var (count, packages) = await DatasetsAsync(call, new DatasetFilter(DatasetFields.Organization, [organization.Name]));
        var dict = CkanDicts.Organization(organization, count);
        dict["packages"] = packages;
        if (call.Actor.IsSysAdmin || call.Actor.RoleIn(organization.Id) is not null)
        {
            var members = await call.Service<OrganizationActions>().MembersAsync(call.Actor, organization.Name, call.Aborted);
            dict["users"] = new JsonArray(members.Select(m => (JsonNode)new JsonObject
            {
                ["id"] = m.UserId.ToString(),
                ["name"] = m.UserName,
                ["display_name"] = m.DisplayName,
                ["capacity"] = m.Role.ToString().ToLowerInvariant(),
            }).ToArray());
        }
        return dict;
    }

    private static async Task<(int Count, JsonArray Packages)> DatasetsAsync(CkanCall call, DatasetFilter filter)
    {
        var include = call.Bool("include_datasets", false);
        var result = await call.Service<IDatasetSearch>().SearchAsync(call.Actor,
            new DatasetListQuery { Filters = [filter], Sort = DatasetSort.Name, Limit = include ? 1000 : 0, FacetLimit = 0 }, call.Aborted);
        var packages = new JsonArray();
        if (include)
        {
            var views = await call.Service<DatasetActions>().ShowManyAsync(call.Actor, result.Items.Select(i => i.Id).ToList(), call.Aborted);
            foreach (var package in await CkanDicts.PackagesAsync(call, views))
            {
                packages.Add(package);
            }
        }
        return (result.Total, packages);
    }

    private static async Task<JsonNode?> OrganizationCreateAsync(CkanCall call)
    {
        var organization = await call.Service<OrganizationActions>().CreateAsync(call.Actor, OrganizationInputFrom(call.Data), call.Aborted);
        return CkanDicts.Organization(organization, 0);
    }

    private static async Task<JsonNode?> OrganizationUpdateAsync(CkanCall call)
    {
        var organization = await call.Service<OrganizationActions>().UpdateAsync(call.Actor, call.Require("id"), OrganizationInputFrom(call.Data), call.Aborted);
        return CkanDicts.Organization(organization, null);
    }

    private static async Task<JsonNode?> OrganizationPatchAsync(CkanCall call)
    {
        var actions = call.Service<OrganizationActions>();
        var current = CkanDicts.Organization(await actions.ShowAsync(call.Require("id"), call.Aborted), null);
        foreach (var (key, value) in call.Data)
        {
            if (key != "id")
            {
                current[key] = value?.DeepClone();
            }
        }
        var organization = await actions.UpdateAsync(call.Actor, call.Require("id"), OrganizationInputFrom(current), call.Aborted);
        return CkanDicts.Organization(organization, null);
    }

    private static async Task<JsonNode?> OrganizationDeleteAsync(CkanCall call)
    {
        await call.Service<OrganizationActions>().DeleteAsync(call.Actor, call.Require("id"), call.Aborted);
        return null;
    }

    private static OrganizationInput OrganizationInputFrom(JsonObject data)
    {
        string? S(string key) => CkanCall.AsString(data[key]);
        var parent = S("parent") ?? (data["groups"] as JsonArray)?.OfType<JsonObject>().Select(g => CkanCall.AsString(g["name"])).FirstOrDefault(n => n is not null);
        if (S("parent_id") is { } parentId)
        {
            parent = parentId;
        }
        return new OrganizationInput
        {
            Name = S("name"),
            Title = S("title"),
            Description = S("description"),
            ImageUrl = S("image_url"),
            Email = S("email"),
            Phone = S("phone"),
            Address = S("address"),
            Website = S("website"),
            Parent = parent,
        };
    }

    private static async Task<JsonNode?> MemberCreateAsync(CkanCall call)
    {
        var roleText = call.String("role") ?? call.String("capacity") ?? throw ValidationException.For("role", "Missing value");
        if (!Enum.TryParse<OrganizationRole>(roleText, ignoreCase: true, out var role) || !Enum.IsDefined(role))
        {
            throw ValidationException.For("role", "Role must be one of: member, editor, admin");
        }
        var organization = call.Require("id");
        var user = call.Require("username");
        await call.Service<OrganizationActions>().SetMemberAsync(call.Actor, organization, user, role, call.Aborted);
        return new JsonObject { ["group_id"] = organization, ["table_name"] = "user", ["table_id"] = user, ["capacity"] = role.ToString().ToLowerInvariant(), ["state"] = "active" };
    }

    private static async Task<JsonNode?> MemberDeleteAsync(CkanCall call)
    {
        var organization = call.Require("id");
        var user = await call.Service<AccountActions>().FindUserAsync(call.Require("username"), call.Aborted)
            ?? throw new NotFoundException("User not found");
        await call.Service<OrganizationActions>().RemoveMemberAsync(call.Actor, organization, user.Id, call.Aborted);
        return null;
    }

    private static async Task<JsonNode?> GroupListAsync(CkanCall call)
    {
        var summaries = await call.Service<ThemeActions>().ListAsync(call.Actor, call.Aborted);
        var page = SortAndPage(call, summaries.Select(s => (s.Theme.Name, s.Theme.Title, s.DatasetCount)).ToList());
        var byName = summaries.ToDictionary(s => s.Theme.Name);
        if (!call.Bool("all_fields", false))
        {
            return new JsonArray(page.Select(n => (JsonNode)n).ToArray());
        }
        var counts = call.Bool("include_dataset_count", true);
        return new JsonArray(page.Select(n => (JsonNode)CkanDicts.Group(byName[n].Theme, counts ? byName[n].DatasetCount : null)).ToArray());
    }

    private static async Task<JsonNode?> GroupShowAsync(CkanCall call)
    {
        var theme = await call.Service<ThemeActions>().ShowAsync(call.RequireAny("id", "name"), call.Aborted);
        var (count, packages) = await DatasetsAsync(call, new DatasetFilter(DatasetFields.Groups, [theme.Name]));
        var dict = CkanDicts.Group(theme, count);
        dict["packages"] = packages;
        return dict;
    }

    private static async Task<JsonNode?> GroupCreateAsync(CkanCall call) =>
        CkanDicts.Group(await call.Service<ThemeActions>().CreateAsync(call.Actor, ThemeInputFrom(call.Data), call.Aborted), 0);

    private static async Task<JsonNode?> GroupUpdateAsync(CkanCall call) =>
        CkanDicts.Group(await call.Service<ThemeActions>().UpdateAsync(call.Actor, call.Require("id"), ThemeInputFrom(call.Data), call.Aborted), null);

    private static async Task<JsonNode?> GroupPatchAsync(CkanCall call)
    {
        var actions = call.Service<ThemeActions>();
        var current = CkanDicts.Group(await actions.ShowAsync(call.Require("id"), call.Aborted), null);
        foreach (var (key, value) in call.Data)
        {
            if (key != "id")
            {
                current[key] = value?.DeepClone();
            }
        }
        return CkanDicts.Group(await actions.UpdateAsync(call.Actor, call.Require("id"), ThemeInputFrom(current), call.Aborted), null);
    }

    private static async Task<JsonNode?> GroupDeleteAsync(CkanCall call)
    {
        await call.Service<ThemeActions>().DeleteAsync(call.Actor, call.Require("id"), call.Aborted);
        return null;
    }

    private static Task<JsonNode?> GroupMemberCreateAsync(CkanCall call)
    {
        if (!CatalogAuthorization.CanManageThemes(call.Actor))
        {
            throw new NotAuthorizedException("only system administrators manage themes");
        }
        throw ValidationException.For("username", "Themes have no user members on this portal; use member_create with object_type=package to put a dataset in a theme.");
    }

    private static async Task<JsonNode?> DatasetMemberAsync(CkanCall call, bool member)
    {
        var objectType = call.String("object_type") ?? "package";
        if (objectType != "package")
        {
            throw ValidationException.For("object_type", "Only datasets (object_type=package) can be put in a theme.");
        }
        var theme = call.Require("id");
        var dataset = call.Require("object");
        await call.Service<ThemeActions>().SetDatasetAsync(call.Actor, theme, dataset, member, call.Aborted);
        return member ? new JsonObject { ["group_id"] = theme, ["table_name"] = "package", ["table_id"] = dataset, ["capacity"] = call.String("capacity") ?? "public", ["state"] = "active" } : null;
    }

    private static ThemeInput ThemeInputFrom(JsonObject data)
    {
        string? S(string key) => CkanCall.AsString(data[key]);
        return new ThemeInput { Name = S("name"), Title = S("title"), TitleEnglish = S("title_en"), Description = S("description"), Iri = S("url") };
    }

    /// <summary>CKAN's group_list/organization_list sort ("title asc" default, "name", "package_count desc"), offset and limit.</summary>
    private static List<string> SortAndPage(CkanCall call, List<(string Name, string Title, int Count)> items)
    {
        var sort = (call.String("sort") ?? "title asc").Trim().ToLowerInvariant();
        var parts = sort.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var descending = parts.ElementAtOrDefault(1) == "desc";
        var comparer = StringComparer.Create(new System.Globalization.CultureInfo("vi"), ignoreCase: true);
        IEnumerable<(string Name, string Title, int Count)> ordered = parts.ElementAtOrDefault(0) switch
        {
            "name" => descending ? items.OrderByDescending(i => i.Name, StringComparer.Ordinal) : items.OrderBy(i => i.Name, StringComparer.Ordinal),
            "package_count" => descending ? items.OrderByDescending(i => i.Count).ThenBy(i => i.Name) : items.OrderBy(i => i.Count).ThenBy(i => i.Name),
            "title" => descending ? items.OrderByDescending(i => i.Title, comparer) : items.OrderBy(i => i.Title, comparer),
            _ => throw ValidationException.For("sort", "Allowed fields are name, title and package_count"),
        };
        var offset = call.Int("offset", 0);
        var page = ordered.Skip(offset);
        if (call.OptionalInt("limit") is { } limit)
        {
            page = page.Take(limit);
        }
        return page.Select(i => i.Name).ToList();
    }
}
