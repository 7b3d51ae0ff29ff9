using OpenData.Web.Api.Ckan;

namespace OpenData.Web.Tests.Api.Ckan;

/// <summary>The q/fq syntax CKAN clients send, as a table: query → what the search is asked for.</summary>
public sealed class SolrQueryTests
{
    private static readonly DateTimeOffset Now = new(2025, 6, 15, 10, 30, 0, TimeSpan.Zero);

    /// <summary>A compact, readable form of the criteria: filters, "-" for excluded, text, dates, flags.</summary>
    private static string Describe(SearchCriteria c)
    {
        var parts = new List<string>();
        parts.AddRange(c.Filters.Select(f => $"{(f.Exclude ? "-" : "")}{f.Field}={string.Join("|", f.AnyOf)}"));
        if (c.Text.Count > 0)
        {
            parts.Add($"text={string.Join(' ', c.Text)}");
        }
        if (c.ModifiedFrom is not null || c.ModifiedTo is not null)
        {
            parts.Add($"modified={c.ModifiedFrom?.ToString("yyyy-MM-ddTHH:mm:ss") ?? "*"}..{c.ModifiedTo?.ToString("yyyy-MM-ddTHH:mm:ss") ?? "*"}");
        }
        if (c.CreatedFrom is not null || c.CreatedTo is not null)
        {
            parts.Add($"created={c.CreatedFrom?.ToString("yyyy-MM-dd") ?? "*"}..{c.CreatedTo?.ToString("yyyy-MM-dd") ?? "*"}");
        }
        if (c.PublicOnly)
        {
            parts.Add("public");
        }
        if (c.ActiveOnly)
        {
            parts.Add("active");
        }
        return string.Join(" ; ", parts);
    }

    [Theory]
    [InlineData("organization:so-y-te", "organization=so-y-te")]
    [InlineData("organization:\"so-y-te\"", "organization=so-y-te")]
    [InlineData("tags:\"dân số\"", "tags=dân số")]
    [InlineData("res_format:CSV", "res_format=CSV")]
    [InlineData("groups:y-te license_id:cc-by", "groups=y-te ; license_id=cc-by")]
    [InlineData("organization:so-y-te AND tags:\"dân số\"", "organization=so-y-te ; tags=dân số")]
    [InlineData("+organization:so-y-te +res_format:CSV", "organization=so-y-te ; res_format=CSV")]
    [InlineData("res_format:CSV OR res_format:XLSX", "res_format=CSV|XLSX")]
    [InlineData("res_format:(CSV OR XLSX)", "res_format=CSV|XLSX")]
    [InlineData("organization:so-y-te (tags:a OR tags:b)", "organization=so-y-te ; tags=a|b")]
    [InlineData("-organization:so-y-te", "-organization=so-y-te")]
    [InlineData("NOT tags:covid", "-tags=covid")]
    [InlineData("!tags:covid", "-tags=covid")]
    [InlineData("groups:y-te -res_format:(PDF OR DOC)", "groups=y-te ; -res_format=PDF|DOC")]
    [InlineData("owner_org:8d5a7e0c-4e4a-4b1f-9d4c-2b8f0f0a1c11", "owner_org=8d5a7e0c-4e4a-4b1f-9d4c-2b8f0f0a1c11")]
    [InlineData("metadata_modified:[2024-01-01T00:00:00Z TO *]", "modified=2024-01-01T00:00:00..*")]
    [InlineData("metadata_modified:[* TO 2024-12-31T23:59:59Z]", "modified=*..2024-12-31T23:59:59")]
    [InlineData("metadata_modified:[NOW-30DAYS TO NOW]", "modified=2025-05-16T10:30:00..2025-06-15T10:30:00")]
    [InlineData("metadata_modified:[NOW-1YEAR/DAY TO *]", "modified=2024-06-15T00:00:00..*")]
    [InlineData("metadata_created:[2023-01-01 TO 2023-12-31]", "created=2023-01-01..2023-12-31")]
    [InlineData("*:*", "")]
    [InlineData("", "")]
    [InlineData("   ", "")]
    [InlineData("+dataset_type:dataset", "")]
    [InlineData("dataset_type:harvest", "id=")]
    [InlineData("capacity:public", "public")]
    [InlineData("-capacity:private", "public")]
    [InlineData("+state:(draft OR active)", "")]
    [InlineData("dân số", "text=dân số")]
    [InlineData("text:\"chất lượng nước\" organization:so-tnmt", "organization=so-tnmt ; text=chất lượng nước")]
    [InlineData("tags:dân\\ số", "tags=dân số")]
    [InlineData("access_level:open", "access_level=open")]
    [InlineData("name:dan-so-theo-xa-2024", "name=dan-so-theo-xa-2024")]
    [InlineData("organization:a && tags:b", "organization=a ; tags=b")]
    [InlineData("tags:a || tags:b", "tags=a|b")]
    public void Fq_maps_to_the_search_criteria(string fq, string expected)
    {
        Assert.Equal(expected, Describe(SolrQueryTranslator.Translate(fq, Now)));
    }

    [Theory]
    [InlineData("organization:")]
    [InlineData("(tags:a")]
    [InlineData("tags:a)")]
    [InlineData("tags:\"dân số")]
    [InlineData("metadata_modified:[2024-01-01")]
    [InlineData("metadata_modified:[2024-01-01 2025-01-01]")]
    [InlineData("metadata_modified:[hôm qua TO *]")]
    [InlineData("organization:a OR tags:b")]
    [InlineData("AND tags:a")]
    [InlineData("tags:a AND")]
    [InlineData("unknown_field:x")]
    [InlineData("tags:[a TO b]")]
    [InlineData("-dân số")]
    [InlineData(":x")]
    [InlineData("((((((((((((((((((((((tags:a))))))))))))))))))))))")]
    public void Broken_or_unsupported_syntax_is_a_search_query_error(string fq)
    {
        Assert.Throws<SearchQueryException>(() => SolrQueryTranslator.Translate(fq, Now));
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("\\")]
    [InlineData("tags:\\")]
    [InlineData("[")]
    [InlineData("{ TO }")]
    [InlineData("+")]
    [InlineData("-")]
    [InlineData("!!!")]
    [InlineData("::::")]
    [InlineData("a:b:c")]
    [InlineData("NOT")]
    [InlineData("OR OR")]
    [InlineData("tags:(")]
    [InlineData("metadata_modified:{* TO *}")]
    [InlineData("metadata_modified:[NOW-999999YEARS TO *]")]
    [InlineData("organization:(a OR (b AND c))")]
    [InlineData("\u0000\uffff")]
    public void Odd_input_never_throws_anything_but_a_search_query_error(string fq)
    {
        var exception = Record.Exception(() => SolrQueryTranslator.Translate(fq, Now));
        Assert.True(exception is null or SearchQueryException, exception?.ToString());
    }

    [Theory]
    [InlineData("score desc, metadata_modified desc", "Relevance")]
    [InlineData("metadata_modified desc", "RecentlyUpdated")]
    [InlineData("metadata_created desc", "Newest")]
    [InlineData("name asc", "Name")]
    [InlineData("title_string asc", "Name")]
    [InlineData("views_recent desc", "Popular")]
    public void Ckan_sort_strings_map_to_our_sorts(string sort, string expected)
    {
        Assert.Equal(expected, CkanSearchAction.ParseSort(sort).ToString());
    }

    [Theory]
    [InlineData("dân số")]
    [InlineData("nước sạch 2024")]
    [InlineData("Quảng Ngãi: dân số")]
    [InlineData("nông nghiệp AND thủy sản")]
    public void Plain_words_are_not_taken_for_query_syntax(string q)
    {
        Assert.False(SolrQueryTranslator.LooksStructured(q));
    }
}
