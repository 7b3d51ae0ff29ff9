using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using OpenData.Dcat.Model;
using OpenData.Search.Analysis;
using OpenData.Search.Indexing;
using OpenData.Search.Querying;

namespace OpenData.Search.Tests.Searching;

/// <summary>
/// The search ranks with <see cref="TopScoreRanker"/> (skipping matches that cannot reach the page) and matches on
/// the match-only field. Both must give exactly what Lucene's full scoring of the ranking query gives: the same
/// datasets in the same order with the same totals, on a catalogue with many near-identical datasets.
/// </summary>
public sealed class RankingEquivalenceTests : IDisposable
{
    private static readonly string[] Topics =
    [
        "trường mầm non", "học sinh", "giáo viên", "dân số", "mật độ dân số", "hộ gia đình", "hộ nghèo", "bệnh viện",
        "trạm y tế", "chất lượng nước", "nước sạch", "giá đất", "đất nông nghiệp", "sản lượng lúa", "thủy sản", "du lịch",
    ];

    private static readonly string[] Places = ["Hà Nội", "Huế", "Hòa Bình", "Thủy Nguyên", "Đà Nẵng", "Cà Mau"];

    private static readonly string[] Sentences =
    [
        "Số liệu được cập nhật định kỳ", "Dữ liệu bao gồm mã đơn vị hành chính", "Thống kê theo từng xã",
        "Danh sách kèm địa chỉ và số điện thoại", "Kết quả khảo sát thực địa",
    ];

    private readonly RAMDirectory _directory = new();
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;

    public RankingEquivalenceTests()
    {
        var config = new IndexWriterConfig(VietnameseAnalyzer.Version, IndexSchema.CreateAnalyzer()) { Similarity = new BM25Similarity() };
        using (var writer = new IndexWriter(_directory, config))
        {
            var random = new Random(3);
            for (var i = 0; i < 3000; i++)
            {
                writer.AddDocument(IndexSchema.ToLuceneDocument(Document(random, i)));
                if (i % 700 == 699)
                {
                    writer.Commit(); // several segments, as a live index has
                }
            }
            // Updates leave deleted documents behind in older segments.
            for (var i = 0; i < 3000; i += 50)
            {
                writer.UpdateDocument(new Term(IndexSchema.Id, $"ds-{i:D5}"), IndexSchema.ToLuceneDocument(Document(new Random(i), i)));
            }
            writer.Commit();
        }
        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader) { Similarity = new BM25Similarity() };
    }

    public static TheoryData<string> Queries =>
    [
        "dân số", "dan so", "số", "trường mầm non", "truong mam non", "hộ", "ho ngheo", "nước sạch Huế", "giá đất -nông",
        "\"dân số\" Hà Nội", "thủy sản Cà Mau", "du lịch Hòa Bình", "hoà bình", "so lieu", "dữ liệu", "trạm y tế xã",
        "ddaats nông nghiệp", "", "học sinh giáo viên", "Thống kê",
    ];

    [Theory]
    [MemberData(nameof(Queries))]
    public void Relevance_ranking_equals_Lucene_full_scoring(string text)
    {
        var request = new SearchRequest { Query = text, Limit = 60, Viewer = ViewerScope.Anonymous };
        var results = new SearchExecutor(_searcher).Execute(request);

        var parsed = SearchQueryParser.Parse(text);
        var plan = new QueryPlanner(_reader).Plan(parsed);
        var sort = new Sort(SortField.FIELD_SCORE, new SortField(IndexSchema.Id, SortFieldType.STRING));
        var expected = _searcher.Search(plan.Strict, SearchExecutor.BuildFilter(request, parsed), 3000, sort, doDocScores: true, doMaxScore: false);
        var luceneScore = expected.ScoreDocs.ToDictionary(d => _searcher.Doc(d.Doc).Get(IndexSchema.Id), d => d.Score);

        Assert.False(results.UsedFuzzyFallback);
        Assert.Equal(expected.TotalHits, results.Total);
        Assert.Equal(Math.Min(60, expected.TotalHits), results.Hits.Count);
        // Both sum the same BM25 leaf scores, in a different order: equal up to float rounding, so datasets whose
        // scores differ only in the last bit may swap places; the scores at every rank must agree.
        Assert.All(results.Hits.Select((hit, rank) => (hit, rank)), x =>
        {
            Assert.Equal(luceneScore[x.hit.Id], x.hit.Score, Tolerance(x.hit.Score));
            Assert.Equal(expected.ScoreDocs[x.rank].Score, x.hit.Score, Tolerance(x.hit.Score));
        });
    }

    private static float Tolerance(float score) => Math.Max(1e-5f, Math.Abs(score) * 1e-5f);

    [Theory]
    [InlineData("qxzwv dân số")]
    [InlineData("xenh vien")]
    [InlineData("truong mam nom")]
    public void The_fuzzy_fallback_matches_what_Lucene_matches(string text)
    {
        var request = new SearchRequest { Query = text, Viewer = ViewerScope.Anonymous };
        var results = new SearchExecutor(_searcher).Execute(request);

        var parsed = SearchQueryParser.Parse(text);
        var plan = new QueryPlanner(_reader).Plan(parsed);
        var lucene = _searcher.Search(plan.Relaxed!, SearchExecutor.BuildFilter(request, parsed), 1);

        // A syllable without look-alikes ("qxzwv") counts as unmatched, not as matching everything.
        Assert.Equal(lucene.TotalHits, results.Total);
    }

    [Theory]
    [InlineData("\"dân số\"")]
    [InlineData("\"mật độ dân số\"")]
    [InlineData("\"trạm y tế xã\"")]
    [InlineData("\"xã danh sách\"")]
    [InlineData("\"số dân\"")]
    [InlineData("\"mam non\" -\"hoc sinh\"")]
    public void Quoted_phrases_find_exactly_the_datasets_with_those_syllables_in_that_order(string text)
    {
        var request = new SearchRequest { Query = text, Limit = 1000, Viewer = ViewerScope.Anonymous };
        var results = new SearchExecutor(_searcher).Execute(request);

        // The definition: the folded syllables at consecutive positions of the title or the body.
        var parsed = SearchQueryParser.Parse(text);
        var expected = new BooleanQuery();
        foreach (var clause in parsed.Clauses)
        {
            var syllables = QueryPlanner.Analyze(clause.Text).Select(t => t.Folded).ToList();
            var either = new BooleanQuery();
            foreach (var field in new[] { IndexSchema.TitleFolded, IndexSchema.BodyFolded })
            {
                var phrase = new PhraseQuery();
                syllables.ForEach(s => phrase.Add(new Term(field, s)));
                either.Add(phrase, Occur.SHOULD);
            }
            expected.Add(either, clause.IsExcluded ? Occur.MUST_NOT : Occur.MUST);
        }
        var lucene = _searcher.Search(expected, SearchExecutor.BuildFilter(request, parsed), 3000);
        var expectedIds = lucene.ScoreDocs.Select(d => _searcher.Doc(d.Doc).Get(IndexSchema.Id)).Order().ToList();

        Assert.Equal(lucene.TotalHits, results.Total);
        Assert.Equal(expectedIds, results.Hits.Select(h => h.Id).Order());
    }

    [Fact]
    public void Cursor_pages_through_the_same_ranking()
    {
        var all = new SearchExecutor(_searcher).Execute(new SearchRequest { Query = "dân số", Limit = 300, Viewer = ViewerScope.Anonymous });
        var paged = new List<string>();
        string? cursor = null;
        do
        {
            var page = new SearchExecutor(_searcher).Execute(new SearchRequest { Query = "dân số", Limit = 40, Cursor = cursor ?? "", Viewer = ViewerScope.Anonymous });
            paged.AddRange(page.Hits.Select(h => h.Id));
            cursor = page.NextCursor;
        }
        while (cursor is not null && paged.Count < 300);

        Assert.True(all.Total > 300);
        Assert.Equal(all.Hits.Select(h => h.Id), paged.Take(300));
    }

    private static SearchDocument Document(Random random, int i)
    {
        var topic = Topics[random.Next(Topics.Length)];
        var place = Places[random.Next(Places.Length)];
        var org = random.Next(3) switch
        {
            0 => SampleCatalog.Education,
            1 => SampleCatalog.Health,
            _ => SampleCatalog.Statistics,
        };
        return new SearchDocument
        {
            Id = $"ds-{i:D5}",
            Name = $"dataset-{i:D5}",
            Title = $"{topic} {place}",
            Description = string.Join(". ", Enumerable.Range(0, random.Next(1, 4)).Select(_ => Sentences[random.Next(Sentences.Length)]))
                + $". Chủ đề: {Topics[random.Next(Topics.Length)]}.",
            Organization = org,
            OwnerOrganizationId = org.Value,
            Tags = [topic],
            Formats = ["CSV"],
            License = SampleCatalog.CcBy,
            AccessLevel = AccessLevel.Open,
            Created = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero).AddDays(-(i % 365)),
            Modified = new DateTimeOffset(2025, 6, 1, 0, 0, 0, TimeSpan.Zero).AddDays(-(i % 365)),
            IsPrivate = i % 20 == 7,
            State = i % 50 == 11 ? DatasetState.Draft : DatasetState.Active,
        };
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
    }
}
