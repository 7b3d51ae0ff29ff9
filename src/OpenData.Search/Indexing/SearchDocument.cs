using OpenData.Dcat.Model;

namespace OpenData.Search.Indexing;

/// <summary>A dataset as the search engine sees it. The portal fills it from its catalogue; the index is derived data.</summary>
public sealed record SearchDocument
{
    public required string Id { get; init; }
    /// <summary>URL slug.</summary>
    public required string Name { get; init; }
    public required string Title { get; init; }
    /// <summary>Plain text; the portal strips Markdown before indexing.</summary>
    public string Description { get; init; } = "";
    public IReadOnlyList<string> Tags { get; init; } = [];
    public IReadOnlyList<LabeledValue> Themes { get; init; } = [];
    public LabeledValue? Organization { get; init; }
    public IReadOnlyList<string> Formats { get; init; } = [];
    public LabeledValue? License { get; init; }
    /// <summary>Indexed and faceted as its code (<see cref="AccessLevels.ToCode"/>: open, default-shared, on-request, restricted).</summary>
    public AccessLevel AccessLevel { get; init; } = AccessLevel.Open;
    /// <summary>Administrative units covered (code = value, label = name), e.g. ("79", "Thành phố Hồ Chí Minh").</summary>
    public IReadOnlyList<LabeledValue> Spatial { get; init; } = [];
    /// <summary>Names and descriptions of the dataset's resources (distributions).</summary>
    public IReadOnlyList<string> ResourceTexts { get; init; } = [];
    public DateTimeOffset Created { get; init; }
    public DateTimeOffset Modified { get; init; }
    /// <summary>Page views; used by the popularity sort.</summary>
    public long Popularity { get; init; }
    public bool IsPrivate { get; init; }

    /// <summary>
    /// Whether every viewer finds it, not only its organization's members. The portal sets it from its access rule
    /// (restricted datasets are listed like private ones); when unset, active datasets that are neither private nor
    /// restricted are listed.
    /// </summary>
    public bool? ListedPublicly { get; init; }
    /// <summary>Deleted datasets are removed from the index on upsert. (The domain's default is Draft; a document defaults to Active.)</summary>
    public DatasetState State { get; init; } = DatasetState.Active;
    /// <summary>The organization whose members may see this dataset while it is private or a draft.</summary>
    public string? OwnerOrganizationId { get; init; }
}

/// <summary>A machine value (slug, id, code) with the label people read.</summary>
public sealed record LabeledValue(string Value, string Label);

/// <summary>Whose eyes a search is for. The engine filters on it; callers never post-filter.</summary>
public sealed record ViewerScope
{
    private ViewerScope(bool isSystemAdmin, IReadOnlySet<string> organizationIds)
    {
        IsSystemAdmin = isSystemAdmin;
        OrganizationIds = organizationIds;
    }

    public bool IsSystemAdmin { get; }
    /// <summary>Organizations whose private and draft datasets the viewer may see.</summary>
    public IReadOnlySet<string> OrganizationIds { get; }

    /// <summary>Public, active datasets only.</summary>
    public static ViewerScope Anonymous { get; } = new(false, new HashSet<string>());
    public static ViewerScope SystemAdmin { get; } = new(true, new HashSet<string>());
    public static ViewerScope MemberOf(IEnumerable<string> organizationIds) =>
        new(false, new HashSet<string>(organizationIds, StringComparer.Ordinal));
}
