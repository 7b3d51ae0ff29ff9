using OpenData.Dcat.Model;
using OpenData.Search.Indexing;

namespace OpenData.Search.Tests.Searching;

/// <summary>Four datasets covering every combination the API filters tell apart.</summary>
public sealed class FilterCatalogFixture : IDisposable
{
    public CatalogIndex Index { get; } = CatalogIndex.OpenInMemory();

    public FilterCatalogFixture()
    {
        var health = new LabeledValue("so-y-te", "Sở Y tế");
        var statistics = new LabeledValue("cuc-thong-ke", "Cục Thống kê");
        SearchDocument Dataset(string id, LabeledValue org, string[] tags, AccessLevel access, bool isPrivate, DatasetState state, int month) => new()
        {
            Id = id,
            Name = "bo-" + id,
            Title = "Dữ liệu " + id,
            Tags = tags,
            Organization = org,
            OwnerOrganizationId = "org-" + org.Value,
            AccessLevel = access,
            IsPrivate = isPrivate,
            State = state,
            Created = new DateTimeOffset(2024, month, 1, 0, 0, 0, TimeSpan.Zero),
            Modified = new DateTimeOffset(2024, month + 5, 1, 0, 0, 0, TimeSpan.Zero),
        };
        var generation = 0L;
        foreach (var doc in new[]
        {
            Dataset("a", health, ["x", "y"], AccessLevel.Open, isPrivate: false, DatasetState.Active, month: 1),
            Dataset("b", health, ["x"], AccessLevel.OnRequest, isPrivate: true, DatasetState.Active, month: 2),
            Dataset("c", statistics, ["y"], AccessLevel.Open, isPrivate: false, DatasetState.Draft, month: 3),
            Dataset("d", statistics, [], AccessLevel.Restricted, isPrivate: true, DatasetState.Draft, month: 4),
        })
        {
            generation = Index.Upsert(doc);
        }
        Index.WaitUntilSearchable(generation);
    }

    public void Dispose() => Index.Dispose();
}

public sealed class RequestFilterTests(FilterCatalogFixture catalog) : IClassFixture<FilterCatalogFixture>
{
    private static DateTimeOffset Day(int month, int day = 1) => new(2024, month, day, 0, 0, 0, TimeSpan.Zero);

    private static SearchFilter Has(string field, params string[] values) => new(field, values);

    private static SearchFilter HasNone(string field, params string[] values) => new(field, values, Exclude: true);

    /// <summary>A system administrator sees every dataset, so only the filters under test narrow the result.</summary>
    private static readonly SearchRequest Admin = new() { Viewer = ViewerScope.SystemAdmin, Limit = 100 };

    private static readonly Dictionary<string, (SearchRequest Request, string[] Expected)> Cases = new()
    {
        ["one tag"] = (Admin with { FieldFilters = [Has("tags", "x")] }, ["a", "b"]),
        ["tags compare case-insensitively"] = (Admin with { FieldFilters = [Has("tags", "X")] }, ["a", "b"]),
        ["either of two tags"] = (Admin with { FieldFilters = [Has("tags", "x", "y")] }, ["a", "b", "c"]),
        ["two filters on tags must both hold"] = (Admin with { FieldFilters = [Has("tags", "x"), Has("tags", "y")] }, ["a"]),
        ["excluded tag"] = (Admin with { FieldFilters = [HasNone("tags", "x")] }, ["c", "d"]),
        ["excluded values: none of them"] = (Admin with { FieldFilters = [HasNone("tags", "x", "y")] }, ["d"]),
        ["excluded organization with a tag"] = (Admin with { FieldFilters = [Has("tags", "y"), HasNone("organization", "so-y-te")] }, ["c"]),
        ["name is exact"] = (Admin with { FieldFilters = [Has("name", "bo-c")] }, ["c"]),
        ["name does not match a prefix"] = (Admin with { FieldFilters = [Has("name", "bo")] }, []),
        ["id"] = (Admin with { FieldFilters = [Has("id", "d", "b")] }, ["b", "d"]),
        ["excluded id"] = (Admin with { FieldFilters = [HasNone("id", "a")] }, ["b", "c", "d"]),
        ["access level"] = (Admin with { FieldFilters = [Has("access_level", "on-request")] }, ["b"]),
        ["excluded access level"] = (Admin with { FieldFilters = [HasNone("access_level", "open")] }, ["b", "d"]),
        ["unknown field matches nothing"] = (Admin with { FieldFilters = [Has("colour", "red")] }, []),
        ["a filter without values matches nothing"] = (Admin with { FieldFilters = [Has("tags")] }, []),
        ["an exclusion without values excludes nothing"] = (Admin with { FieldFilters = [HasNone("tags")] }, ["a", "b", "c", "d"]),
        ["created from, inclusive"] = (Admin with { Created = new(Day(2), null) }, ["b", "c", "d"]),
        ["created to, inclusive"] = (Admin with { Created = new(null, Day(2)) }, ["a", "b"]),
        ["created between"] = (Admin with { Created = new(Day(2), Day(3)) }, ["b", "c"]),
        ["created range with no end set"] = (Admin with { Created = new(null, null) }, ["a", "b", "c", "d"]),
        ["modified from"] = (Admin with { Modified = new(Day(8), null) }, ["c", "d"]),
        ["modified to, one tick before"] = (Admin with { Modified = new(null, Day(7).AddTicks(-1)) }, ["a"]),
        ["modified in another time zone"] = (Admin with { Modified = new(new DateTimeOffset(2024, 7, 1, 7, 0, 0, TimeSpan.FromHours(7)), null) }, ["b", "c", "d"]),
        ["private left out"] = (Admin with { IncludePrivate = false }, ["a", "c"]),
        ["drafts left out"] = (Admin with { IncludeDrafts = false }, ["a", "b"]),
        ["private and drafts left out"] = (Admin with { IncludePrivate = false, IncludeDrafts = false }, ["a"]),
        ["member without drafts"] = (Admin with { Viewer = ViewerScope.MemberOf(["org-cuc-thong-ke"]), IncludeDrafts = false }, ["a"]),
        ["member without private"] = (Admin with { Viewer = ViewerScope.MemberOf(["org-cuc-thong-ke"]), IncludePrivate = false }, ["a", "c"]),
        ["anonymous never sees private, whatever the flags"] = (Admin with { Viewer = ViewerScope.Anonymous, IncludePrivate = true }, ["a"]),
    };

    public static TheoryData<string> CaseNames() => new(Cases.Keys);

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Request_filters_select_the_expected_datasets(string name)
    {
        var (request, expected) = Cases[name];
        var results = catalog.Index.Search(request);
        Assert.Equal(expected, results.Hits.Select(h => h.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Facet_counts_follow_the_request_filters()
    {
        var results = catalog.Index.Search(new SearchRequest
        {
            Viewer = ViewerScope.SystemAdmin,
            FieldFilters = [HasNone("tags", "y")],
            FacetFields = [FacetFields.Organization],
        });
        Assert.Equal([new FacetCount("so-y-te", 1), new FacetCount("cuc-thong-ke", 1)], results.Facets[FacetFields.Organization].OrderByDescending(f => f.Value));
    }
}
