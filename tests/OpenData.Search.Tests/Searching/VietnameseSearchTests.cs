using System.Text;
using OpenData.Search.Indexing;
using OpenData.Search.Typing;

namespace OpenData.Search.Tests.Searching;

public sealed class VietnameseSearchTests(CatalogFixture catalog) : IClassFixture<CatalogFixture>
{
    [Theory]
    [InlineData("dan so theo xa", "dan-so-theo-xa")]
    [InlineData("gia dat", "gia-dat")]
    [InlineData("quan trac moi truong nuoc", "quan-trac-nuoc")]
    [InlineData("co so y te", "co-so-y-te")]
    [InlineData("thuy loi", "thuy-loi")]
    public void Search_without_diacritics_finds_the_accented_title(string query, string expected) =>
        Assert.Equal(expected, catalog.Ids(query).FirstOrDefault());

    [Theory]
    [InlineData(255)]
    [InlineData(256)]
    [InlineData(5_000)]
    public void An_over_long_word_finds_nothing(int letters) =>
        Assert.Equal(0, catalog.Search(new string('a', letters)).Total);

    [Fact]
    public void Search_typed_in_nfd_finds_the_dataset() =>
        Assert.Equal("dan-so-theo-xa", catalog.Ids("Dân số theo xã".Normalize(NormalizationForm.FormD)).FirstOrDefault());

    [Fact]
    public void Search_with_telex_leftovers_finds_the_dataset() =>
        Assert.Contains("danh-muc-du-lieu", catalog.Ids("dux lieeuj"));

    [Fact]
    public void Search_with_vni_leftovers_finds_the_dataset() =>
        Assert.Contains("danh-muc-du-lieu", catalog.Ids("du4 lie6u5"));

    [Fact]
    public void Telex_encoded_query_finds_the_dataset() =>
        Assert.Equal("quan-trac-nuoc", catalog.Ids(TelexEncoder.Encode("quan trắc nước")).FirstOrDefault());

    [Fact]
    public void Search_with_a_typo_still_finds_the_dataset()
    {
        var results = catalog.Search("giao duc mam nom");
        Assert.Contains(results.Hits.Take(3), h => h.Id is "giao-duc-mam-non" or "truong-mam-non");
    }

    [Fact]
    public void Misspelt_initial_consonant_still_finds_the_dataset() =>
        // s/x, ch/tr, d/gi/r, l/n are the commonest Vietnamese misspellings: "học xinh" for "học sinh".
        Assert.Contains("truong-thpt", catalog.Ids("hoc xinh"));

    [Fact]
    public void Search_with_a_typo_suggests_the_correct_words() =>
        Assert.Equal("giao duc mam non", catalog.Search("giao duc mam nom").DidYouMean);

    [Fact]
    public void Telex_query_suggests_the_accented_words() =>
        Assert.Equal("dữ liệu", catalog.Search("dux lieeuj").DidYouMean);

    [Fact]
    public void Correct_query_gets_no_suggestion() =>
        Assert.Null(catalog.Search("dân số").DidYouMean);

    [Theory]
    [InlineData("lúa", "san-luong-lua")]
    [InlineData("lừa", "chan-nuoi-lua")]
    [InlineData("lụa", "lang-nghe-lua")]
    [InlineData("ma trận", "ma-tran")]
    [InlineData("mã số", "ma-so-thue")]
    public void Exact_diacritics_rank_first(string query, string expected) =>
        Assert.Equal(expected, catalog.Ids(query).FirstOrDefault());

    [Fact]
    public void Unaccented_query_finds_every_accent_variant()
    {
        var ids = catalog.Ids("lua");
        Assert.Contains("san-luong-lua", ids);
        Assert.Contains("chan-nuoi-lua", ids);
        Assert.Contains("lang-nghe-lua", ids);
    }

    [Fact]
    public void Old_tone_placement_finds_new_placement() =>
        Assert.Contains("hoa-binh", catalog.Ids("Hoà Bình"));

    [Fact]
    public void Eth_instead_of_d_stroke_still_matches() =>
        Assert.Equal("gia-dat", catalog.Ids("giá \u00F0ất").FirstOrDefault());

    [Fact]
    public void Multi_syllable_word_ranks_the_dataset_with_the_word_first() =>
        Assert.Equal("dan-so-theo-xa", catalog.Ids("dân số").FirstOrDefault());

    [Fact]
    public void Quoted_phrase_requires_adjacent_syllables()
    {
        var ids = catalog.Ids("\"mầm non\"");
        Assert.Contains("truong-mam-non", ids);
        Assert.DoesNotContain("truong-thpt", ids);
        Assert.All(catalog.Search("\"non mầm\"").Hits, h => Assert.Fail($"unexpected {h.Id}"));
    }

    [Fact]
    public void Excluded_word_removes_matching_datasets()
    {
        var ids = catalog.Ids("quan trắc -nước");
        Assert.Contains("quan-trac-khong-khi", ids);
        Assert.DoesNotContain("quan-trac-nuoc", ids);
    }

    [Fact]
    public void Field_filter_in_the_query_box_restricts_results()
    {
        var ids = catalog.Ids("quan trắc format:json");
        Assert.Equal(["quan-trac-khong-khi"], ids);
    }

    [Fact]
    public void Quoted_filter_value_matches_a_tag_with_spaces() =>
        Assert.Equal(["giao-duc-mam-non", "truong-mam-non", "truong-thpt"], catalog.Ids("tag:\"giáo dục\"").Order());

    [Fact]
    public void Resource_and_tag_text_is_searchable() =>
        Assert.Contains("co-so-y-te", catalog.Ids("giường bệnh"));

    [Fact]
    public void Organization_name_is_searchable() =>
        Assert.Contains("thuy-loi", catalog.Ids("phát triển nông thôn"));

    [Theory]
    [InlineData("\"unbalanced")]
    [InlineData("-")]
    [InlineData("--")]
    [InlineData("\"")]
    [InlineData("a AND OR NOT ( ) [ ] { } ~ * ? ^ \\ / : !")]
    [InlineData("title:xyz")]
    [InlineData("tag:")]
    [InlineData("   ")]
    [InlineData("")]
    [InlineData("dân số\" -\"")]
    [InlineData("*:*")]
    public void Odd_input_never_throws(string query) =>
        Assert.NotNull(catalog.Search(query));

    [Fact]
    public void Very_long_input_never_throws() =>
        Assert.NotNull(catalog.Search(string.Concat(Enumerable.Repeat("dân số \"giá ", 2000))));
}
