using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using OpenData.Dcat.Model;
using OpenData.Search.Indexing;

namespace OpenData.Bench.Search;

/// <summary>
/// <c>search --datasets N [--queries Q] [--engine lucene|postgres|compare] [--keep] [--index DIR]</c>: builds a synthetic catalogue,
/// then reports build rate, query latency percentiles over the mix (overall and per kind), refresh latency, and memory.
/// <c>--index DIR</c> keeps the Lucene index in DIR and, when DIR already holds a ready index, skips the build (for
/// measuring query changes without rebuilding a million datasets).
/// </summary>
internal static class SearchBenchmark
{
    public static async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var datasets = Option(args, "--datasets", 100_000);
        var queryCount = Option(args, "--queries", 2_000);
        var engineName = OptionText(args, "--engine") ?? "lucene";
        var indexFolder = OptionText(args, "--index");
        var keep = args.Contains("--keep") || indexFolder is not null;
        Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}, server GC={GCSettings.IsServerGC}");
        if (engineName == "compare")
        {
            return await SearchComparison.RunAsync(datasets, queryCount, cancellationToken);
        }
        var folder = indexFolder ?? Path.Combine(Path.GetTempPath(), $"opendata-bench-search-{Environment.ProcessId}");
        // Disposed (the index committed and closed) before its folder is deleted.
        await using (ISearchEngineUnderTest engine = engineName switch
        {
            "lucene" => new LuceneEngine(folder, reuseReadyIndex: indexFolder is not null),
            "postgres" => new PostgresFullTextEngine(BenchPostgres.ConnectionString()),
            _ => throw new ArgumentException($"Unknown engine '{engineName}' (known: lucene, postgres, compare)."),
        })
        {
            await MeasureAsync(engine, datasets, queryCount, engineName == "lucene" ? folder : null, cancellationToken);
        }
        if (!keep && Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
        return 0;
    }

    /// <summary>Builds, queries, writes and reports for one engine; returns the headline figures.</summary>
    public static async Task<EngineFigures> MeasureAsync(ISearchEngineUnderTest engine, int datasets, int queryCount, string? folder, CancellationToken cancellationToken)
    {
        Console.WriteLine($"# search benchmark: engine={engine.Name} datasets={datasets:N0} queries={queryCount:N0}");
        Console.WriteLine($"load average at start: {LoadAverage()}");
        var buildCpu = CpuTime();
        var build = Stopwatch.StartNew();
        var lastReport = Stopwatch.StartNew();
        var progress = new SyncProgress(count =>
        {
            if (lastReport.Elapsed.TotalSeconds >= 10)
            {
                Console.WriteLine($"  indexed {count:N0} ({count / build.Elapsed.TotalSeconds:N0}/s)");
                lastReport.Restart();
            }
        });
        var built = await engine.BuildAsync(new SyntheticCatalog().Generate(datasets), datasets, progress, cancellationToken);
        build.Stop();
        var buildCpuSeconds = (CpuTime() - buildCpu).TotalSeconds;
        Console.WriteLine(built
            ? $"build: {datasets:N0} datasets in {build.Elapsed.TotalSeconds:N1} s = {datasets / build.Elapsed.TotalSeconds:N0} datasets/s wall (incl. commit); " +
              $"{buildCpuSeconds:N1} CPU-s = {datasets / buildCpuSeconds:N0} datasets per CPU-second"
            : $"build: skipped, reusing the ready index in {folder}");
        if (folder is not null)
        {
            Console.WriteLine($"index size on disk: {FolderSize(folder) / 1024.0 / 1024.0:N0} MiB");
        }

        var queries = QueryMix.Generate(queryCount + 200);
        foreach (var warm in queries.Take(200))
        {
            await engine.QueryAsync(warm, cancellationToken);
        }
        var samples = new List<(string Category, double Ms)>(queryCount);
        var queryCpu = CpuTime();
        foreach (var query in queries.Skip(200))
        {
            var sw = Stopwatch.StartNew();
            await engine.QueryAsync(query, cancellationToken);
            samples.Add((query.Category, sw.Elapsed.TotalMilliseconds));
        }
        var cpuPerQuery = (CpuTime() - queryCpu).TotalMilliseconds / samples.Count;
        Console.WriteLine();
        Console.WriteLine($"queries: mean CPU {cpuPerQuery:N1} ms/query (process CPU time / queries); load average after: {LoadAverage()}");
        Console.WriteLine("| query kind | n | p50 ms | p95 ms | p99 ms |");
        Console.WriteLine("|---|---:|---:|---:|---:|");
        Row("all (with facets unless noted)", samples.Select(s => s.Ms).ToList());
        foreach (var group in samples.GroupBy(s => s.Category).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            Row(group.Key, group.Select(s => s.Ms).ToList());
        }

        var refresh = new List<double>();
        var random = new Random(1);
        for (var i = 0; i < 20; i++)
        {
            var word = $"benchmarkword{i}x";
            var doc = SyntheticCatalog.Document(random, datasets + i) with { Title = $"Bộ dữ liệu {word}", IsPrivate = false, State = DatasetState.Active };
            var probe = new BenchQuery("refresh", word, new Dictionary<string, IReadOnlyList<string>>(), SearchSort.Relevance, false);
            var sw = Stopwatch.StartNew();
            await engine.WriteAsync(doc, cancellationToken);
            while (await engine.QueryAsync(probe, cancellationToken) == 0)
            {
                await Task.Delay(5, cancellationToken);
            }
            refresh.Add(sw.Elapsed.TotalMilliseconds);
        }
        Console.WriteLine();
        Console.WriteLine($"refresh (write → visible to search, polling every 5 ms, 20 writes): p50 {Percentile(refresh, 50):N0} ms, max {refresh.Max():N0} ms");

        var gc = GC.GetGCMemoryInfo();
        Console.WriteLine($"memory: peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1024.0 / 1024.0:N0} MiB, " +
            $"GC heap {GC.GetTotalMemory(false) / 1024.0 / 1024.0:N0} MiB, peak committed {gc.TotalCommittedBytes / 1024.0 / 1024.0:N0} MiB, " +
            $"allocated total {GC.GetTotalAllocatedBytes() / 1024.0 / 1024.0 / 1024.0:N1} GiB, gen2 GCs {GC.CollectionCount(2)}");

        var all = samples.Select(x => x.Ms).ToList();
        return new EngineFigures(engine.Name, datasets / build.Elapsed.TotalSeconds, Percentile(all, 50), Percentile(all, 95), Percentile(all, 99), Percentile(refresh, 50));
    }

    private static TimeSpan CpuTime() => Process.GetCurrentProcess().TotalProcessorTime;

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    private static void Row(string name, List<double> ms) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | {ms.Count} | {Percentile(ms, 50):F1} | {Percentile(ms, 95):F1} | {Percentile(ms, 99):F1} |"));

    public static double Percentile(List<double> values, double p)
    {
        var sorted = values.Order().ToList();
        var index = (int)Math.Ceiling(p / 100 * sorted.Count) - 1;
        return sorted[Math.Clamp(index, 0, sorted.Count - 1)];
    }

    private static long FolderSize(string folder) =>
        Directory.Exists(folder) ? new DirectoryInfo(folder).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length) : 0;

    private static int Option(string[] args, string name, int fallback) =>
        OptionText(args, name) is { } text ? int.Parse(text.Replace("_", "", StringComparison.Ordinal), CultureInfo.InvariantCulture) : fallback;

    private static string? OptionText(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    private sealed class SyncProgress(Action<long> report) : IProgress<long>
    {
        public void Report(long value) => report(value);
    }
}

internal sealed record EngineFigures(string Engine, double BuildPerSecond, double P50, double P95, double P99, double RefreshP50);
