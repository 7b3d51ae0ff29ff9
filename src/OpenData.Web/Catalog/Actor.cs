namespace OpenData.Web.Catalog;

/// <summary>A user's role in one organization (CKAN's capacities).</summary>
public enum OrganizationRole
{
    Member,
    Editor,
    Admin,
}

/// <summary>Who is calling an action: anonymous, a signed-in user (by cookie or API token), or the system (CLI, demo loader).</summary>
public sealed record Actor(Guid? UserId, string Name, bool IsSysAdmin, IReadOnlyDictionary<Guid, OrganizationRole> Memberships)
{
    private static readonly IReadOnlySet<Guid> NoDatasets = new HashSet<Guid>();

    public static Actor Anonymous { get; } = new(null, "anonymous", false, new Dictionary<Guid, OrganizationRole>());

    /// <summary>The portal itself, acting for an operator at the command line or on first start.</summary>
    public static Actor System { get; } = new(null, "system", true, new Dictionary<Guid, OrganizationRole>());

    /// <summary>
    /// Non-open datasets whose data this actor's organizations receive through an active LGSP connection
    /// (kết nối chia sẻ dữ liệu): the consumer side of default and on-request sharing. Filled when the actor is
    /// loaded; <see cref="CatalogAuthorization.CanReadData"/> reads it.
    /// </summary>
    public IReadOnlySet<Guid> ConnectedDatasets { get; init; } = NoDatasets;

    public bool IsAuthenticated => UserId is not null || ReferenceEquals(this, System);

    public OrganizationRole? RoleIn(Guid organizationId) =>
        Memberships.TryGetValue(organizationId, out var role) ? role : null;
}
