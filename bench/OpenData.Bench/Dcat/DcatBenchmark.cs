using System.Diagnostics;
using System.Globalization;
using System.Text;
using OpenData.Dcat.DcatAp;
using OpenData.Dcat.Model;
using OpenData.Dcat.Rdf;

namespace OpenData.Bench.Dcat;

/// <summary>
/// `dcat [--datasets 10000,100000] [--formats turtle,ntriples,rdfxml,jsonld]`: synthetic datasets generated on the fly
/// (no store), mapped to DCAT-AP 3 and written by the streaming writers in pages of 100, as /catalog.* does.
/// Reports time, datasets/s, output size, allocations and memory so a flat memory profile is visible.
/// </summary>
public static class DcatBenchmark
{
    private const int ChunkSize = 100;

    public static int Run(string[] args, CancellationToken ct)
    {
        var sizes = Option(args, "--datasets", "10000,100000").Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToList();
        var formats = Option(args, "--formats", "turtle,ntriples,rdfxml,jsonld").Split(',')
            .Select(n => RdfFormats.FromName(n) ?? throw new ArgumentException("unknown format " + n)).ToList();
        var context = new DcatApContext("https://opendata.quangngai.gov.vn")
        {
            Organizations = Enumerable.Range(0, 20).ToDictionary(i => $"co-quan-{i}", i => new Organization
            {
                Id = Guid.NewGuid(), Name = $"co-quan-{i}", Title = $"Sở số {i} tỉnh Quảng Ngãi", Email = $"so{i}@quangngai.gov.vn",
            }),
        };
        Console.WriteLine($"DCAT-AP 3 dump: {Environment.ProcessorCount} logical CPUs, .NET {Environment.Version}, {RuntimeInformationText()}");
        // CPU seconds beside wall seconds: on a shared machine the wall clock measures the neighbours too.
        Console.WriteLine("| format | datasets | seconds | datasets/s | CPU seconds | datasets/CPU-s | output MB | allocated MB | max live heap MB | retained heap MB | peak working set MB |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        // Warm-up: let tiered JIT reach optimized code for the mapper and every writer, so the 10k rows measure the same
        // steady state as the 100k rows (on a loaded 2-core machine tier-up takes seconds).
        foreach (var format in formats)
        {
            Dump(context, format, 5_000, ct);
        }
        foreach (var format in formats)
        {
            foreach (var size in sizes)
            {
                ct.ThrowIfCancellationRequested();
                GC.Collect();
                GC.WaitForPendingFinalizers();
                var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
                var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
                var stopwatch = Stopwatch.StartNew();
                var (bytes, maxLive, retained) = Dump(context, format, size, ct);
                stopwatch.Stop();
                var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
                using var process = Process.GetCurrentProcess();
                var cpu = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {RdfFormats.Info(format).Name} | {size:N0} | {stopwatch.Elapsed.TotalSeconds:F2} | {size / stopwatch.Elapsed.TotalSeconds:N0} | {cpu:F2} | {size / cpu:N0} | {bytes / 1e6:F1} | {allocated / 1e6:N0} | {maxLive / 1e6:F1} | {retained / 1e6:F1} | {process.PeakWorkingSet64 / 1e6:F0} |"));
            }
        }
        return 0;
    }

    private static (long Bytes, long MaxLiveHeap, long RetainedHeap) Dump(DcatApContext context, RdfFormat format, int count, CancellationToken ct)
    {
        var sink = new CountingStream();
        using var output = new StreamWriter(sink, new UTF8Encoding(false), 64 * 1024);
        IRdfWriter rdf = Environment.GetEnvironmentVariable("DCAT_BENCH_NULL") == "1" ? new NullWriter() : RdfFormats.CreateWriter(format, output);
        var writer = new DcatCatalogWriter(rdf, new DcatApWriter(context));
        writer.Begin(new CatalogPaging(1, count, count, p => $"{context.BaseUrl}/catalog.ttl?page={p}"), DateTimeOffset.UtcNow);
        long maxLive = 0;
        var chunk = new List<Dataset>(ChunkSize);
        for (var i = 0; i < count; i++)
        {
            chunk.Add(Synthetic(i));
            if (chunk.Count == ChunkSize || i == count - 1)
            {
                writer.WriteDatasets(chunk);
                chunk.Clear();
                if (i % 10_000 < ChunkSize)
                {
                    ct.ThrowIfCancellationRequested();
                    maxLive = Math.Max(maxLive, GC.GetTotalMemory(forceFullCollection: false));
                }
            }
        }
        // "Max live heap" samples include garbage not yet collected; one full collection before the document ends (a few
        // ms, inside the timed region) shows what the writers really keep for the whole document.
        var retained = GC.GetTotalMemory(forceFullCollection: true);
        writer.End();
        output.Flush();
        return (sink.Length, maxLive, retained);
    }

    private static readonly string[] Themes = ["nong-nghiep", "y-te", "giao-duc", "moi-truong", "dia-phuong", "tai-chinh"];
    private static readonly string[] Formats = ["CSV", "XLSX", "GeoJSON", "PDF"];

    /// <summary>A realistic dataset: Vietnamese text, 2–3 distributions, themes, place, period, contact.</summary>
    private static Dataset Synthetic(int i)
    {
        var created = new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero).AddMinutes(i * 7);
        var id = new Guid(i, 7, 7, 1, 2, 3, 4, 5, 6, 7, 8);
        return new Dataset
        {
            Id = id,
            Name = $"bo-du-lieu-so-{i}",
            Title = $"Số liệu thống kê dân số và lao động của xã số {i % 500} năm {2020 + i % 6}",
            Description = $"Bộ dữ liệu tổng hợp số liệu về dân số, lao động và việc làm tại xã số {i % 500}, tỉnh Quảng Ngãi. Số liệu do UBND xã cung cấp, được Sở kiểm tra và công bố theo Nghị định 47/2020/NĐ-CP.",
            Organization = $"co-quan-{i % 20}",
            Keywords = ["dân số", "lao động", $"xã {i % 500}"],
            Themes = [Themes[i % Themes.Length], Themes[(i / 7) % Themes.Length]],
            LicenseId = "cc-by",
            FrequencyCode = "ANNUAL",
            ContactPoint = new ContactPoint("Văn phòng Sở", "vanphong@quangngai.gov.vn", "0255 3822 123"),
            Temporal = new PeriodOfTime(new DateOnly(2020, 1, 1), new DateOnly(2025, 12, 31)),
            Spatial = [new Location((21000 + i % 500).ToString(CultureInfo.InvariantCulture), $"Xã số {i % 500}")],
            Version = "1.0",
            Created = created,
            Modified = created.AddDays(30),
            Distributions = Enumerable.Range(0, 2 + i % 2).Select(r => new Distribution
            {
                Id = new Guid(i, (short)r, 9, 1, 2, 3, 4, 5, 6, 7, 8),
                Title = $"Bảng số liệu {r + 1}",
                Format = Formats[(i + r) % Formats.Length],
                MediaType = "text/csv",
                FileSha256 = r == 0 ? "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08" : null,
                FileName = r == 0 ? $"so-lieu-{i}.csv" : null,
                Url = r == 0 ? null : $"https://thongke.quangngai.gov.vn/tep/{i}-{r}.xlsx",
                ByteSize = 1024L * (i % 1000 + 1),
                Created = created,
                Modified = created.AddDays(30),
            }).ToList(),
        };
    }

    private static string Option(string[] args, string name, string fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : fallback;
    }

    private static string RuntimeInformationText() => System.Runtime.InteropServices.RuntimeInformation.OSDescription;

    /// <summary>Discards the groups: DCAT_BENCH_NULL=1 measures the mapping alone.</summary>
    private sealed class NullWriter : IRdfWriter
    {
        public void BeginDocument(IReadOnlyDictionary<string, string> prefixes) { }
        public void WriteSubjectGroup(IReadOnlyList<Triple> triples) { }
        public void EndDocument() { }
    }

    /// <summary>Counts what the writers produce without keeping it.</summary>
    private sealed class CountingStream : Stream
    {
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => Position;
        public override long Position { get; set; }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => Position += count;
        public override void Write(ReadOnlySpan<byte> buffer) => Position += buffer.Length;
    }
}
