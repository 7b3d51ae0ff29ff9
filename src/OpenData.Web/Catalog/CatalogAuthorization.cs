using OpenData.Dcat.Model;
using OpenData.Search.Indexing;
using OpenData.Web.Storage;

namespace OpenData.Web.Catalog;

/// <summary>What the access rule needs to know about a dataset.</summary>
public sealed record DatasetAccess(Guid DatasetId, Guid OrganizationId, bool IsPrivate, DatasetState State, AccessLevel Level)
{
    public static DatasetAccess Of(Dataset dataset, Guid organizationId) =>
        new(dataset.Id, organizationId, dataset.IsPrivate, dataset.State, dataset.AccessLevel);
}

/// <summary>
/// Every permission rule of the catalogue, in one place (CKAN's auth functions). Actions call these before
/// they read or write; pages and APIs only ask them to decide what to show.
/// </summary>
/// <remarks>
/// The three ways data leaves an agency (Decree 47/2020/NĐ-CP, MISSION §2) decide who reads what:
/// <list type="table">
/// <item><term>open</term><description>metadata and data for everyone, without an account.</description></item>
/// <item><term>default-shared, on-request</term><description>metadata for everyone (so agencies and citizens know
/// the data exists and whom to ask); files, data store and previews only for the owning organization's members,
/// system admins and consumers with an active LGSP connection for the dataset.</description></item>
/// <item><term>restricted</term><description>like private: only the owning organization's members and system
/// admins know it exists.</description></item>
/// </list>
/// Private and draft datasets are for their organization's members whatever their level; deleted ones for system
/// admins. <see cref="CanRead"/>, <see cref="VisibleTo"/> (the same rule as a query) and
/// <see cref="SearchViewer"/> with <see cref="IsListedPublicly"/> (the same rule in the search index) must agree;
/// a test checks every combination.
/// </remarks>
public static class CatalogAuthorization
{
    /// <summary>Whether the actor may know the dataset exists and read its metadata.</summary>
    public static bool CanRead(Actor actor, DatasetAccess dataset)
    {
        if (actor.IsSysAdmin)
        {
            return true;
        }
        return dataset.State switch
        {
            DatasetState.Active when !dataset.IsPrivate && dataset.Level != AccessLevel.Restricted => true,
            DatasetState.Active or DatasetState.Draft => actor.RoleIn(dataset.OrganizationId) is not null,
            _ => false,
        };
    }

    /// <summary>
    /// Whether the actor may read the dataset's data: download its files, follow its links, query its data-store
    /// tables, see previews and charts. Open data is for everyone who may read the metadata; shared data only for
    /// the providing organization, system admins and connected consumers (Decree 47 Art. 15-18 as amended by
    /// Decree 278/2025); restricted data never leaves the organization.
    /// </summary>
    public static bool CanReadData(Actor actor, DatasetAccess dataset)
    {
        if (!CanRead(actor, dataset))
        {
            return false;
        }
        if (actor.IsSysAdmin || actor.RoleIn(dataset.OrganizationId) is not null)
        {
            return true;
        }
        return dataset.Level switch
        {
            AccessLevel.Open => true,
            AccessLevel.DefaultSharing or AccessLevel.OnRequest => actor.ConnectedDatasets.Contains(dataset.DatasetId),
            _ => false,
        };
    }

    /// <summary>Whether anonymous visitors find the dataset in lists, counts, facets, suggestions and exports.</summary>
    public static bool IsListedPublicly(DatasetAccess dataset) => CanRead(Actor.Anonymous, dataset);

    /// <summary>
    /// Rows the actor may see in lists: what <see cref="CanRead"/> allows, as a query, without deleted datasets
    /// (those are only in the system admin's trash).
    /// </summary>
    public static IQueryable<DatasetRow> VisibleTo(this IQueryable<DatasetRow> rows, Actor actor)
    {
        var active = nameof(DatasetState.Active);
        var draft = nameof(DatasetState.Draft);
        if (actor.IsSysAdmin)
        {
            return rows.Where(d => d.State == active || d.State == draft);
        }
        var restricted = AccessLevel.Restricted.ToCode();
        var organizations = actor.Memberships.Keys.ToList();
        return rows.Where(d => (d.State == active && !d.IsPrivate && d.AccessLevel != restricted)
            || ((d.State == active || d.State == draft) && organizations.Contains(d.OrganizationId)));
    }

    /// <summary>
    /// Rows of the open catalogue that machines harvest (DCAT, the sitemap, the national portal): open data only,
    /// as anonymous readers see it. Shared datasets are listed on pages but never offered as open data.
    /// </summary>
    public static IQueryable<DatasetRow> OpenData(this IQueryable<DatasetRow> rows)
    {
        var open = AccessLevel.Open.ToCode();
        return rows.VisibleTo(Actor.Anonymous).Where(d => d.AccessLevel == open);
    }

    /// <summary>
    /// The search engine's view of the actor: datasets <see cref="IsListedPublicly"/> for everyone, plus every
    /// dataset of the organizations the actor belongs to, or everything for a system admin.
    /// </summary>
    public static ViewerScope SearchViewer(Actor actor) =>
        actor.IsSysAdmin ? ViewerScope.SystemAdmin
        : actor.Memberships.Count > 0 ? ViewerScope.MemberOf(actor.Memberships.Keys.Select(k => k.ToString()))
        : ViewerScope.Anonymous;

    /// <summary>Editors and admins of the organization create, edit and delete its datasets and resources.</summary>
    public static bool CanEditDatasets(Actor actor, Guid organizationId) =>
        actor.IsSysAdmin || actor.RoleIn(organizationId) is OrganizationRole.Editor or OrganizationRole.Admin;

    /// <summary>
    /// Moving a dataset hands it to another organization: the actor must edit datasets in both, as CKAN's
    /// package_update checks the right to update the dataset and the right to create one in the new owner_org.
    /// </summary>
    public static bool CanMoveDataset(Actor actor, Guid fromOrganizationId, Guid toOrganizationId) =>
        CanEditDatasets(actor, fromOrganizationId) && CanEditDatasets(actor, toOrganizationId);

    /// <summary>Whether the actor may create datasets in at least one organization (system admins: in every one).</summary>
    public static bool CanPublishAnywhere(Actor actor) => actor.IsSysAdmin || EditableOrganizations(actor).Any();

    /// <summary>Deleted datasets: only a system admin sees, restores or purges them.</summary>
    public static bool CanManageTrash(Actor actor) => actor.IsSysAdmin;

    public static bool CanManageMembers(Actor actor, Guid organizationId) =>
        actor.IsSysAdmin || actor.RoleIn(organizationId) is OrganizationRole.Admin;

    public static bool CanEditOrganization(Actor actor, Guid organizationId) => CanManageMembers(actor, organizationId);

    public static bool CanCreateOrganization(Actor actor) => actor.IsSysAdmin;

    public static bool CanManageThemes(Actor actor) => actor.IsSysAdmin;

    /// <summary>Error reports are read and answered by the organization's editors and admins.</summary>
    public static bool CanHandleErrorReports(Actor actor, Guid organizationId) => CanEditDatasets(actor, organizationId);

    /// <summary>A user manages their own account (password, API tokens); system admins manage everyone's.</summary>
    public static bool CanManageAccount(Actor actor, Guid userId) => actor.IsSysAdmin || actor.UserId == userId;

    /// <summary>Creating and deactivating accounts is for system admins.</summary>
    public static bool CanManageUsers(Actor actor) => actor.IsSysAdmin;

    public static IEnumerable<Guid> EditableOrganizations(Actor actor) =>
        actor.Memberships.Where(m => m.Value is OrganizationRole.Editor or OrganizationRole.Admin).Select(m => m.Key);
}
