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
}

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

public sealed record DatasetListResult(int Total, IReadOnlyList<DatasetSummary> Items, IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets, string? DidYouMean = null);

/// <summary>Read-side helpers over the store that several actions share.</summary>
public static class DatasetQueries
{
    /// <summary>Rows the actor may see in lists: active public ones, plus private and draft ones of their organizations.</summary>
    public static IQueryable<DatasetRow> VisibleTo(this IQueryable<DatasetRow> rows, Actor actor)
    {
        var active = nameof(DatasetState.Active);
        var draft = nameof(DatasetState.Draft);
        if (actor.IsSysAdmin)
        {
            return rows.Where(d => d.State == active || d.State == draft);
        }
        var organizations = actor.Memberships.Keys.ToList();
        return rows.Where(d => (d.State == active && !d.IsPrivate)
            || ((d.State == active || d.State == draft) && organizations.Contains(d.OrganizationId)));
    }

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
