using System.Text.Json.Nodes;
using OpenData.Dcat.Model;
using OpenData.Web.Catalog;
using OpenData.Web.Ckan;

namespace OpenData.Web.Api.Ckan;

/// <summary>CKAN's dicts for organizations, groups, licences and users; package dicts come from <see cref="PackageDicts"/>.</summary>
public static class CkanDicts
{
    public static async Task<List<JsonObject>> PackagesAsync(CkanCall call, IReadOnlyList<DatasetView> views)
    {
        if (views.Count == 0)
        {
            return [];
        }
        var themes = (await call.Service<ThemeActions>().AllAsync(call.Aborted)).ToDictionary(t => t.Name);
        return views.Select(v => PackageDicts.ToPackageDict(v, themes, call.BaseUrl)).ToList();
    }

    public static JsonObject Organization(Organization o, int? packageCount) => new()
    {
        ["id"] = o.Id.ToString(),
        ["name"] = o.Name,
        ["title"] = o.Title,
        ["display_name"] = o.Title,
        ["description"] = o.Description,
        ["image_url"] = o.ImageUrl ?? "",
        ["image_display_url"] = o.ImageUrl ?? "",
        ["created"] = PackageDicts.CkanDate(o.Created),
        ["is_organization"] = true,
        ["type"] = "organization",
        ["state"] = o.IsDeleted ? "deleted" : "active",
        ["approval_status"] = "approved",
        ["num_followers"] = 0,
        ["package_count"] = packageCount,
        ["email"] = o.Email,
        ["phone"] = o.Phone,
        ["address"] = o.Address,
        ["website"] = o.Website,
        ["parent_id"] = o.ParentId?.ToString(),
    };

    public static JsonObject Group(Theme t, int? packageCount) => new()
    {
        ["id"] = t.Name,
        ["name"] = t.Name,
        ["title"] = t.Title,
        ["display_name"] = t.Title,
        ["title_en"] = t.TitleEnglish,
        ["description"] = t.Description ?? "",
        ["url"] = t.Iri,
        ["image_url"] = "",
        ["image_display_url"] = "",
        ["is_organization"] = false,
        ["type"] = "group",
        ["state"] = "active",
        ["approval_status"] = "approved",
        ["num_followers"] = 0,
        ["package_count"] = packageCount,
    };

    public static JsonObject License(License l) => new()
    {
        ["id"] = l.Id,
        ["title"] = l.Title,
        ["url"] = l.Url ?? "",
        ["status"] = "active",
        ["maintainer"] = "",
        ["family"] = "",
        ["domain_content"] = l.IsOpen,
        ["domain_data"] = l.IsOpen,
        ["domain_software"] = false,
        ["is_generic"] = l.Url is null,
        ["od_conformance"] = l.IsOpen ? "approved" : "not reviewed",
        ["osd_conformance"] = "not reviewed",
        ["is_okd_compliant"] = l.IsOpen,
        ["is_osi_compliant"] = false,
    };
}
