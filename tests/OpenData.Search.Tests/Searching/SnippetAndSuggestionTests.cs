using OpenData.Search.Indexing;

namespace OpenData.Search.Tests.Searching;

public sealed class SnippetAndSuggestionTests(CatalogFixture catalog) : IClassFixture<CatalogFixture>
{
    [Fact]
    public void Title_snippet_marks_the_words_found_without_diacritics() =>
        Assert.Equal("<mark>Dân</mark> <mark>số</mark> theo xã", catalog.Search("dan so").Hits[0].TitleSnippet);

    [Fact]
    public void Description_snippet_marks_hits_in_the_description() =>
        Assert.Contains("<mark>giường</mark> <mark>bệnh</mark>", catalog.Search("giường bệnh").Hits[0].DescriptionSnippet);

    [Fact]
    public void Snippets_mark_the_corrected_syllable_a_misspelt_search_found() =>
        Assert.Contains("<mark>học</mark> <mark>sinh</mark>", catalog.Search("hoc xinh").Hits.Single(h => h.Id == "truong-thpt").DescriptionSnippet);

    [Fact]
    public void A_quoted_phrase_is_marked_where_its_syllables_stand_together() =>
        Assert.StartsWith(
            "Dân số trung bình và <mark>mật</mark> <mark>độ</mark> <mark>dân</mark> <mark>số</mark> của",
            catalog.Search("\"mật độ dân số\"").Hits.Single(h => h.Id == "dan-so-theo-xa").DescriptionSnippet);

    [Fact]
    public void Snippets_escape_html_in_titles()
    {
        using var index = CatalogIndex.OpenInMemory();
        index.WaitUntilSearchable(index.Upsert(SampleCatalog.Dataset("<script>alert('x')</script> Dân số & nhà ở", "Mô tả <b>đậm</b>")));
        var hit = index.Search(new SearchRequest { Query = "dân số" }).Hits.Single();
        Assert.Equal("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; <mark>Dân</mark> <mark>số</mark> &amp; nhà ở", hit.TitleSnippet);
        Assert.Equal("Mô tả &lt;b&gt;đậm&lt;/b&gt;", hit.DescriptionSnippet);
    }

    [Fact]
    public void Long_description_snippet_is_cut_around_the_hits()
    {
        using var index = CatalogIndex.OpenInMemory();
        var filler = string.Join(' ', Enumerable.Repeat("nội dung khác", 60));
        index.WaitUntilSearchable(index.Upsert(SampleCatalog.Dataset("Báo cáo", filler + " số liệu quan trắc nước " + filler)));
        var snippet = index.Search(new SearchRequest { Query = "quan trắc" }).Hits.Single().DescriptionSnippet;
        Assert.StartsWith("…", snippet);
        Assert.EndsWith("…", snippet);
        Assert.Contains("<mark>quan</mark> <mark>trắc</mark>", snippet);
    }

    [Fact]
    public void Suggestions_complete_titles_typed_without_diacritics() =>
        Assert.Contains(catalog.Index.Suggest("dan s", ViewerScope.Anonymous), s => s is { Text: "Dân số theo xã", Kind: SuggestionKind.Dataset, Value: "dan-so-theo-xa" });

    [Fact]
    public void Suggestions_include_tags_and_organizations()
    {
        var suggestions = catalog.Index.Suggest("thủy", ViewerScope.Anonymous);
        Assert.Contains(suggestions, s => s is { Text: "thủy lợi", Kind: SuggestionKind.Tag });
        Assert.Contains(catalog.Index.Suggest("sở y", ViewerScope.Anonymous), s => s is { Kind: SuggestionKind.Organization, Value: "so-y-te" });
    }

    [Fact]
    public void Suggestions_with_the_exact_accents_come_first()
    {
        var suggestions = catalog.Index.Suggest("lừ", ViewerScope.Anonymous);
        Assert.Equal("Chăn nuôi lừa và ngựa", suggestions[0].Text);
        Assert.Contains(suggestions, s => s.Text == "Diện tích và sản lượng lúa");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\"")]
    [InlineData("*")]
    public void Odd_prefixes_suggest_nothing(string prefix) =>
        Assert.Empty(catalog.Index.Suggest(prefix, ViewerScope.Anonymous));
}
