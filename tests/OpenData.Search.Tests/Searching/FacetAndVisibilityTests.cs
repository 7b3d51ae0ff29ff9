using OpenData.Dcat.Model;
using OpenData.Search.Indexing;

namespace OpenData.Search.Tests.Searching;

public sealed class FacetAndVisibilityTests(CatalogFixture catalog) : IClassFixture<CatalogFixture>
{
    private static readonly string[] AllFacets = ["organization", "theme", "tag", "format", "license", "access", "spatial"];

    private SearchResults Facets(string? query, ViewerScope? viewer = null, Dictionary<string, IReadOnlyList<string>>? filters = null) =>
        catalog.Index.Search(new SearchRequest
        {
            Query = query,
            FacetFields = AllFacets,
            FacetLimit = 50,
            Viewer = viewer ?? ViewerScope.Anonymous,
            Filters = filters ?? [],
        });

    private static int Count(SearchResults r, string facet, string value) =>
        r.Facets[facet].FirstOrDefault(f => f.Value == value)?.Count ?? 0;

    [Fact]
    public void Facet_counts_cover_the_matching_datasets()
    {
        var results = Facets("quan trắc");
        Assert.Equal(2, Count(results, "organization", "so-tai-nguyen"));
        Assert.Equal(1, Count(results, "format", "JSON"));
        Assert.Equal(1, Count(results, "format", "CSV"));
        Assert.Equal(2, Count(results, "tag", "môi trường"));
    }

    [Fact]
    public void Facet_counts_honour_the_current_filters()
    {
        var results = Facets(null, filters: new() { ["organization"] = ["so-nong-nghiep"] });
        Assert.Equal(4, results.Total);
        Assert.Equal([new FacetCount("so-nong-nghiep", 4)], results.Facets["organization"]);
        Assert.Equal(4, Count(results, "theme", "nong-nghiep"));
    }

    [Fact]
    public void Values_of_one_filter_field_are_alternatives()
    {
        var results = Facets(null, filters: new() { ["format"] = ["json", "gtfs"] });
        Assert.Equal(["dan-so-theo-xa", "quan-trac-khong-khi", "xe-buyt"], results.Hits.Select(h => h.Id).Order());
    }

    [Fact]
    public void Filters_on_different_fields_all_apply()
    {
        var results = Facets(null, filters: new() { ["format"] = ["csv"], ["theme"] = ["y-te"] });
        Assert.Equal(["co-so-y-te"], results.Hits.Select(h => h.Id));
    }

    [Fact]
    public void Access_level_facet_counts_public_datasets() =>
        Assert.Equal(23, Count(Facets(null), "access", "open"));

    [Fact]
    public void Anonymous_viewer_never_sees_private_or_draft_datasets()
    {
        var ids = Facets("giáo dục").Hits.Select(h => h.Id).ToList();
        Assert.DoesNotContain("tuyen-sinh-noi-bo", ids);
        Assert.DoesNotContain("quy-hoach-truong-hoc", ids);
        Assert.DoesNotContain("benh-an", catalog.Ids("bệnh án"));
        Assert.Equal(0, Count(Facets(null), "access", "restricted"));
    }

    [Fact]
    public void Member_sees_private_and_draft_datasets_of_their_organization_only()
    {
        var member = ViewerScope.MemberOf(["so-giao-duc"]);
        var ids = catalog.Ids("tuyển sinh dự thảo trường học", member).Concat(catalog.Ids("tuyển sinh", member)).ToList();
        Assert.Contains("tuyen-sinh-noi-bo", ids);
        Assert.Contains("quy-hoach-truong-hoc", catalog.Ids("quy hoạch", member));
        Assert.DoesNotContain("benh-an", catalog.Ids("bệnh án", member));
    }

    [Fact]
    public void System_admin_sees_everything() =>
        Assert.Equal(SampleCatalog.Documents.Count, Facets(null, ViewerScope.SystemAdmin).Total);

    [Fact]
    public void Suggestions_respect_visibility() =>
        Assert.DoesNotContain(catalog.Index.Suggest("hồ sơ", ViewerScope.Anonymous), s => s.Text.Contains("bệnh án"));

    /// <summary>"Did you mean" borrows words only from datasets the reader may see (found by the route audit).</summary>
    [Fact]
    public void Corrections_never_spell_out_a_word_of_a_hidden_dataset()
    {
        using var index = SampleCatalog.OpenIndex([
            SampleCatalog.Dataset("Danh sách zqxkinmat đặc biệt", access: AccessLevel.Restricted, id: "an-han-che"),
            SampleCatalog.Dataset("Danh sách zqxkinmop nội bộ", isPrivate: true, id: "an-rieng-tu"),
        ]);
        SearchResults Search(ViewerScope viewer) => index.Search(new SearchRequest { Query = "zqxkinmet", Viewer = viewer });

        Assert.Null(Search(ViewerScope.Anonymous).DidYouMean);
        Assert.Null(Search(ViewerScope.MemberOf(["so-giao-duc"])).DidYouMean);
        Assert.Contains(Search(ViewerScope.SystemAdmin).DidYouMean, new[] { "zqxkinmat", "zqxkinmop" });
    }
}
