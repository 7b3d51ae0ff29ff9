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

    private async Task WaitForIndexAsync()
    {
        var watch = Stopwatch.StartNew();
        while (!await portal.Act((s, ct) => Task.FromResult(s.Service<Web.Search.PortalSearchIndex>().IsReady)))
        {
            // Generous: start-up builds the index in the background, and CI machines are busy.
            Assert.True(watch.Elapsed < TimeSpan.FromMinutes(3), "the index was not ready within 3 minutes");
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }
    }

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
        var all = await SearchAsync(Actor.Anonymous, new DatasetListQuery { Limit = 0 });
        var health = all.Facets["groups"].Single(f => f.Value == "y-te");

        var filtered = await SearchAsync(Actor.Anonymous, new DatasetListQuery { Themes = ["y-te"], Limit = 100 });

        Assert.Equal("Y tế", health.Label);
        Assert.Equal(health.Count, filtered.Total);
        Assert.Equal(filtered.Total, filtered.Facets["groups"].Single(f => f.Value == "y-te").Count);
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
