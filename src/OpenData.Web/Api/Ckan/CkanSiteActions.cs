using System.Reflection;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using OpenData.Web.Accounts;
using OpenData.Web.Catalog;
using OpenData.Web.Ckan;
using OpenData.Web.Hosting;

namespace OpenData.Web.Api.Ckan;

/// <summary>status_show, site_read, help_show, license_list, tag_list, user_show and the API token actions.</summary>
public static class CkanSiteActions
{
    /// <summary>The CKAN version whose Action API this one follows; clients check it to pick their code paths.</summary>
    public const string CkanVersion = "2.10.0";

    public static IEnumerable<CkanAction> All() =>
    [
        new("status_show", true, "Return a dictionary with information about the site's configuration: ckan_version (the CKAN API version followed), opendata_version, site_title, site_url, site_description, locale_default, extensions.", StatusAsync),
        new("site_read", true, "Return true: the caller may read the site (open data needs no account).", _ => Task.FromResult<JsonNode?>(true)),
        new("help_show", true, "Return the help string for a particular API action.\n\n:param name: action function name (e.g. package_search)", HelpAsync),
        new("license_list", true, "Return the list of licenses available for datasets on the site.", _ => Task.FromResult<JsonNode?>(new JsonArray(global::OpenData.Dcat.Model.License.Defaults.Select(l => (JsonNode)CkanDicts.License(l)).ToArray()))),
        new("tag_list", true, "Return a list of the site's tags used by public datasets.\n\n:param query: a tag name query to search for (substring)\n:param all_fields: return dicts instead of names (default false)", TagListAsync),
        new("user_show", true, "Return a user account: your own, or any for a system administrator.\n\n:param id: the id or name of the user (default: yourself)", UserShowAsync),
        new("api_token_create", false, "Create an API token for a user (yourself, or anyone for a system administrator).\n\n:param user: the user name\n:param name: a name for the token\n:returns: {\"token\": ...}; the token is shown only this once", TokenCreateAsync),
        new("api_token_revoke", false, "Revoke an API token.\n\n:param token: the token\n:param jti: or the token's id", TokenRevokeAsync),
    ];

    private static Task<JsonNode?> StatusAsync(CkanCall call)
    {
        var options = call.Service<IOptions<PortalOptions>>().Value;
        var version = typeof(CkanSiteActions).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        return Task.FromResult<JsonNode?>(new JsonObject
        {
            ["ckan_version"] = CkanVersion,
            ["opendata_version"] = version.Split('+')[0],
            ["site_title"] = options.SiteTitle,
            ["site_url"] = call.BaseUrl,
            ["site_description"] = "",
            ["error_emails_to"] = null,
            ["locale_default"] = "vi",
            ["extensions"] = new JsonArray("opendata", "dcat", "vietnamese_search", "csv_export"),
        });
    }

    private static Task<JsonNode?> HelpAsync(CkanCall call)
    {
        var name = call.Require("name");
        return CkanApi.Actions.TryGetValue(name, out var action)
            ? Task.FromResult<JsonNode?>(action.Help)
            : throw new NotFoundException("Action function not found");
    }

    private static async Task<JsonNode?> TagListAsync(CkanCall call)
    {
        var text = call.String("query");
        var result = await call.Service<IDatasetSearch>().SearchAsync(call.Actor,
            new DatasetListQuery { Limit = 0, FacetLimit = -1, IncludePrivate = false, IncludeDrafts = false }, call.Aborted);
        var tags = (result.Facets.GetValueOrDefault("tags") ?? [])
            .Select(t => t.Value)
            .Where(t => text is null || t.Contains(text, StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToList();
        return call.Bool("all_fields", false)
            ? new JsonArray(tags.Select(t => (JsonNode)new JsonObject { ["id"] = t, ["name"] = t, ["display_name"] = t, ["vocabulary_id"] = null }).ToArray())
            : new JsonArray(tags.Select(t => (JsonNode)t).ToArray());
    }

    private static async Task<JsonNode?> UserShowAsync(CkanCall call)
    {
        var id = call.String("id") ?? call.String("user_obj") ?? (call.Actor.IsAuthenticated ? call.Actor.Name : null)
            ?? throw ValidationException.For("id", "Missing value");
        var user = await call.Service<AccountActions>().ShowUserAsync(call.Actor, id, call.Aborted);
        return new JsonObject
        {
            ["id"] = user.Id.ToString(),
            ["name"] = user.UserName,
            ["fullname"] = user.DisplayName,
            ["display_name"] = user.DisplayName,
            ["email"] = user.Email,
            ["sysadmin"] = user.IsSysAdmin,
            ["state"] = "active",
            ["created"] = PackageDicts.CkanDate(user.Created),
        };
    }

    private static async Task<JsonNode?> TokenCreateAsync(CkanCall call)
    {
        var created = await call.Service<AccountActions>().CreateTokenAsync(call.Actor, call.Require("user"), call.Require("name"), call.Aborted);
        return new JsonObject { ["token"] = created.Token };
    }

    private static async Task<JsonNode?> TokenRevokeAsync(CkanCall call)
    {
        var accounts = call.Service<AccountActions>();
        if (call.String("token") is { } token)
        {
            await accounts.RevokeTokenBySecretAsync(call.Actor, token, call.Aborted);
        }
        else
        {
            var jti = call.String("jti") ?? throw ValidationException.For("token", "Missing value");
            await accounts.RevokeTokenAsync(call.Actor, Guid.TryParse(jti, out var id) ? id : throw new NotFoundException("Token not found"), call.Aborted);
        }
        return null;
    }
}
