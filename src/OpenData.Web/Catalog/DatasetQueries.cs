using Microsoft.EntityFrameworkCore;
using OpenData.Dcat.Model;
using OpenData.Web.Storage;

namespace OpenData.Web.Catalog;

public enum DatasetSort
{
    Relevance,
    Newest,
    RecentlyUpdated,
    Name,
    Popular,
}

/// <summary>A dataset list request, as the list page and CKAN's package_search express it.</summary>
public sealed record DatasetListQuery
{
    public string? Text { get; init; }
    public IReadOnlyList<string> Organizations { get; init; } = [];
    public IReadOnlyList<string> Themes { get; init; } = [];
    public IReadOnlyList<string> Tags { get; init; } = [];
    public IReadOnlyList<string> Formats { get; init; } = [];
    public IReadOnlyList<string> Licenses { get; init; } = [];
    public DatasetSort Sort { get; init; } = DatasetSort.Relevance;
    public int Offset { get; init; }
    public int Limit { get; init; } = 20;

    /// <summary>
    /// Field filters from CKAN's fq/q syntax, all of which must hold: each matches a dataset having any of its
    /// values in the field (or, when <see cref="DatasetFilter.Exclude"/>, none of them).
    /// </summary>
    public IReadOnlyList<DatasetFilter> Filters { get; init; } = [];

    /// <summary>metadata_modified within [From, To], both inclusive, either open.</summary>
    public DateTimeOffset? ModifiedFrom { get; init; }

    public DateTimeOffset? ModifiedTo { get; init; }

    /// <summary>metadata_created within [From, To], both inclusive, either open.</summary>
    public DateTimeOffset? CreatedFrom { get; init; }

    public DateTimeOffset? CreatedTo { get; init; }

    /// <summary>When false, private datasets are left out even where the actor may see them (CKAN include_private=false).</summary>
    public bool IncludePrivate { get; init; } = true;

    /// <summary>When false, drafts are left out even where the actor may see them (CKAN include_drafts=false).</summary>
    public bool IncludeDrafts { get; init; } = true;

    /// <summary>
    /// Deep paging: an opaque position from a previous <see cref="DatasetListResult.NextCursor"/>; the page starts
    /// right after it in the same sort, and <see cref="Offset"/> is ignored. "*" asks for the first page with a cursor.
    /// </summary>
    public string? Cursor { get; init; }

    /// <summary>The most values returned per facet (CKAN facet.limit); a negative number means all of them.</summary>
    public int FacetLimit { get; init; } = 10;
}

/// <summary>The fields <see cref="DatasetFilter"/> can name; the same keys as the facets.</summary>
public static class DatasetFields
{
    public const string Organization = "organization";
    public const string Groups = "groups";
    public const string Tags = "tags";
    public const string Format = "res_format";
    public const string License = "license_id";
    public const string AccessLevel = "access_level";
    public const string Name = "name";
    public const string Id = "id";

    public static IReadOnlyList<string> All { get; } = [Organization, Groups, Tags, Format, License, AccessLevel, Name, Id];
}

/// <summary>A dataset has (or, when excluded, has not) any of <paramref name="AnyOf"/> in <paramref name="Field"/> (one of <see cref="DatasetFields"/>).</summary>
public sealed record DatasetFilter(string Field, IReadOnlyList<string> AnyOf, bool Exclude = false);

public sealed record DatasetSummary(
    Guid Id,
    string Name,
    string Title,
    string Description,
    string OrganizationName,
    string OrganizationTitle,
    IReadOnlyList<string> Formats,
    DatasetState State,
    bool IsPrivate,
    AccessLevel AccessLevel,
    DateTimeOffset Created,
    DateTimeOffset Modified,
    long Views,
    string? TitleSnippetHtml = null,
    string? DescriptionSnippetHtml = null);

public sealed record FacetValue(string Value, string Label, int Count);

/// <summary>A page of datasets; <paramref name="NextCursor"/> is set when the query asked for a cursor and more may follow.</summary>
public sealed record DatasetListResult(
    int Total,
    IReadOnlyList<DatasetSummary> Items,
    IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets,
    string? DidYouMean = null,
    string? NextCursor = null);

/// <summary>Read-side helpers over the store that several actions share.</summary>
public static class DatasetQueries
{
    public static async Task<IReadOnlyList<DatasetSummary>> SummarizeAsync(CatalogDbContext db, IReadOnlyList<DatasetRow> rows, CancellationToken ct)
    {
        var organizationIds = rows.Select(r => r.OrganizationId).Distinct().ToList();
        var organizations = await db.Organizations.AsNoTracking().Where(o => organizationIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, ct);
        return rows.Select(row =>
        {
            var dataset = DatasetDocument.Deserialize(row.Document);
            var organization = organizations[row.OrganizationId];
            return new DatasetSummary(
                dataset.Id, dataset.Name, dataset.Title, dataset.Description, organization.Name, organization.Title,
                dataset.Distributions.Select(d => d.Format).OfType<string>().Distinct().ToList(),
                dataset.State, dataset.IsPrivate, dataset.AccessLevel, dataset.Created, dataset.Modified, row.Views);
        }).ToList();
    }
}
