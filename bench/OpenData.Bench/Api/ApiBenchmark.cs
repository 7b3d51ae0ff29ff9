using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using OpenData.Bench.Search;
using OpenData.Dcat.Model;
using OpenData.Search.Analysis;
using OpenData.Web;
using OpenData.Web.Catalog;
using OpenData.Web.Search;
using OpenData.Web.Storage;

namespace OpenData.Bench.Api;

/// <summary>
/// <c>api [--datasets 10000,100000] [--queries 1000] [--only search|csv]</c>: the real portal in-process (SQLite, the
/// default store) with N synthetic datasets, measured through HTTP: <c>/catalog.csv</c> streamed (bytes/s, peak
/// working set and GC heap while streaming against the figures after start-up) at every size, and a mix of
/// CKAN <c>package_search</c> calls at the largest size (p50/p95/p99, throughput with 1 and 4 clients).
/// </summary>
internal static class ApiBenchmark
{
    public static async Task<int> RunAsync(string[] args, CancellationToken ct)
    {
        var sizes = Option(args, "--datasets", "10000,100000").Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToList();
        var queries = int.Parse(Option(args, "--queries", "1000"), CultureInfo.InvariantCulture);
        var only = Option(args, "--only", "");
        // WebApplicationFactory finds the portal's content root through MvcTestingAppManifest.json in the current
        // directory (a test runner's is the output folder; `dotnet run`'s is the repository).
        Directory.SetCurrentDirectory(AppContext.BaseDirectory);
        Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}, server GC={GCSettings.IsServerGC}; load average {LoadAverage()}");
        foreach (var size in sizes)
        {
            var folder = Path.Combine(Path.GetTempPath(), $"opendata-bench-api-{Environment.ProcessId}-{size}");
            try
            {
                await using (var portal = new BenchPortal(folder))
                {
                    await LoadAsync(portal, size, ct);
                }
                // A fresh start on the loaded data folder, as an operator would run it: start-up opens (or rebuilds) the index.
                await using (var portal = new BenchPortal(folder))
                {
                    var client = portal.CreateClient();
                    client.Timeout = TimeSpan.FromMinutes(10);
                    await WaitForIndexAsync(portal, ct);
                    if (only != "search")
                    {
                        await CatalogCsvAsync(client, size, ct);
                    }
                    if (only != "csv" && size == sizes.Max())
                    {
                        await PackageSearchAsync(client, size, queries, ct);
                    }
                }
            }
            finally
            {
                if (Directory.Exists(folder))
                {
                    Directory.Delete(folder, recursive: true);
                }
            }
        }
        return 0;
    }

    /// <summary>
    /// Organizations through <see cref="OrganizationActions"/>; datasets through <see cref="DatasetWriter"/>, the
    /// layer every action writes with (row, side tables, revision), in transactions of 1 000; the search index is
    /// rebuilt by the portal's own start-up check. The actions' validation is skipped: it is per-request work that
    /// does not change the rows written.
    /// </summary>
    private static async Task LoadAsync(BenchPortal portal, int count, CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        await using var scope = portal.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var organizations = services.GetRequiredService<OrganizationActions>();
        var ids = new Dictionary<string, Guid>();
        foreach (var organization in SyntheticCatalog.Organizations)
        {
            var created = await organizations.CreateAsync(Actor.System, new OrganizationInput { Name = organization.Value, Title = organization.Label }, ct);
            ids[organization.Value] = created.Id;
        }
        var db = services.GetRequiredService<CatalogDbContext>();
        // No change sinks: the search index sink makes each save searchable before it returns (an index reopen per
        // dataset, ~35 datasets/s). The next start finds the index out of step and rebuilds it, as after a restore.
        var writer = new DatasetWriter(db, [], services.GetRequiredService<IStringLocalizer<SharedResource>>(), TimeProvider.System);
        var random = new Random(42);
        const int batch = 1_000;
        for (var start = 0; start < count; start += batch)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            for (var i = start; i < Math.Min(count, start + batch); i++)
            {
                var dataset = ToDataset(SyntheticCatalog.Document(random, i), i);
                await writer.SaveAsync(Actor.System, dataset, ids[dataset.Organization], null, "create", null, ct);
            }
            await transaction.CommitAsync(ct);
        }
        Console.WriteLine($"loaded {count:N0} datasets in {watch.Elapsed.TotalSeconds:N1} s ({count / watch.Elapsed.TotalSeconds:N0}/s)");
    }

    private static readonly string[] ThemeNames = ThemeActions.NationalThemes.Select(t => t.Name).ToArray();
    private static readonly string[] MediaTypes = ["text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/json", "application/pdf"];

    /// <summary>The synthetic search document as the dataset it describes (same vocabulary as the search benchmark).</summary>
    private static Dataset ToDataset(OpenData.Search.Indexing.SearchDocument document, int i)
    {
        var id = new Guid(i, 11, 11, 1, 2, 3, 4, 5, 6, 7, 8);
        return new Dataset
        {
            Id = id,
            Name = document.Name,
            Title = document.Title,
            Description = document.Description,
            Organization = document.Organization?.Value ?? SyntheticCatalog.Organizations[0].Value,
            Keywords = document.Tags.Distinct().ToList(),
            Themes = [ThemeNames[i % ThemeNames.Length]],
            LicenseId = document.License?.Value,
            AccessLevel = document.AccessLevel,
            FrequencyCode = "ANNUAL",
            Spatial = document.Spatial.Select(s => new Location(s.Value, s.Label)).ToList(),
            IsPrivate = document.IsPrivate,
            State = document.State,
            Created = document.Created,
            Modified = document.Modified,
            Distributions = document.Formats.Distinct().Select((format, r) => new Distribution
            {
                Id = new Guid(i, (short)r, 12, 1, 2, 3, 4, 5, 6, 7, 8),
                Title = document.ResourceTexts.FirstOrDefault() ?? document.Title,
                Format = format,
                MediaType = MediaTypes[r % MediaTypes.Length],
                Url = $"https://opendata.quangngai.gov.vn/files/{document.Name}/{r}.{format.ToLowerInvariant()}",
                ByteSize = 1024L * (i % 1000 + 1),
                Created = document.Created,
                Modified = document.Modified,
            }).ToList(),
        };
    }

    private static async Task WaitForIndexAsync(BenchPortal portal, CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        while (!portal.Services.GetRequiredService<PortalSearchIndex>().IsReady)
        {
            await Task.Delay(100, ct);
        }
        Console.WriteLine($"search index ready {watch.Elapsed.TotalSeconds:N1} s after start");
    }

    private static async Task CatalogCsvAsync(HttpClient client, int size, CancellationToken ct)
    {
        // Warm-up on the first page of the catalogue, then a clean heap as the baseline.
        using (var warm = await client.GetAsync("/dataset.csv?q=dân số", HttpCompletionOption.ResponseHeadersRead, ct))
        {
            await warm.Content.CopyToAsync(Stream.Null, ct);
        }
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var baseWorkingSet = process.WorkingSet64;
        var baseHeap = GC.GetTotalMemory(forceFullCollection: false);
        long peakWorkingSet = baseWorkingSet, peakHeap = baseHeap;
        using var sampling = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!sampling.IsCancellationRequested)
            {
                process.Refresh();
                peakWorkingSet = Math.Max(peakWorkingSet, process.WorkingSet64);
                peakHeap = Math.Max(peakHeap, GC.GetTotalMemory(forceFullCollection: false));
                try
                {
                    await Task.Delay(20, sampling.Token);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }, CancellationToken.None);
        var cpu = process.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        using var response = await client.GetAsync("/catalog.csv", HttpCompletionOption.ResponseHeadersRead, ct);
        response.EnsureSuccessStatusCode();
        await using var body = await response.Content.ReadAsStreamAsync(ct);
        var buffer = new byte[64 * 1024];
        long bytes = 0, lines = 0;
        int read;
        while ((read = await body.ReadAsync(buffer, ct)) > 0)
        {
            bytes += read;
            lines += buffer.AsSpan(0, read).Count((byte)'\n');
        }
        watch.Stop();
        await sampling.CancelAsync();
        await sampler;
        process.Refresh();
        var cpuSeconds = (process.TotalProcessorTime - cpu).TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"catalog.csv | {size:N0} datasets | {lines - 1:N0} rows | {bytes / 1e6:F1} MB | {watch.Elapsed.TotalSeconds:F1} s | {bytes / 1e6 / watch.Elapsed.TotalSeconds:F1} MB/s | {size / watch.Elapsed.TotalSeconds:N0} datasets/s | CPU {cpuSeconds:F1} s | " +
            $"working set {baseWorkingSet / 1e6:F0} → peak {peakWorkingSet / 1e6:F0} MB | GC heap {baseHeap / 1e6:F0} → peak {peakHeap / 1e6:F0} MB | load average {LoadAverage()}"));
    }

    private sealed record Call(string Kind, string Query);

    /// <summary>A mix of package_search calls as CKAN clients and the portal's own pages make them.</summary>
    private static List<Call> Mix(int count)
    {
        var random = new Random(11);
        string[] sorts = ["score desc, metadata_modified desc", "metadata_modified desc", "name asc", "metadata_created desc"];
        string[] facets = ["[\"organization\",\"tags\",\"res_format\",\"groups\",\"license_id\"]", "[\"organization\",\"res_format\"]"];
        string[] formats = ["CSV", "XLSX", "JSON", "PDF", "GeoJSON"];
        var calls = new List<Call>(count);
        for (var i = 0; i < count; i++)
        {
            var topic = SyntheticCatalog.Topics[random.Next(SyntheticCatalog.Topics.Length)];
            var organization = SyntheticCatalog.Organizations[random.Next(SyntheticCatalog.Organizations.Length)].Value;
            var rows = new[] { 10, 20, 50, 100 }[random.Next(4)];
            var roll = random.Next(100);
            var (kind, query) = roll switch
            {
                < 25 => ("q accented", $"q={E(topic)}&rows={rows}"),
                < 45 => ("q unaccented", $"q={E(VietnameseText.Fold(topic))}&rows={rows}"),
                < 55 => ("q + fq organization", $"q={E(topic)}&fq={E($"organization:{organization}")}&rows={rows}"),
                < 63 => ("fq tags", $"fq={E($"tags:\"{topic}\"")}&rows={rows}&sort={E(sorts[random.Next(sorts.Length)])}"),
                < 71 => ("fq res_format", $"fq={E($"res_format:{formats[random.Next(formats.Length)]}")}&rows={rows}&sort={E("metadata_modified desc")}"),
                < 85 => ("q + facets", $"q={E(VietnameseText.Fold(topic))}&facet.field={E(facets[random.Next(facets.Length)])}&rows={rows}"),
                < 95 => ("browse + facets, sorted", $"facet.field={E(facets[0])}&rows={rows}&sort={E(sorts[1 + random.Next(sorts.Length - 1)])}"),
                _ => ("page 5", $"q={E(topic)}&rows={rows}&start={4 * rows}"),
            };
            calls.Add(new Call(kind, "/api/3/action/package_search?" + query));
        }
        return calls;
    }

    private static string E(string value) => Uri.EscapeDataString(value);

    private static async Task PackageSearchAsync(HttpClient client, int size, int count, CancellationToken ct)
    {
        var calls = Mix(count);
        foreach (var call in calls.Take(50))
        {
            await CallAsync(client, call, ct); // warm-up: JIT, index readers, caches
        }
        var times = new List<(string Kind, double Ms)>();
        var watch = Stopwatch.StartNew();
        foreach (var call in calls)
        {
            var started = Stopwatch.GetTimestamp();
            await CallAsync(client, call, ct);
            times.Add((call.Kind, Stopwatch.GetElapsedTime(started).TotalMilliseconds));
        }
        watch.Stop();
        Console.WriteLine($"package_search, {size:N0} datasets, {count:N0} calls, 1 client: {count / watch.Elapsed.TotalSeconds:N0} calls/s; load average {LoadAverage()}");
        Console.WriteLine("| kind | calls | p50 ms | p95 ms | p99 ms |");
        Console.WriteLine("|---|---:|---:|---:|---:|");
        foreach (var group in times.GroupBy(t => t.Kind).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            Row(group.Key, group.Select(t => t.Ms).ToList());
        }
        Row("**all**", times.Select(t => t.Ms).ToList());

        var parallel = Stopwatch.StartNew();
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, 4).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < calls.Count)
            {
                await CallAsync(client, calls[i], ct);
            }
        }));
        parallel.Stop();
        Console.WriteLine($"package_search, 4 clients: {count / parallel.Elapsed.TotalSeconds:N0} calls/s; load average {LoadAverage()}");
    }

    private static void Row(string kind, List<double> ms)
    {
        ms.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {kind} | {ms.Count} | {Percentile(ms, 0.50):F1} | {Percentile(ms, 0.95):F1} | {Percentile(ms, 0.99):F1} |"));
    }

    private static async Task CallAsync(HttpClient client, Call call, CancellationToken ct)
    {
        using var response = await client.GetAsync(call.Query, ct);
        var text = await response.Content.ReadAsStringAsync(ct);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{call.Query}: {(int)response.StatusCode} {text}");
        }
        using var json = JsonDocument.Parse(text);
        _ = json.RootElement.GetProperty("result").GetProperty("count").GetInt64();
    }

    private static double Percentile(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];

    private static string Option(string[] args, string name, string fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : fallback;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    /// <summary>
    /// The portal as PortalFactory runs it in the tests: its own data folder, SQLite, no demo catalogue. (Any type of the
    /// web assembly names its entry point; <c>Program</c> would be this program's own.)
    /// </summary>
    private sealed class BenchPortal(string dataDirectory) : WebApplicationFactory<SharedResource>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Production");
            var settings = new Dictionary<string, string?>
            {
                ["OpenData:DataDirectory"] = dataDirectory,
                ["OpenData:LoadDemoCatalog"] = "false",
                ["OpenData:PublicBaseUrl"] = "http://localhost",
                ["ConnectionStrings:Catalog"] = "",
            };
            builder.UseSetting("OpenData:DataDirectory", dataDirectory);
            builder.UseSetting("ConnectionStrings:Catalog", "");
            builder.ConfigureAppConfiguration(c => c.AddInMemoryCollection(settings));
            builder.ConfigureLogging(l => l.SetMinimumLevel(LogLevel.Warning));
        }
    }
}
