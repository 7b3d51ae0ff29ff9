using OpenData.Search.Querying;

namespace OpenData.Search.Tests.Querying;

public sealed class SearchQueryParserTests
{
    public static TheoryData<string?, string> Cases => new()
    {
        { "dân số", "w:dân w:số" },
        { "\"dân số\" xã", "p:dân số w:xã" },
        { "quan trắc -nước", "w:quan w:trắc -w:nước" },
        { "-\"nước ngầm\"", "-p:nước ngầm" },
        { "tag:\"giáo dục\" trường", "w:trường f:tag=giáo dục" },
        { "organization:so-y-te", "f:organization=so-y-te" },
        { "licence:cc-by license:odc-odbl", "f:license=cc-by f:license=odc-odbl" },
        { "access:open spatial:79 theme:y-te format:CSV", "f:access=open f:spatial=79 f:theme=y-te f:format=CSV" },
        { "-format:pdf", "-f:format=pdf" },
        { "ORGANIZATION:x", "f:organization=x" },
        { "title:xyz", "w:title:xyz" },
        { "http://example.org", "w:http://example.org" },
        { "10:30", "w:10:30" },
        { "tag:", "" },
        { "\"unbalanced phrase", "p:unbalanced phrase" },
        { "\"", "" },
        { "\"\"", "" },
        { "-", "w:-" },
        { "a - b", "w:a w:- w:b" },
        { "", "" },
        { null, "" },
        { "   ", "" },
        { "(a OR b) AND c~2 ^3 [x TO y]", "w:(a w:OR w:b) w:AND w:c~2 w:^3 w:[x w:TO w:y]" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Parses_the_search_box_language(string? input, string expected) =>
        Assert.Equal(expected, Describe(SearchQueryParser.Parse(input)));

    [Fact]
    public void Very_long_input_is_cut_to_a_bounded_number_of_clauses()
    {
        var parsed = SearchQueryParser.Parse(string.Concat(Enumerable.Repeat("dân số ", 2000)));
        Assert.True(parsed.Clauses.Count <= SearchQueryParser.MaxClauses);
    }

    [Theory]
    [InlineData("\"\"\"\"\"")]
    [InlineData("-\"")]
    [InlineData(":::")]
    [InlineData("tag:\"")]
    [InlineData("\u0000\uFFFF\uD800")]
    public void Odd_input_never_throws(string input) =>
        Assert.NotNull(SearchQueryParser.Parse(input));

    private static string Describe(ParsedQuery q) => string.Join(' ',
        q.Clauses.Select(c => (c.IsExcluded ? "-" : "") + (c.IsPhrase ? "p:" : "w:") + c.Text)
            .Concat(q.Filters.Select(f => (f.IsExcluded ? "-" : "") + "f:" + f.Field + "=" + f.Value)));
}
