using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using OpenData.Web.Catalog;
using OpenData.Web.Cli;
using OpenData.Web.Tests.Infrastructure;

namespace OpenData.Web.Tests.Search;

/// <summary>The portal's search through the Vietnamese index, on the demo catalogue, on SQLite and PostgreSQL.</summary>
public abstract class PortalSearchTests<TPortal>(TPortal portal) where TPortal : PortalFactory
{
    private Task<DatasetListResult> SearchAsync(Actor actor, DatasetListQuery query) =>
        portal.Act((s, ct) => s.Service<IDatasetSearch>().SearchAsync(actor, query, ct));

    private Task WaitForIndexAsync() => portal.WaitForSearchIndexAsync();

    [Theory]
    [InlineData("dân số")]
    [InlineData("dan so")]
    [InlineData("daan soos")]
    public async Task Population_data_is_found_with_or_without_diacritics_and_in_Telex(string query)
    {
        await WaitForIndexAsync();

        var result = await SearchAsync(Actor.Anonymous, new DatasetListQuery { Text = query, Limit = 5 });

        Assert.Contains(result.Items, d => d.Title.Contains("Dân số", StringComparison.Ordinal) || d.Title.Contains("dân số", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(255)]
    [InlineData(256)]
    public async Task Package_search_for_an_over_long_word_finds_nothing(int letters)
    {
        await WaitForIndexAsync();

        using var response = await portal.CreateClient().GetAsync($"/api/3/action/package_search?q={new string('a', letters)}", TestContext.Current.CancellationToken);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        Assert.Equal(0, body.RootElement.GetProperty("result").GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task Hits_carry_escaped_snippets_with_the_matched_words_marked()
    {
        await WaitForIndexAsync();

        var result = await SearchAsync(Actor.Anonymous, new DatasetListQuery { Text = "trường mầm non", Limit = 3 });

        var first = Assert.IsType<DatasetSummary>(result.Items.FirstOrDefault());
        Assert.Contains("<mark>", first.TitleSnippetHtml ?? "");
    }

    [Fact]
    public async Task A_new_dataset_is_searchable_as_soon_as_it_is_saved()
    {
        await WaitForIndexAsync();
        var org = (await portal.Act((s, ct) => s.Service<OrganizationActions>().ListAsync(Actor.System, ct)))[0].Organization.Name;
        var name = "chim-yen-" + Guid.NewGuid().ToString("N")[..6];
        await portal.Act((s, ct) => s.Service<DatasetActions>().CreateAsync(Actor.System,
            Catalogs.Dataset(name, org, "Sản lượng khai thác tổ chim yến đảo Lý Sơn"), ct));

        var result = await SearchAsync(Actor.Anonymous, new DatasetListQuery { Text = "chim yen ly son" });

        Assert.Contains(result.Items, i => i.Name == name);
    }

    [Fact]
    public async Task A_deleted_dataset_leaves_the_search_results_at_once()
    {
        await WaitForIndexAsync();
        var org = (await portal.Act((s, ct) => s.Service<OrganizationActions>().ListAsync(Actor.System, ct)))[0].Organization.Name;
        var name = "xoa-ngay-" + Guid.NewGuid().ToString("N")[..6];
        await portal.Act((s, ct) => s.Service<DatasetActions>().CreateAsync(Actor.System, Catalogs.Dataset(name, org, "Danh mục cầu treo dân sinh"), ct));

        await portal.Act((s, ct) => s.Service<DatasetActions>().DeleteAsync(Actor.System, name, ct));

        var result = await SearchAsync(Actor.Anonymous, new DatasetListQuery { Text = "cầu treo dân sinh" });
        Assert.DoesNotContain(result.Items, i => i.Name == name);
    }

    [Fact]
    public async Task Search_never_returns_a_private_dataset_to_an_anonymous_reader()
    {
        await WaitForIndexAsync();

        var anonymous = await SearchAsync(Actor.Anonymous, new DatasetListQuery { Text = "trẻ em có hoàn cảnh đặc biệt" });
        var admin = await SearchAsync(Actor.System, new DatasetListQuery { Text = "trẻ em có hoàn cảnh đặc biệt" });

        Assert.DoesNotContain(anonymous.Items, i => i.Name == "tre-em-co-hoan-canh-dac-biet");
        Assert.Contains(admin.Items, i => i.Name == "tre-em-co-hoan-canh-dac-biet");
    }

    [Fact]
    public async Task Facets_count_the_filtered_result_and_filters_narrow_it()
    {
        await WaitForIndexAsync();
        var all = await SearchAsync(Actor.Anonymous, new DatasetListQuery { Limit = 0, FacetLimit = -1 });
        var health = all.Facets["groups"].Single(f => f.Value == "y-te");

        var filtered = await SearchAsync(Actor.Anonymous, new DatasetListQuery { Themes = ["y-te"], Limit = 100 });

        Assert.Equal("Y tế", health.Label);
        Assert.Equal(health.Count, filtered.Total);
        Assert.Equal(filtered.Total, filtered.Facets["groups"].Single(f => f.Value == "y-te").Count);
    }

    private Task<DatasetListResult> StoreSearchAsync(Actor actor, DatasetListQuery query) =>
        portal.Act((s, ct) => s.Service<StoreDatasetSearch>().SearchAsync(actor, query, ct));

    /// <summary>
    /// API queries the index answers, built from the demo catalogue's own values: each must select the same
    /// datasets as the database does.
    /// </summary>
    private async Task<IReadOnlyList<(string Case, DatasetListQuery Query)>> ApiQueriesAsync()
    {
        var everything = await StoreSearchAsync(Actor.System, new DatasetListQuery { Limit = 1000, FacetLimit = -1 });
        string Top(string facet, int rank = 0) => everything.Facets[facet][rank].Value;
        var some = everything.Items[everything.Items.Count / 2];
        var modified = Between(everything.Items.Select(i => i.Modified));
        var created = Between(everything.Items.Select(i => i.Created));
        var cases = new List<(string, DatasetListQuery)>
        {
            ("two tags, both required", new() { Filters = [new(DatasetFields.Tags, [Top("tags")]), new(DatasetFields.Tags, [Top("tags", 1)])] }),
            ("either of two tags", new() { Filters = [new(DatasetFields.Tags, [Top("tags"), Top("tags", 1)])] }),
            ("list page tags, both required", new() { Tags = [Top("tags"), Top("tags", 1)] }),
            ("excluded organization", new() { Filters = [new(DatasetFields.Organization, [Top("organization")], Exclude: true)] }),
            ("format without a group", new() { Filters = [new(DatasetFields.Format, ["csv"]), new(DatasetFields.Groups, [Top("groups")], Exclude: true)] }),
            ("access level", new() { Filters = [new(DatasetFields.AccessLevel, [Top("access_level")])] }),
            ("excluded access level", new() { Filters = [new(DatasetFields.AccessLevel, [Top("access_level")], Exclude: true)] }),
            ("license", new() { Licenses = [Top("license_id")] }),
            ("name", new() { Filters = [new(DatasetFields.Name, [some.Name])] }),
            ("id in another Guid form", new() { Filters = [new(DatasetFields.Id, [some.Id.ToString("N").ToUpperInvariant()])] }),
            ("excluded id", new() { Filters = [new(DatasetFields.Id, [some.Id.ToString()], Exclude: true)] }),
            ("no private datasets", new() { IncludePrivate = false }),
            ("no drafts", new() { IncludeDrafts = false }),
            ("modified in the future", new() { ModifiedFrom = DateTimeOffset.UtcNow.AddYears(10) }),
        };
        if (modified is { } m)
        {
            cases.Add(("modified since", new() { ModifiedFrom = m }));
            cases.Add(("modified until", new() { ModifiedTo = m }));
        }
        if (created is { } c)
        {
            cases.Add(("created until, newest first", new() { CreatedTo = c, Sort = DatasetSort.Newest }));
        }
        return cases;
    }

    /// <summary>An instant half-way between the two middle distinct values, so storage precision cannot tip a dataset across it.</summary>
    private static DateTimeOffset? Between(IEnumerable<DateTimeOffset> instants)
    {
        var distinct = instants.Select(i => i.ToUniversalTime()).Distinct().Order().ToList();
        for (var i = distinct.Count / 2; i > 0; i--)
        {
            if (distinct[i] - distinct[i - 1] > TimeSpan.FromSeconds(2))
            {
                return distinct[i - 1] + (distinct[i] - distinct[i - 1]) / 2;
            }
        }
        return null;
    }

    [Fact]
    public async Task Api_filters_select_the_same_datasets_through_the_index_as_through_the_database()
    {
        await WaitForIndexAsync();
        foreach (var (name, query) in await ApiQueriesAsync())
        {
            var wide = query with { Limit = 1000 };
            var indexed = await SearchAsync(Actor.System, wide);
            var stored = await StoreSearchAsync(Actor.System, wide);
            Assert.True(stored.Items.Select(i => i.Name).Order().SequenceEqual(indexed.Items.Select(i => i.Name).Order()),
                $"{name}: the index found [{string.Join(", ", indexed.Items.Select(i => i.Name).Order())}], the database [{string.Join(", ", stored.Items.Select(i => i.Name).Order())}]");
            Assert.Equal(stored.Total, indexed.Total);
        }
    }

    [Theory]
    [InlineData(DatasetSort.Relevance)]
    [InlineData(DatasetSort.Newest)]
    [InlineData(DatasetSort.RecentlyUpdated)]
    [InlineData(DatasetSort.Name)]
    [InlineData(DatasetSort.Popular)]
    public async Task Cursor_pages_through_the_index_visit_every_dataset_once(DatasetSort sort)
    {
        await WaitForIndexAsync();
        var all = await SearchAsync(Actor.System, new DatasetListQuery { Sort = sort, Limit = 1000 });
        var seen = new List<string>();
        var cursor = "*";
        for (var pages = 0; cursor is not null && pages < 200; pages++)
        {
            var page = await SearchAsync(Actor.System, new DatasetListQuery { Sort = sort, Limit = 3, Cursor = cursor });
            seen.AddRange(page.Items.Select(i => i.Name));
            cursor = page.NextCursor;
        }
        Assert.Equal(all.Items.Select(i => i.Name), seen);
    }

    [Fact]
    public async Task A_broken_cursor_is_a_validation_error_through_the_index_too()
    {
        await WaitForIndexAsync();
        var byName = await SearchAsync(Actor.System, new DatasetListQuery { Sort = DatasetSort.Name, Limit = 3, Cursor = "*" });

        await Assert.ThrowsAsync<ValidationException>(() => SearchAsync(Actor.System, new DatasetListQuery { Cursor = "khong-phai-con-tro" }));
        await Assert.ThrowsAsync<ValidationException>(() => SearchAsync(Actor.System, new DatasetListQuery { Sort = DatasetSort.Newest, Cursor = byName.NextCursor }));
    }

    [Fact]
    public async Task Paging_begun_on_the_database_continues_once_the_index_is_ready()
    {
        await WaitForIndexAsync();
        var all = await StoreSearchAsync(Actor.System, new DatasetListQuery { Sort = DatasetSort.Name, Limit = 1000 });
        var first = await StoreSearchAsync(Actor.System, new DatasetListQuery { Sort = DatasetSort.Name, Limit = 3, Cursor = "*" });

        var second = await SearchAsync(Actor.System, new DatasetListQuery { Sort = DatasetSort.Name, Limit = 3, Cursor = first.NextCursor });

        Assert.Equal(all.Items.Skip(3).Take(3).Select(i => i.Name), second.Items.Select(i => i.Name));
    }

    [Fact]
    public async Task Suggestions_complete_a_prefix_typed_without_diacritics()
    {
        await WaitForIndexAsync();
        using var client = portal.CreateClient();

        var suggestions = await client.GetFromJsonAsync<JsonElement>("/api/suggest?q=giao%20du", TestContext.Current.CancellationToken);

        Assert.Contains(suggestions.EnumerateArray(), s => s.GetProperty("text").GetString()!.Contains("Giáo dục", StringComparison.OrdinalIgnoreCase)
            || s.GetProperty("text").GetString()!.Contains("giáo dục", StringComparison.OrdinalIgnoreCase));
    }
}

public sealed class SqlitePortalSearchTests(SqlitePortal portal) : PortalSearchTests<SqlitePortal>(portal), IClassFixture<SqlitePortal>;

public sealed class PostgresPortalSearchTests(PostgresPortal portal) : PortalSearchTests<PostgresPortal>(portal), IClassFixture<PostgresPortal>;

/// <summary>The search command-line tools.</summary>
public sealed class SearchCommandTests
{
    [Fact]
    public async Task Search_eval_prints_the_four_measures_for_any_corpus()
    {
        var folder = Directory.CreateTempSubdirectory("opendata-eval-").FullName;
        var corpus = Path.Combine(folder, "corpus.jsonl");
        var queries = Path.Combine(folder, "queries.jsonl");
        await File.WriteAllLinesAsync(corpus,
        [
            """{"id": "a", "title": "Dân số theo xã", "text": "Số dân của từng xã, phường"}""",
            """{"id": "b", "title": "Giá đất nông nghiệp", "text": "Bảng giá đất"}""",
            """{"id": "c", "title": "Trường mầm non", "text": "Danh sách trường mầm non"}""",
        ], TestContext.Current.CancellationToken);
        await File.WriteAllLinesAsync(queries,
        [
            """{"id": "q1", "query": "dân số", "relevant": ["a"]}""",
            """{"id": "q2", "query": "giá đất", "relevant": ["b"]}""",
        ], TestContext.Current.CancellationToken);
        var command = CommandLine.Find(["search", "eval", "--corpus", corpus, "--queries", queries, "--fold-queries"])!;
        var output = new StringWriter();

        var services = Microsoft.Extensions.DependencyInjection.ServiceCollectionContainerBuilderExtensions.BuildServiceProvider(new Microsoft.Extensions.DependencyInjection.ServiceCollection());
        var exit = await command.RunAsync(services, output, new StringWriter(), TestContext.Current.CancellationToken);

        Assert.Equal(0, exit);
        Assert.Contains("MRR@10:    1.000", output.ToString());
        Assert.Contains("nDCG@10:", output.ToString());
        Assert.Contains("Recall@10:", output.ToString());
        Assert.Contains("P@1:       1.000", output.ToString());
    }
}
