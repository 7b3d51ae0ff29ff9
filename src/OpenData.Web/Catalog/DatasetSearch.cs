using System.Linq.Expressions;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenData.Web.Storage;

namespace OpenData.Web.Catalog;

/// <summary>Finds datasets for lists and package_search; only ever returns what the actor may see.</summary>
public interface IDatasetSearch
{
    Task<DatasetListResult> SearchAsync(Actor actor, DatasetListQuery query, CancellationToken ct);
}

/// <summary>
/// Search answered by the database: filters, facets, sort and paging in SQL, text as a plain substring
/// match on title and description. Cursors are keysets on the sort key and the (unique) name.
/// </summary>
public sealed class StoreDatasetSearch(CatalogDbContext db, IStringLocalizer<SharedResource> l) : IDatasetSearch
{
    public const int FacetLimit = 10;

    public async Task<DatasetListResult> SearchAsync(Actor actor, DatasetListQuery query, CancellationToken ct)
    {
        var rows = Filter(db.Datasets.AsNoTracking().VisibleTo(actor), query);
        var total = await rows.CountAsync(ct);
        var ordered = query.Sort switch
        {
            DatasetSort.Newest => rows.OrderByDescending(d => d.Created).ThenBy(d => d.Name),
            DatasetSort.Name => rows.OrderBy(d => d.Name),
            DatasetSort.Popular => rows.OrderByDescending(d => d.Views).ThenBy(d => d.Name),
            _ => rows.OrderByDescending(d => d.Modified).ThenBy(d => d.Name),
        };
        var limit = Math.Clamp(query.Limit, 0, 1000);
        List<DatasetRow> page;
        string? nextCursor = null;
        if (!string.IsNullOrWhiteSpace(query.Cursor))
        {
            var after = query.Cursor.Trim() == "*" ? null : KeysetCursor.Decode(query.Cursor, query.Sort)
                ?? throw ValidationException.For("cursor", l["Validation.Cursor"]);
            page = await After(ordered, query.Sort, after).Take(limit).ToListAsync(ct);
            nextCursor = page.Count == limit && limit > 0 ? KeysetCursor.Encode(query.Sort, page[^1]) : null;
        }
        else
        {
            page = await ordered.Skip(Math.Max(0, query.Offset)).Take(limit).ToListAsync(ct);
        }
        var items = await DatasetQueries.SummarizeAsync(db, page, ct);
        var ids = rows.Select(d => d.Id);
        var facetLimit = query.FacetLimit < 0 ? int.MaxValue : query.FacetLimit;

        var organizationCounts = await rows.GroupBy(d => d.OrganizationId).Select(g => new { g.Key, Count = g.Count() })
            .OrderByDescending(g => g.Count).Take(facetLimit).ToListAsync(ct);
        var organizationIds = organizationCounts.Select(o => o.Key).ToList();
        var organizations = await db.Organizations.AsNoTracking().Where(o => organizationIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, ct);
        var themeCounts = await db.DatasetThemes.Where(t => ids.Contains(t.DatasetId)).GroupBy(t => t.Theme)
            .Select(g => new { g.Key, Count = g.Count() }).OrderByDescending(g => g.Count).Take(facetLimit).ToListAsync(ct);
        var themeNames = themeCounts.Select(t => t.Key).ToList();
        var themes = await db.Themes.AsNoTracking().Where(t => themeNames.Contains(t.Name)).ToDictionaryAsync(t => t.Name, ct);
        var tagCounts = await db.DatasetTags.Where(t => ids.Contains(t.DatasetId)).GroupBy(t => t.Tag)
            .Select(g => new { g.Key, Count = g.Count() }).OrderByDescending(g => g.Count).ThenBy(g => g.Key).Take(facetLimit).ToListAsync(ct);
        var formatCounts = await db.Distributions.Where(r => r.Format != null && ids.Contains(r.DatasetId))
            .Select(r => new { r.DatasetId, r.Format }).Distinct().GroupBy(r => r.Format!)
            .Select(g => new { g.Key, Count = g.Count() }).OrderByDescending(g => g.Count).Take(facetLimit).ToListAsync(ct);
        var licenseCounts = await rows.Where(d => d.LicenseId != null).GroupBy(d => d.LicenseId!)
            .Select(g => new { g.Key, Count = g.Count() }).OrderByDescending(g => g.Count).Take(facetLimit).ToListAsync(ct);

        var accessCounts = await rows.GroupBy(d => d.AccessLevel)
            .Select(g => new { g.Key, Count = g.Count() }).OrderByDescending(g => g.Count).Take(facetLimit).ToListAsync(ct);

        var facets = new Dictionary<string, IReadOnlyList<FacetValue>>
        {
            ["organization"] = organizationCounts.Select(o => new FacetValue(organizations[o.Key].Name, organizations[o.Key].Title, o.Count)).ToList(),
            ["groups"] = themeCounts.Select(t => new FacetValue(t.Key, themes.TryGetValue(t.Key, out var theme) ? theme.Title : t.Key, t.Count)).ToList(),
            ["tags"] = tagCounts.Select(t => new FacetValue(t.Key, t.Key, t.Count)).ToList(),
            ["res_format"] = formatCounts.Select(f => new FacetValue(f.Key, f.Key, f.Count)).ToList(),
            ["license_id"] = licenseCounts.Select(f => new FacetValue(f.Key, Dcat.Model.License.Find(f.Key)?.Title ?? f.Key, f.Count)).ToList(),
            ["access_level"] = accessCounts.Select(f => new FacetValue(f.Key, f.Key, f.Count)).ToList(),
        };
        return new DatasetListResult(total, items, facets, NextCursor: nextCursor);
    }

    /// <summary>The rows after the cursor's position, in the same order: sort key first, then the unique name.</summary>
    private static IQueryable<DatasetRow> After(IQueryable<DatasetRow> ordered, DatasetSort sort, KeysetCursor? after)
    {
        if (after is null)
        {
            return ordered;
        }
        var name = after.Name;
        switch (sort)
        {
            case DatasetSort.Name:
                return ordered.Where(d => string.Compare(d.Name, name) > 0);
            case DatasetSort.Popular:
                var views = after.Number;
                return ordered.Where(d => d.Views < views || (d.Views == views && string.Compare(d.Name, name) > 0));
            case DatasetSort.Newest:
                var created = new DateTimeOffset(after.Number, TimeSpan.Zero);
                return ordered.Where(d => d.Created < created || (d.Created == created && string.Compare(d.Name, name) > 0));
            default:
                var modified = new DateTimeOffset(after.Number, TimeSpan.Zero);
                return ordered.Where(d => d.Modified < modified || (d.Modified == modified && string.Compare(d.Name, name) > 0));
        }
    }

    private IQueryable<DatasetRow> Filter(IQueryable<DatasetRow> rows, DatasetListQuery query)
    {
        if (!string.IsNullOrWhiteSpace(query.Text))
        {
            var text = query.Text.Trim().ToLower();
            rows = rows.Where(d => d.Title.ToLower().Contains(text) || d.Document.ToLower().Contains(text));
        }
        foreach (var organization in query.Organizations)
        {
            rows = rows.Where(d => db.Organizations.Any(o => o.Id == d.OrganizationId && o.Name == organization));
        }
        foreach (var theme in query.Themes)
        {
            rows = rows.Where(d => d.Themes.Any(t => t.Theme == theme));
        }
        foreach (var tag in query.Tags)
        {
            rows = rows.Where(d => d.Tags.Any(t => t.Tag == tag));
        }
        foreach (var format in query.Formats)
        {
            var upper = format.ToUpper();
            rows = rows.Where(d => d.Distributions.Any(r => r.Format != null && r.Format.ToUpper() == upper));
        }
        foreach (var license in query.Licenses)
        {
            rows = rows.Where(d => d.LicenseId == license);
        }
        foreach (var filter in query.Filters)
        {
            var match = Match(filter);
            rows = rows.Where(filter.Exclude ? Expression.Lambda<Func<DatasetRow, bool>>(Expression.Not(match.Body), match.Parameters) : match);
        }
        if (query.ModifiedFrom is { } modifiedFrom)
        {
            rows = rows.Where(d => d.Modified >= modifiedFrom);
        }
        if (query.ModifiedTo is { } modifiedTo)
        {
            rows = rows.Where(d => d.Modified <= modifiedTo);
        }
        if (query.CreatedFrom is { } createdFrom)
        {
            rows = rows.Where(d => d.Created >= createdFrom);
        }
        if (query.CreatedTo is { } createdTo)
        {
            rows = rows.Where(d => d.Created <= createdTo);
        }
        if (!query.IncludePrivate)
        {
            rows = rows.Where(d => !d.IsPrivate);
        }
        if (!query.IncludeDrafts)
        {
            var draft = nameof(Dcat.Model.DatasetState.Draft);
            rows = rows.Where(d => d.State != draft);
        }
        return rows;
    }

    private Expression<Func<DatasetRow, bool>> Match(DatasetFilter filter)
    {
        var values = filter.AnyOf.ToList();
        switch (filter.Field)
        {
            case DatasetFields.Organization:
                return d => db.Organizations.Any(o => o.Id == d.OrganizationId && values.Contains(o.Name));
            case DatasetFields.Groups:
                return d => d.Themes.Any(t => values.Contains(t.Theme));
            case DatasetFields.Tags:
                return d => d.Tags.Any(t => values.Contains(t.Tag));
            case DatasetFields.Format:
                var formats = values.Select(v => v.ToUpperInvariant()).ToList();
                return d => d.Distributions.Any(r => r.Format != null && formats.Contains(r.Format.ToUpper()));
            case DatasetFields.License:
                return d => d.LicenseId != null && values.Contains(d.LicenseId);
            case DatasetFields.AccessLevel:
                return d => values.Contains(d.AccessLevel);
            case DatasetFields.Name:
                return d => values.Contains(d.Name);
            case DatasetFields.Id:
                var ids = values.Select(v => Guid.TryParse(v, out var id) ? id : Guid.Empty).ToList();
                return d => ids.Contains(d.Id);
            default:
                throw ValidationException.For("fq", l["Validation.UnknownField", filter.Field]);
        }
    }
}

/// <summary>A position in a sorted dataset list: the last row's sort key (ticks or views) and its name, as an opaque string.</summary>
internal sealed record KeysetCursor(long Number, string Name)
{
    private sealed record Payload(string S, long K, string N);

    public static string Encode(DatasetSort sort, DatasetRow last)
    {
        var number = sort switch
        {
            DatasetSort.Name => 0,
            DatasetSort.Popular => last.Views,
            DatasetSort.Newest => last.Created.UtcTicks,
            _ => last.Modified.UtcTicks,
        };
        var json = JsonSerializer.SerializeToUtf8Bytes(new Payload(sort.ToString(), number, last.Name));
        return Convert.ToBase64String(json).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    /// <summary>The position, or null when the text is not a cursor made for this sort.</summary>
    public static KeysetCursor? Decode(string text, DatasetSort sort)
    {
        try
        {
            var base64 = text.Trim().Replace('-', '+').Replace('_', '/');
            base64 = base64.PadRight(base64.Length + (4 - base64.Length % 4) % 4, '=');
            var payload = JsonSerializer.Deserialize<Payload>(Convert.FromBase64String(base64));
            return payload is not null && payload.S == sort.ToString() && payload.N is not null ? new KeysetCursor(payload.K, payload.N) : null;
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            return null;
        }
    }
}
