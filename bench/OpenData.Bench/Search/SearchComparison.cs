using System.Globalization;
using System.Text.Json.Nodes;
using OpenData.Search.Evaluation;

namespace OpenData.Bench.Search;

/// <summary>
/// <c>search --engine compare</c>: the production Lucene engine against PostgreSQL full-text search (what a team
/// would pick instead) on the same synthetic catalogue and query mix, then on the relevance set (the demo
/// catalogue with our judged information needs), and the ratios of latency and quality.
/// </summary>
internal static class SearchComparison
{
    public static async Task<int> RunAsync(int datasets, int queryCount, CancellationToken ct)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"opendata-bench-compare-{Environment.ProcessId}");
        var connectionString = BenchPostgres.ConnectionString();
        EngineFigures lucene, postgres;
        await using (var engine = new LuceneEngine(folder))
        {
            lucene = await SearchBenchmark.MeasureAsync(engine, datasets, queryCount, folder, ct);
        }
        Directory.Delete(folder, recursive: true);
        Console.WriteLine();
        await using (var engine = new PostgresFullTextEngine(connectionString))
        {
            postgres = await SearchBenchmark.MeasureAsync(engine, datasets, queryCount, null, ct);
        }

        Console.WriteLine();
        Console.WriteLine("## relevance set (demo catalogue, judged needs), MRR@10 / nDCG@10");
        var (corpus, needs) = LoadRelevanceSet();
        await using var pg = new PostgresFullTextEngine(connectionString);
        await pg.BuildAsync(ToAsync(corpus), corpus.Count, new Progress<long>(), ct);
        Console.WriteLine("| typed | lucene MRR | lucene nDCG | postgres MRR | postgres nDCG |");
        Console.WriteLine("|---|---:|---:|---:|---:|");
        double luceneMrr = 0, postgresMrr = 0;
        foreach (var variant in new[] { "query", "unaccented", "telex" })
        {
            var queries = needs.Select(n => new EvalQuery((string)n["id"]!, (string)n[variant]!, n["relevant"]!.AsArray().Select(r => (string)r!).ToList())).ToList();
            var luceneReport = RelevanceEvaluator.Evaluate(corpus, queries).Metrics;
            var (mrr, ndcg) = await ScoreAsync(pg, queries, ct);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {(variant == "query" ? "accented" : variant)} | {luceneReport.Mrr:0.000} | {luceneReport.Ndcg:0.000} | {mrr:0.000} | {ndcg:0.000} |"));
            luceneMrr += luceneReport.Mrr / 3;
            postgresMrr += mrr / 3;
        }

        Console.WriteLine();
        Console.WriteLine("## ratios (postgres / lucene; above 1 means Lucene is better)");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"latency p50 ×{postgres.P50 / lucene.P50:0.0}, p95 ×{postgres.P95 / lucene.P95:0.0}, p99 ×{postgres.P99 / lucene.P99:0.0}; " +
            $"build rate lucene {lucene.BuildPerSecond:N0}/s vs postgres {postgres.BuildPerSecond:N0}/s; " +
            $"mean MRR@10 lucene {luceneMrr:0.000} vs postgres {postgresMrr:0.000}"));
        return 0;
    }

    /// <summary>MRR@10 and nDCG@10 with binary relevance, as <see cref="RelevanceEvaluator"/> scores Lucene.</summary>
    private static async Task<(double Mrr, double Ndcg)> ScoreAsync(PostgresFullTextEngine engine, IReadOnlyList<EvalQuery> queries, CancellationToken ct)
    {
        double mrr = 0, ndcg = 0;
        foreach (var query in queries)
        {
            var ranked = await engine.RankAsync(query.Query, 10, ct);
            var relevant = query.Relevant.ToHashSet(StringComparer.Ordinal);
            var first = ranked.Select((id, i) => (id, i)).FirstOrDefault(x => relevant.Contains(x.id));
            mrr += first.id is null ? 0 : 1.0 / (first.i + 1);
            var dcg = ranked.Select((id, i) => relevant.Contains(id) ? 1 / Math.Log2(i + 2) : 0).Sum();
            var ideal = Enumerable.Range(0, Math.Min(10, relevant.Count)).Sum(i => 1 / Math.Log2(i + 2));
            ndcg += ideal == 0 ? 0 : dcg / ideal;
        }
        return (mrr / queries.Count, ndcg / queries.Count);
    }

    private static (IReadOnlyList<OpenData.Search.Indexing.SearchDocument> Corpus, List<JsonObject> Needs) LoadRelevanceSet()
    {
        // From the working directory first: the benchmark may be built into a folder outside the repository.
        var root = new[] { Environment.CurrentDirectory, AppContext.BaseDirectory }
            .Select(RepositoryRootAbove).FirstOrDefault(r => r is not null)
            ?? throw new InvalidOperationException("run inside the repository (the relevance set and demo catalogue are read from it)");
        var demo = Path.Combine(root, "src", "OpenData.Web", "Demo");
        var corpus = CkanCorpus.Load(Path.Combine(demo, "datasets.jsonl"), Path.Combine(demo, "organizations.jsonl"));
        var needs = File.ReadLines(Path.Combine(root, "tests", "OpenData.Search.Tests", "Relevance", "queries.jsonl"))
            .Where(l => l.Length > 0).Select(l => JsonNode.Parse(l)!.AsObject()).ToList();
        return (corpus, needs);
    }

    private static string? RepositoryRootAbove(string folder)
    {
        for (var dir = folder; dir is not null; dir = Path.GetDirectoryName(dir))
        {
            if (File.Exists(Path.Combine(dir, "OpenData.sln")))
            {
                return dir;
            }
        }
        return null;
    }

    private static async IAsyncEnumerable<OpenData.Search.Indexing.SearchDocument> ToAsync(IEnumerable<OpenData.Search.Indexing.SearchDocument> documents)
    {
        foreach (var document in documents)
        {
            yield return document;
        }
        await Task.CompletedTask;
    }
}

/// <summary>The PostgreSQL the benchmarks use: OPENDATA_BENCH_POSTGRES, or a private server for the run.</summary>
internal static class BenchPostgres
{
    public static string ConnectionString() =>
        Environment.GetEnvironmentVariable("OPENDATA_BENCH_POSTGRES") is { Length: > 0 } configured
            ? configured
            : OpenData.TestSupport.PostgresServer.CreateDatabase("opendata_bench");
}
