using System.Diagnostics;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using OpenData.Search.Indexing;
using OpenData.Search.Querying;

namespace OpenData.Bench.Search;

internal static class Probe
{
    public static int Run(string[] args)
    {
        var root = args[1];
        var n = args.Length > 2 && int.TryParse(args[2], out var asked) ? asked : 300;
        var current = File.ReadAllText(Path.Combine(root, "current")).Trim();
        using var dir = FSDirectory.Open(Path.Combine(root, current));
        using var reader = DirectoryReader.Open(dir);
        if (args.Contains("--repeat"))
        {
            return Repeat(reader, args[Array.IndexOf(args, "--repeat") + 1]);
        }
        if (args.Contains("--topics"))
        {
            return Topics(reader);
        }
        Console.WriteLine($"segments: {reader.Leaves.Count}, docs {reader.NumDocs:N0}: " + string.Join(", ", reader.Leaves.Select(l => l.AtomicReader.MaxDoc)));
        var searcher = new IndexSearcher(reader) { Similarity = new BM25Similarity() };
        var queries = QueryMix.Generate(n + 100).Where(q => q.Category != "browse-newest").ToList();
        var prepared = queries.Select(q =>
        {
            var request = new SearchRequest { Query = q.Text, Filters = q.Filters, Sort = q.Sort, Limit = 20, FacetFields = q.WithFacets ? [.. FacetFields.All] : [], Viewer = ViewerScope.Anonymous };
            var parsed = SearchQueryParser.Parse(request.Query);
            var plan = new QueryPlanner(reader).Plan(parsed);
            var filter = SearchExecutor.BuildFilter(request, parsed);
            return (q, request, plan, filter);
        }).ToList();

        void Stage(string name, Func<int, long> run)
        {
            for (var i = 0; i < 100; i++) run(i);
            long hits = 0;
            var sw = Stopwatch.StartNew();
            var times = new List<double>();
            for (var i = 100; i < prepared.Count; i++) { var t = Stopwatch.StartNew(); hits += run(i); times.Add(t.Elapsed.TotalMilliseconds); }
            times.Sort();
            Console.WriteLine($"{name,-40} mean {sw.Elapsed.TotalMilliseconds / (prepared.Count - 100),7:F2} ms  p50 {times[times.Count / 2],7:F2}  p95 {times[(int)(times.Count * 0.95)],7:F2}  hits/q {hits / (prepared.Count - 100):N0}");
        }
        Stage("count strict, no filter", i => { var c = new TotalHitCountCollector(); searcher.Search(prepared[i].plan.Strict, c); return c.TotalHits; });
        Stage("count strict + filter", i => { var c = new TotalHitCountCollector(); searcher.Search(prepared[i].plan.Strict, prepared[i].filter, c); return c.TotalHits; });
        Stage("match set (match field + filter)", i => MatchSet.Compute(searcher, prepared[i].plan.StrictMatch, prepared[i].filter).Total);
        Stage("match set + top-score ranker", i => TopScoreRanker.Top(searcher, prepared[i].plan.Strict, MatchSet.Compute(searcher, prepared[i].plan.StrictMatch, prepared[i].filter), 21, null)?.Length ?? -1);
        Stage("top20 score, no filter", i => searcher.Search(prepared[i].plan.Strict, 20).TotalHits);
        Stage("top20 score+id sort + filter", i => searcher.Search(prepared[i].plan.Strict, prepared[i].filter, 21, new Sort(SortField.FIELD_SCORE, new SortField(IndexSchema.Id, SortFieldType.STRING)), true, false).TotalHits);
        Stage("weights of the scoring leaves", i => { var w = searcher.CreateNormalizedWeight(searcher.Rewrite(prepared[i].plan.Strict)); return 1; });
        Stage("plan only", i => new QueryPlanner(reader).Plan(SearchQueryParser.Parse(prepared[i].request.Query)).Tokens.Count);
        Stage("match + facets", i => { var m = MatchSet.Compute(searcher, prepared[i].plan.StrictMatch, prepared[i].filter); var f = m.CollectAll(searcher, () => new FacetCollector([.. FacetFields.All])); return f[0].Result(10).Count; });
        Stage("Execute, no highlight", i => new SearchExecutor(searcher).Execute(prepared[i].request with { Highlight = false }).Total);
        Stage("Execute, no facets", i => new SearchExecutor(searcher).Execute(prepared[i].request with { FacetFields = [] }).Total);
        Stage("full Execute", i => new SearchExecutor(searcher).Execute(prepared[i].request).Total);
        foreach (var p in prepared.Skip(100).Where(p => p.q.Category == "typo").Take(8))
        {
            var sw0 = Stopwatch.StartNew();
            var plan = new QueryPlanner(reader).Plan(SearchQueryParser.Parse(p.request.Query));
            var tPlan = sw0.Elapsed.TotalMilliseconds; sw0.Restart();
            var m = plan.RelaxedMatch is null ? null : MatchSet.Compute(searcher, plan.RelaxedMatch, p.filter);
            var tMatch = sw0.Elapsed.TotalMilliseconds; sw0.Restart();
            m?.CollectAll(searcher, () => new FacetCollector([.. FacetFields.All]));
            var tFacets = sw0.Elapsed.TotalMilliseconds; sw0.Restart();
            var rw = plan.Relaxed is null ? null : searcher.Rewrite(plan.Relaxed);
            var tRewrite = sw0.Elapsed.TotalMilliseconds; sw0.Restart();
            var top = m is null ? null : TopScoreRanker.Top(searcher, plan.Relaxed!, m, 21, null);
            var tRank = sw0.Elapsed.TotalMilliseconds; sw0.Restart();
            var r = new SearchExecutor(searcher).Execute(p.request);
            Console.WriteLine($"  typo '{p.request.Query}' total {m?.Total} ranker {(top is null ? "fallback" : "ok")} plan {tPlan:F1} match {tMatch:F1} facets {tFacets:F1} rewrite {tRewrite:F1} rank {tRank:F1} execute {sw0.Elapsed.TotalMilliseconds:F1} didyoumean {r.DidYouMean}");
        }
        foreach (var g in prepared.Skip(100).GroupBy(p => p.q.Category))
        {
            double tPlan = 0, tMatch = 0, tFacets = 0, tRank = 0, tExec = 0;
            foreach (var p in g)
            {
                var sw0 = Stopwatch.StartNew();
                var plan = new QueryPlanner(reader).Plan(SearchQueryParser.Parse(p.request.Query));
                var filter = SearchExecutor.BuildFilter(p.request, SearchQueryParser.Parse(p.request.Query));
                tPlan += sw0.Elapsed.TotalMilliseconds; sw0.Restart();
                var m = MatchSet.Compute(searcher, plan.StrictMatch, filter);
                tMatch += sw0.Elapsed.TotalMilliseconds; sw0.Restart();
                m.CollectAll(searcher, () => new FacetCollector([.. FacetFields.All]));
                tFacets += sw0.Elapsed.TotalMilliseconds; sw0.Restart();
                TopScoreRanker.Top(searcher, plan.Strict, m, 21, null);
                tRank += sw0.Elapsed.TotalMilliseconds; sw0.Restart();
                new SearchExecutor(searcher).Execute(p.request);
                tExec += sw0.Elapsed.TotalMilliseconds;
            }
            var count = g.Count();
            Console.WriteLine($"  {g.Key,-20} plan {tPlan / count,6:F2} match {tMatch / count,6:F2} facets {tFacets / count,6:F2} rank {tRank / count,6:F2} | execute {tExec / count,6:F2}");
        }
        foreach (var g in prepared.Skip(100).GroupBy(p => p.q.Category))
        {
            var sw = Stopwatch.StartNew(); long hits = 0;
            foreach (var p in g) hits += new SearchExecutor(searcher).Execute(p.request).Total;
            Console.WriteLine($"  {g.Key,-20} n {g.Count(),4} mean {sw.Elapsed.TotalMilliseconds / g.Count(),7:F2} ms hits/q {hits / g.Count():N0}");
        }
        return 0;
    }

    /// <summary>One anonymous search with every facet, as the portal's search page runs it.</summary>
    private static SearchRequest FacetedSearch(string text) =>
        new() { Query = text, Limit = 20, FacetFields = [.. FacetFields.All], Viewer = ViewerScope.Anonymous };

    /// <summary>One search twelve times: how its time settles, and whether a full GC falls in it.</summary>
    private static int Repeat(DirectoryReader reader, string text)
    {
        var searcher = new IndexSearcher(reader) { Similarity = new BM25Similarity() };
        for (var i = 0; i < 12; i++)
        {
            var gen2 = GC.CollectionCount(2);
            var sw = Stopwatch.StartNew();
            var results = new SearchExecutor(searcher).Execute(FacetedSearch(text));
            Console.WriteLine($"{text}: {sw.Elapsed.TotalMilliseconds:F1} ms total {results.Total} fuzzy {results.UsedFuzzyFallback} dym {results.DidYouMean} gen2 {GC.CollectionCount(2) - gen2}");
        }
        return 0;
    }

    /// <summary>Median stage times per accented topic, slowest first: which queries make the tail, and in which step.</summary>
    private static int Topics(DirectoryReader reader)
    {
        var searcher = new IndexSearcher(reader) { Similarity = new BM25Similarity() };
        var rows = new List<(string Topic, int Total, int Syllables, double Match, double Facets, double Rank, double Execute)>();
        // Warm-up: tiered compilation and the page cache, or the first topics pay for both.
        for (var round = 0; round < 3; round++)
        {
            foreach (var topic in SyntheticCatalog.Topics)
            {
                new SearchExecutor(searcher).Execute(FacetedSearch(topic));
            }
        }
        foreach (var topic in SyntheticCatalog.Topics)
        {
            var request = FacetedSearch(topic);
            var parsed = SearchQueryParser.Parse(topic);
            var plan = new QueryPlanner(reader).Plan(parsed);
            var filter = SearchExecutor.BuildFilter(request, parsed);
            var match = new List<double>(); var facets = new List<double>(); var rank = new List<double>(); var execute = new List<double>();
            var total = 0;
            for (var run = 0; run < 6; run++)
            {
                var sw = Stopwatch.StartNew();
                var m = MatchSet.Compute(searcher, plan.StrictMatch, filter);
                match.Add(sw.Elapsed.TotalMilliseconds); sw.Restart();
                m.CollectAll(searcher, () => new FacetCollector([.. FacetFields.All]));
                facets.Add(sw.Elapsed.TotalMilliseconds); sw.Restart();
                TopScoreRanker.Top(searcher, plan.Strict, m, 21, null);
                rank.Add(sw.Elapsed.TotalMilliseconds); sw.Restart();
                total = new SearchExecutor(searcher).Execute(request).Total;
                execute.Add(sw.Elapsed.TotalMilliseconds);
            }
            static double Median(List<double> xs) => xs.Skip(1).Order().ElementAt(xs.Count / 2 - 1);
            rows.Add((topic, total, plan.Tokens.Count, Median(match), Median(facets), Median(rank), Median(execute)));
        }
        Console.WriteLine($"sum of medians over {rows.Count} topics: match {rows.Sum(r => r.Match):F0} facets {rows.Sum(r => r.Facets):F0} rank {rows.Sum(r => r.Rank):F0} execute {rows.Sum(r => r.Execute):F0} ms");
        foreach (var r in rows.OrderByDescending(r => r.Execute))
        {
            Console.WriteLine($"{r.Topic,-28} syllables {r.Syllables} total {r.Total,8:N0}  match {r.Match,6:F1} facets {r.Facets,6:F1} rank {r.Rank,6:F1} | execute {r.Execute,6:F1}");
        }
        return 0;
    }
}
