using OpenData.Dcat.Model;

namespace OpenData.Web.Catalog;

/// <summary>
/// Every permission rule of the catalogue, in one place (CKAN's auth functions). Actions call these before
/// they read or write; pages and APIs only ask them to decide what to show.
/// </summary>
public static class CatalogAuthorization
{
    /// <summary>Public active datasets are for everyone; private and draft ones for their organization's members.</summary>
    public static bool CanRead(Actor actor, Guid organizationId, bool isPrivate, DatasetState state)
    {
        if (actor.IsSysAdmin)
        {
            return true;
        }
        return state switch
        {
            DatasetState.Active when !isPrivate => true,
            DatasetState.Active or DatasetState.Draft => actor.RoleIn(organizationId) is not null,
            _ => false,
        };
    }

    /// <summary>Editors and admins of the organization create, edit and delete its datasets and resources.</summary>
    public static bool CanEditDatasets(Actor actor, Guid organizationId) =>
        actor.IsSysAdmin || actor.RoleIn(organizationId) is OrganizationRole.Editor or OrganizationRole.Admin;

    /// <summary>Deleted datasets: only a system admin sees, restores or purges them.</summary>
    public static bool CanManageTrash(Actor actor) => actor.IsSysAdmin;

    public static bool CanManageMembers(Actor actor, Guid organizationId) =>
        actor.IsSysAdmin || actor.RoleIn(organizationId) is OrganizationRole.Admin;

    public static bool CanEditOrganization(Actor actor, Guid organizationId) => CanManageMembers(actor, organizationId);

    public static bool CanCreateOrganization(Actor actor) => actor.IsSysAdmin;

    public static bool CanManageThemes(Actor actor) => actor.IsSysAdmin;

    /// <summary>Error reports are read and answered by the organization's editors and admins.</summary>
    public static bool CanHandleErrorReports(Actor actor, Guid organizationId) => CanEditDatasets(actor, organizationId);

    public static IEnumerable<Guid> EditableOrganizations(Actor actor) =>
        actor.Memberships.Where(m => m.Value is OrganizationRole.Editor or OrganizationRole.Admin).Select(m => m.Key);
}
