using OpenData.Search.Indexing;

namespace OpenData.Search.Tests.Searching;

public sealed class SortingAndPagingTests(CatalogFixture catalog) : IClassFixture<CatalogFixture>
{
    private IReadOnlyList<string> Ids(SearchRequest request) => catalog.Index.Search(request).Hits.Select(h => h.Id).ToList();

    [Fact]
    public void Newest_first_puts_older_datasets_last() =>
        Assert.Equal(["quan-trac-nuoc", "dan-so-theo-xa", "giao-duc-mam-non"], Ids(new SearchRequest { Sort = SearchSort.Newest, Limit = 100 }).TakeLast(3));

    [Fact]
    public void Recently_updated_puts_older_datasets_last() =>
        Assert.Equal("giao-duc-mam-non", Ids(new SearchRequest { Sort = SearchSort.RecentlyUpdated, Limit = 100 })[^1]);

    [Fact]
    public void Name_sort_is_alphabetical()
    {
        var ids = Ids(new SearchRequest { Sort = SearchSort.Name, Limit = 100 });
        Assert.Equal(ids.Order(StringComparer.Ordinal), ids);
    }

    [Fact]
    public void Popularity_sort_puts_the_most_viewed_first() =>
        Assert.Equal(["danh-muc-du-lieu", "gia-dat", "dan-so-theo-xa"], Ids(new SearchRequest { Sort = SearchSort.Popularity, Limit = 3 }));

    [Fact]
    public void Offset_pages_do_not_overlap()
    {
        var first = Ids(new SearchRequest { Limit = 10 });
        var second = Ids(new SearchRequest { Limit = 10, Offset = 10 });
        Assert.Empty(first.Intersect(second));
        Assert.Equal(10, second.Count);
    }

    [Theory]
    [InlineData(SearchSort.Relevance)]
    [InlineData(SearchSort.Newest)]
    [InlineData(SearchSort.Name)]
    [InlineData(SearchSort.Popularity)]
    public void Cursor_paging_walks_every_result_once(SearchSort sort)
    {
        var seen = new List<string>();
        string? cursor = null;
        do
        {
            var page = catalog.Index.Search(new SearchRequest { Query = "xã trường giá", Sort = sort, Limit = 2, Cursor = cursor });
            seen.AddRange(page.Hits.Select(h => h.Id));
            cursor = page.NextCursor;
        }
        while (cursor is not null && seen.Count < 100);
        var all = Ids(new SearchRequest { Query = "xã trường giá", Sort = sort, Limit = 100 });
        Assert.Equal(all, seen);
    }

    [Fact]
    public void Garbage_cursor_starts_at_the_top() =>
        Assert.Equal(Ids(new SearchRequest { Limit = 5 }), Ids(new SearchRequest { Limit = 5, Cursor = "not a cursor!" }));
}
