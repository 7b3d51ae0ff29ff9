using System.Globalization;
using System.Text.RegularExpressions;
using OpenData.Web.Catalog;

namespace OpenData.Web.Api.Ckan;

/// <summary>What a q or fq asks for, in the terms of <see cref="DatasetListQuery"/>.</summary>
public sealed class SearchCriteria
{
    public List<string> Text { get; } = [];
    public List<DatasetFilter> Filters { get; } = [];
    public DateTimeOffset? ModifiedFrom { get; set; }
    public DateTimeOffset? ModifiedTo { get; set; }
    public DateTimeOffset? CreatedFrom { get; set; }
    public DateTimeOffset? CreatedTo { get; set; }

    /// <summary>capacity:public: leave private datasets out.</summary>
    public bool PublicOnly { get; set; }

    /// <summary>state:active: leave drafts out.</summary>
    public bool ActiveOnly { get; set; }

    /// <summary>Adds these criteria to a query (all must hold, as Solr's several fq do).</summary>
    public DatasetListQuery ApplyTo(DatasetListQuery query) => query with
    {
        Text = Text.Count == 0 ? query.Text : string.Join(' ', new[] { query.Text }.Concat(Text).Where(t => !string.IsNullOrWhiteSpace(t))),
        Filters = [.. query.Filters, .. Filters],
        ModifiedFrom = Later(query.ModifiedFrom, ModifiedFrom),
        ModifiedTo = Earlier(query.ModifiedTo, ModifiedTo),
        CreatedFrom = Later(query.CreatedFrom, CreatedFrom),
        CreatedTo = Earlier(query.CreatedTo, CreatedTo),
        IncludePrivate = query.IncludePrivate && !PublicOnly,
        IncludeDrafts = query.IncludeDrafts && !ActiveOnly,
    };

    private static DateTimeOffset? Later(DateTimeOffset? a, DateTimeOffset? b) => a is null ? b : b is null ? a : a > b ? a : b;

    private static DateTimeOffset? Earlier(DateTimeOffset? a, DateTimeOffset? b) => a is null ? b : b is null ? a : a < b ? a : b;
}

/// <summary>
/// Maps a parsed Solr query onto <see cref="SearchCriteria"/>. Supported: conjunctions of field terms, OR between
/// values of one field, negated field terms, date ranges on metadata_modified/metadata_created, free text.
/// Anything else (OR across different fields, negated free text, unknown fields) is a <see cref="SearchQueryException"/>.
/// </summary>
public static partial class SolrQueryTranslator
{
    /// <summary>Solr field names CKAN clients use → our filter fields.</summary>
    private static readonly Dictionary<string, string> FilterFields = new(StringComparer.Ordinal)
    {
        ["organization"] = DatasetFields.Organization,
        ["owner_org"] = OwnerOrg,
        ["groups"] = DatasetFields.Groups,
        ["tags"] = DatasetFields.Tags,
        ["res_format"] = DatasetFields.Format,
        ["license_id"] = DatasetFields.License,
        ["access_level"] = DatasetFields.AccessLevel,
        ["name"] = DatasetFields.Name,
        ["id"] = DatasetFields.Id,
    };

    /// <summary>owner_org holds organization ids; the API turns them into names before searching.</summary>
    public const string OwnerOrg = "owner_org";

    private static readonly HashSet<string> TextFields = new(StringComparer.Ordinal) { "text", "title", "notes", "q" };

    public static SearchCriteria Translate(string query, DateTimeOffset now, SearchCriteria? into = null)
    {
        var criteria = into ?? new SearchCriteria();
        Conjoin(SolrQueryParser.Parse(query), criteria, now);
        return criteria;
    }

    /// <summary>
    /// True when q names one of the fields we search (tags:..., metadata_modified:[...], *:*), so it must be parsed;
    /// otherwise it is words for the Vietnamese search, even with a colon in them ("Quảng Ngãi: dân số").
    /// </summary>
    public static bool LooksStructured(string query) => StructuredHint().IsMatch(query);

    [GeneratedRegex(@"(^|[\s(+\-!])(organization|owner_org|groups|tags|res_format|license_id|access_level|name|id|metadata_modified|metadata_created|text|title|notes|capacity|state|dataset_type|type|site_id|\*):")]
    private static partial Regex StructuredHint();

    private static void Conjoin(BooleanNode node, SearchCriteria criteria, DateTimeOffset now)
    {
        var musts = node.Clauses.Where(c => c.Occur == Occur.Must).Select(c => c.Node).ToList();
        var shoulds = node.Clauses.Where(c => c.Occur == Occur.Should).Select(c => c.Node).ToList();
        // With required clauses present, Lucene's optional (OR-ed) clauses only change the score, not the matches.
        if (musts.Count == 0 && shoulds.Count > 0)
        {
            Disjoin(shoulds, exclude: false, criteria, now);
        }
        foreach (var must in musts)
        {
            Require(must, criteria, now);
        }
        foreach (var prohibited in node.Clauses.Where(c => c.Occur == Occur.MustNot))
        {
            Disjoin([prohibited.Node], exclude: true, criteria, now);
        }
    }

    private static void Require(QueryNode node, SearchCriteria criteria, DateTimeOffset now)
    {
        switch (node)
        {
            case MatchAllNode:
                return;
            case BooleanNode inner:
                Conjoin(inner, criteria, now);
                return;
            case RangeNode range:
                ApplyRange(range.Field, range.From is null ? null : ParseDate(range.From, now), range.To is null ? null : ParseDate(range.To, now),
                    range.IncludeFrom, range.IncludeTo, criteria);
                return;
            case TermNode term:
                Disjoin([term], exclude: false, criteria, now);
                return;
        }
    }

    private static void Disjoin(IReadOnlyList<QueryNode> nodes, bool exclude, SearchCriteria criteria, DateTimeOffset now)
    {
        var terms = new List<TermNode>();
        foreach (var node in nodes)
        {
            Flatten(node, terms, nodes.Count == 1 && !exclude ? criteria : null, now);
        }
        if (terms.Count == 0)
        {
            return;
        }
        var fields = terms.Select(t => t.Field is null || TextFields.Contains(t.Field) ? "" : t.Field).Distinct().ToList();
        if (fields.Count > 1)
        {
            throw new SearchQueryException("OR between different fields is not supported; use one field per OR group");
        }
        var field = fields[0];
        var values = terms.Select(t => t.Value).ToList();
        if (field.Length == 0)
        {
            if (exclude)
            {
                throw new SearchQueryException("excluding words from the free text is not supported");
            }
            criteria.Text.Add(string.Join(' ', values));
            return;
        }
        if (FilterFields.TryGetValue(field, out var filterField))
        {
            criteria.Filters.Add(new DatasetFilter(filterField, values, exclude));
            return;
        }
        switch (field, exclude, values.Count)
        {
            case ("metadata_modified" or "metadata_created", false, 1):
                var at = ParseDate(values[0], now);
                ApplyRange(field, at, at, true, true, criteria);
                return;
            case ("capacity", false, 1) when values[0] == "public":
            case ("capacity", true, 1) when values[0] == "private":
                criteria.PublicOnly = true;
                return;
            case ("state", false, 1) when values[0] == "active":
            case ("state", true, 1) when values[0] == "draft":
                criteria.ActiveOnly = true;
                return;
            case ("state", false, _) when values.Contains("active"):
                return;
            case ("dataset_type" or "type", _, _):
                var isDataset = values.Contains("dataset");
                if (isDataset == exclude)
                {
                    // Every dataset here is of type "dataset": asking for another type (or excluding it) finds nothing.
                    criteria.Filters.Add(new DatasetFilter(DatasetFields.Id, []));
                }
                return;
            case ("site_id", _, _):
                return;
        }
        throw new SearchQueryException($"the field '{field}' cannot be searched this way; supported fields: "
            + string.Join(", ", FilterFields.Keys.Concat(["metadata_modified", "metadata_created", "capacity", "state", "dataset_type", "text"])));
    }

    /// <summary>Collects the terms of an OR group; a lone range or AND group is applied directly when <paramref name="direct"/> is given.</summary>
    private static void Flatten(QueryNode node, List<TermNode> terms, SearchCriteria? direct, DateTimeOffset now)
    {
        switch (node)
        {
            case TermNode term:
                terms.Add(term);
                return;
            case BooleanNode inner when inner.Clauses.All(c => c.Occur == Occur.Should) || inner.Clauses.Count == 1 && inner.Clauses[0].Occur == Occur.Must:
                foreach (var clause in inner.Clauses)
                {
                    Flatten(clause.Node, terms, inner.Clauses.Count == 1 ? direct : null, now);
                }
                return;
            case not null when direct is not null:
                Require(node, direct, now);
                return;
            default:
                throw new SearchQueryException("this combination of AND, OR and NOT is not supported; use one field per OR group");
        }
    }

    private static void ApplyRange(string field, DateTimeOffset? from, DateTimeOffset? to, bool includeFrom, bool includeTo, SearchCriteria criteria)
    {
        if (from is { } f && !includeFrom)
        {
            from = f.AddTicks(1);
        }
        if (to is { } t && !includeTo)
        {
            to = t.AddTicks(-1);
        }
        switch (field)
        {
            case "metadata_modified":
                criteria.ModifiedFrom = Max(criteria.ModifiedFrom, from);
                criteria.ModifiedTo = Min(criteria.ModifiedTo, to);
                return;
            case "metadata_created":
                criteria.CreatedFrom = Max(criteria.CreatedFrom, from);
                criteria.CreatedTo = Min(criteria.CreatedTo, to);
                return;
            default:
                throw new SearchQueryException($"ranges are supported on metadata_modified and metadata_created, not on '{field}'");
        }
    }

    private static DateTimeOffset? Max(DateTimeOffset? a, DateTimeOffset? b) => a is null ? b : b is null ? a : a > b ? a : b;

    private static DateTimeOffset? Min(DateTimeOffset? a, DateTimeOffset? b) => a is null ? b : b is null ? a : a < b ? a : b;

    /// <summary>ISO 8601 dates and Solr date math: NOW, NOW-7DAYS, NOW/DAY, NOW-1YEAR/DAY.</summary>
    public static DateTimeOffset ParseDate(string text, DateTimeOffset now)
    {
        var value = text.Trim().Trim('"');
        var math = DateMath().Match(value);
        if (math.Success)
        {
            var result = now;
            if (math.Groups["sign"].Success)
            {
                var amount = int.Parse(math.Groups["n"].Value, CultureInfo.InvariantCulture) * (math.Groups["sign"].Value == "-" ? -1 : 1);
                result = Add(result, math.Groups["unit"].Value, amount);
            }
            if (math.Groups["round"].Success)
            {
                var u = result.UtcDateTime;
                result = math.Groups["round"].Value switch
                {
                    "YEAR" => new DateTimeOffset(u.Year, 1, 1, 0, 0, 0, TimeSpan.Zero),
                    "MONTH" => new DateTimeOffset(u.Year, u.Month, 1, 0, 0, 0, TimeSpan.Zero),
                    "DAY" => new DateTimeOffset(u.Date, TimeSpan.Zero),
                    _ => new DateTimeOffset(u.Year, u.Month, u.Day, u.Hour, 0, 0, TimeSpan.Zero),
                };
            }
            return result;
        }
        if (value.Length <= 40 && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var date))
        {
            return date;
        }
        throw new SearchQueryException($"'{value}' is not a date (use 2024-01-01T00:00:00Z or NOW-30DAYS)");
    }

    private static DateTimeOffset Add(DateTimeOffset value, string unit, int amount)
    {
        try
        {
            return unit.TrimEnd('S') switch
            {
                "YEAR" => value.AddYears(amount),
                "MONTH" => value.AddMonths(amount),
                "DAY" => value.AddDays(amount),
                "HOUR" => value.AddHours(amount),
                _ => value.AddMinutes(amount),
            };
        }
        catch (ArgumentOutOfRangeException)
        {
            throw new SearchQueryException("the date is out of range");
        }
    }

    [GeneratedRegex(@"^NOW(?:(?<sign>[+-])(?<n>\d{1,6})(?<unit>YEARS?|MONTHS?|DAYS?|HOURS?|MINUTES?))?(?:/(?<round>YEAR|MONTH|DAY|HOUR))?$")]
    private static partial Regex DateMath();
}
