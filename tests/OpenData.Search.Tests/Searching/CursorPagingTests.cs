using OpenData.Search.Indexing;

namespace OpenData.Search.Tests.Searching;

/// <summary>
/// 23 datasets whose sort keys collide on purpose (three creation days, two modification days, two view counts,
/// identical titles for equal relevance), so cursor paging must break ties the same way on every page.
/// </summary>
public sealed class TiedCatalogFixture : IDisposable
{
    public const int Count = 23;
    private static readonly DateTimeOffset Day = new(2024, 3, 1, 0, 0, 0, TimeSpan.Zero);

    public CatalogIndex Index { get; } = CatalogIndex.OpenInMemory();

    public TiedCatalogFixture()
    {
        var generation = 0L;
        for (var i = 0; i < Count; i++)
        {
            generation = Index.Upsert(new SearchDocument
            {
                // Ids in another order than names, so the id tie-break is not the name sort in disguise.
                Id = $"id-{(i * 7) % Count:D2}",
                Name = $"bo-du-lieu-{i:D2}",
                Title = i % 2 == 0 ? "Dữ liệu dân số" : "Dữ liệu dân số theo xã",
                Created = Day.AddDays(i % 3),
                Modified = Day.AddDays(i % 2),
                Popularity = i % 4 == 0 ? 100 : 5,
            });
        }
        Index.WaitUntilSearchable(generation);
    }

    public void Dispose() => Index.Dispose();
}

public sealed class CursorPagingTests(TiedCatalogFixture catalog) : IClassFixture<TiedCatalogFixture>
{
    public static TheoryData<SearchSort, string?> Sorts() => new()
    {
        { SearchSort.Relevance, "dân số" },
        { SearchSort.Relevance, null },
        { SearchSort.Newest, null },
        { SearchSort.RecentlyUpdated, null },
        { SearchSort.Name, null },
        { SearchSort.Popularity, null },
        { SearchSort.Popularity, "dân số" },
    };

    private List<string> OnePage(SearchSort sort, string? query) =>
        catalog.Index.Search(new SearchRequest { Query = query, Sort = sort, Limit = 100 }).Hits.Select(h => h.Id).ToList();

    private List<string> CursorPages(SearchSort sort, string? query, int pageSize)
    {
        var seen = new List<string>();
        string? cursor = null;
        for (var pages = 0; pages < 50; pages++)
        {
            var page = catalog.Index.Search(new SearchRequest { Query = query, Sort = sort, Limit = pageSize, Cursor = cursor });
            seen.AddRange(page.Hits.Select(h => h.Id));
            cursor = page.NextCursor;
            if (cursor is null)
            {
                break;
            }
        }
        return seen;
    }

    [Theory]
    [MemberData(nameof(Sorts))]
    public void Cursor_pages_visit_every_dataset_once_in_the_order_of_one_big_page(SearchSort sort, string? query)
    {
        var all = OnePage(sort, query);
        Assert.Equal(TiedCatalogFixture.Count, all.Count);
        Assert.Equal(all, CursorPages(sort, query, pageSize: 4));
    }

    [Theory]
    [MemberData(nameof(Sorts))]
    public void The_last_page_offers_no_cursor_to_an_empty_page(SearchSort sort, string? query)
    {
        var first = catalog.Index.Search(new SearchRequest { Query = query, Sort = sort, Limit = TiedCatalogFixture.Count - 3 });
        var last = catalog.Index.Search(new SearchRequest { Query = query, Sort = sort, Limit = 3, Cursor = first.NextCursor });
        Assert.Equal(3, last.Hits.Count);
        Assert.Null(last.NextCursor);
    }

    [Theory]
    [InlineData(SearchSort.Newest)]
    [InlineData(SearchSort.RecentlyUpdated)]
    public void Datasets_with_the_same_date_are_listed_by_id(SearchSort sort)
    {
        var results = catalog.Index.Search(new SearchRequest { Sort = sort, Limit = 100 });
        var sameDay = results.Hits.Take(7).Select(h => h.Id).ToList();
        Assert.Equal(sameDay.Order(StringComparer.Ordinal), sameDay);
    }

    [Theory]
    [InlineData(SearchSort.Name, SearchSort.Newest)]
    [InlineData(SearchSort.Newest, SearchSort.RecentlyUpdated)]
    [InlineData(SearchSort.Relevance, SearchSort.Popularity)]
    public void A_cursor_from_another_sort_is_rejected_and_the_page_starts_at_the_top(SearchSort from, SearchSort to)
    {
        var other = catalog.Index.Search(new SearchRequest { Sort = from, Limit = 4 });
        var page = catalog.Index.Search(new SearchRequest { Sort = to, Limit = 4, Cursor = other.NextCursor });
        Assert.True(page.CursorRejected);
        Assert.Equal(OnePage(to, null).Take(4), page.Hits.Select(h => h.Id));
    }

    [Fact]
    public void A_valid_cursor_is_not_rejected()
    {
        var first = catalog.Index.Search(new SearchRequest { Sort = SearchSort.Newest, Limit = 4 });
        Assert.False(catalog.Index.Search(new SearchRequest { Sort = SearchSort.Newest, Limit = 4, Cursor = first.NextCursor }).CursorRejected);
    }
}
