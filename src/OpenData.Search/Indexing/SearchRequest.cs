namespace OpenData.Search.Indexing;

public enum SearchSort
{
    Relevance,
    /// <summary>Newest first (created).</summary>
    Newest,
    /// <summary>Recently updated first (modified).</summary>
    RecentlyUpdated,
    /// <summary>By name (URL slug), A→Z.</summary>
    Name,
    /// <summary>Most viewed first.</summary>
    Popularity,
}

/// <summary>The facet (and filter) fields. Query-box filters use the same names (plus "licence" and "access").</summary>
public static class FacetFields
{
    public const string Organization = "organization";
    public const string Theme = "theme";
    public const string Tag = "tag";
    public const string Format = "format";
    public const string License = "license";
    public const string AccessLevel = "access";
    public const string Spatial = "spatial";

    public static IReadOnlyList<string> All { get; } = [Organization, Theme, Tag, Format, License, AccessLevel, Spatial];

    /// <summary>Maps a field name typed by a user or an API client to its canonical name; null when unknown.</summary>
    public static string? Canonical(string name) => name.Trim().ToLowerInvariant() switch
    {
        "organization" or "organisation" or "org" => Organization,
        "theme" or "group" or "groups" => Theme,
        "tag" or "tags" => Tag,
        "format" or "res_format" => Format,
        "license" or "licence" or "license_id" => License,
        "access" or "access_level" => AccessLevel,
        "spatial" => Spatial,
        _ => null,
    };
}

public sealed record SearchRequest
{
    /// <summary>The search-box text (see <see cref="Querying.SearchQueryParser"/>). Empty lists everything visible.</summary>
    public string? Query { get; init; }
    /// <summary>Facet filters (field → accepted values): values of one field are OR-ed, fields are AND-ed.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Filters { get; init; } = new Dictionary<string, IReadOnlyList<string>>();
    public SearchSort Sort { get; init; } = SearchSort.Relevance;
    public int Offset { get; init; }
    public int Limit { get; init; } = 20;
    /// <summary>Opaque cursor from a previous <see cref="SearchResults.NextCursor"/>; when set, Offset is ignored.</summary>
    public string? Cursor { get; init; }
    /// <summary>Facets to count over the filtered result; empty for none.</summary>
    public IReadOnlyList<string> FacetFields { get; init; } = [];
    public int FacetLimit { get; init; } = 10;
    public ViewerScope Viewer { get; init; } = ViewerScope.Anonymous;
    /// <summary>
    /// Vietnamese function words in the query (của, và, các ...) are optional rather than required
    /// (see <see cref="Analysis.VietnameseStopwords"/>). Exposed for evaluation; keep the default.
    /// </summary>
    public bool OptionalStopwords { get; init; } = true;
    /// <summary>Whether to build highlighted snippets for the hits.</summary>
    public bool Highlight { get; init; } = true;
}

public sealed record SearchResults(
    int Total,
    IReadOnlyList<SearchHit> Hits,
    IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Facets,
    string? DidYouMean,
    string? NextCursor,
    bool UsedFuzzyFallback);

/// <summary>One result. Snippets are safe HTML: everything escaped, hits wrapped in &lt;mark&gt;.</summary>
public sealed record SearchHit(string Id, string Name, string Title, float Score, string TitleSnippet, string DescriptionSnippet);

public sealed record FacetCount(string Value, int Count);

public enum SuggestionKind
{
    Dataset,
    Tag,
    Organization,
}

/// <summary>A completion for the search box. Value is the dataset slug, the tag, or the organization slug.</summary>
public sealed record Suggestion(string Text, SuggestionKind Kind, string Value);

public enum IndexStatus
{
    /// <summary>No index yet; an empty one was created. Rebuild.</summary>
    Missing,
    /// <summary>The index could not be read; an empty one replaced it. Rebuild.</summary>
    Corrupt,
    /// <summary>Built by an older analyzer; still searchable, but rebuild.</summary>
    Stale,
    Ready,
}

public sealed record RebuildProgress(long Count, long? Total);
