using System.Diagnostics;
using System.Globalization;
using System.Text;
using Npgsql;
using OpenData.TestSupport;
using OpenData.Web.DataStore;

namespace OpenData.Bench.DataStore;

/// <summary>
/// The data store at scale: a generated CSV of Vietnamese household records (1 million rows, ~100 MB) is
/// loaded through the real pipeline (encoding and delimiter detection, type inference over the whole file,
/// conversion, binary COPY or batched INSERTs, indexes, swap) into PostgreSQL and SQLite, then
/// datastore_search-style queries with a filter are timed (p50/p95).
/// PostgreSQL: OPENDATA_BENCH_POSTGRES (a connection string) or a private server started like the tests do.
/// </summary>
public static class DatastoreBenchmark
{
    private static readonly string[] Districts =
    [
        "Thành phố Quảng Ngãi", "Thị xã Đức Phổ", "Huyện Bình Sơn", "Huyện Sơn Tịnh", "Huyện Tư Nghĩa", "Huyện Nghĩa Hành",
        "Huyện Mộ Đức", "Huyện Ba Tơ", "Huyện Minh Long", "Huyện Sơn Hà", "Huyện Sơn Tây", "Huyện Trà Bồng", "Huyện Lý Sơn",
    ];

    private static readonly string[] Kinds = ["hộ nghèo", "hộ cận nghèo", "hộ thoát nghèo", "hộ khá", "hộ trung bình"];
    private static readonly string[] FamilyNames = ["Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Võ", "Phan", "Trương", "Bùi", "Đặng", "Đỗ", "Ngô", "Hồ", "Dương", "Đinh"];
    private static readonly string[] MiddleNames = ["Văn", "Thị", "Đức", "Minh", "Ngọc", "Thanh", "Quốc", "Hữu", "Xuân", "Thu"];
    private static readonly string[] GivenNames = ["An", "Bình", "Cường", "Dũng", "Giang", "Hà", "Hải", "Hạnh", "Hoa", "Hùng", "Hương", "Khánh", "Lan", "Linh", "Long", "Mai", "Nam", "Nga", "Phúc", "Phương", "Quân", "Sơn", "Tâm", "Thảo", "Trang", "Tuấn", "Vy", "Yến"];
    private static readonly string[] Notes =
    [
        "Đã hỗ trợ vay vốn ưu đãi", "Cần hỗ trợ sửa chữa nhà ở", "Có người cao tuổi neo đơn", "Thiếu đất sản xuất",
        "Đã tham gia bảo hiểm y tế", "Con em đang đi học", "Chuyển đổi cây trồng vật nuôi", "Lao động đi làm xa",
    ];

    public static async Task<int> RunAsync(string[] args, CancellationToken ct)
    {
        var rows = args.SkipWhile(a => a != "--rows").Skip(1).Select(int.Parse).FirstOrDefault(1_000_000);
        var queries = args.SkipWhile(a => a != "--queries").Skip(1).Select(int.Parse).FirstOrDefault(200);
        var skipSqlite = args.Contains("--no-sqlite");
        var keep = args.Contains("--keep");
        var folder = Path.Combine(Path.GetTempPath(), "opendata-ds-bench-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        try
        {
            var csv = Path.Combine(folder, "ho-gia-dinh.csv");
            var watch = Stopwatch.StartNew();
            Generate(csv, rows);
            Console.WriteLine($"generated {rows:N0} rows, {new FileInfo(csv).Length / 1e6:0.0} MB in {watch.Elapsed.TotalSeconds:0.0} s");

            var postgres = Environment.GetEnvironmentVariable("OPENDATA_BENCH_POSTGRES") is { Length: > 0 } configured
                ? configured
                : PostgresServer.CreateDatabase("opendata_bench");
            await using (var dataSource = NpgsqlDataSource.Create(postgres))
            {
                var pg = new PostgresDatastoreDatabase(dataSource);
                await pg.InitializeAsync(ct);
                await RunOneAsync("PostgreSQL", pg, csv, queries, ct);
            }
            if (!skipSqlite)
            {
                var sqlite = new SqliteDatastoreDatabase(Path.Combine(folder, "datastore.db"));
                await sqlite.InitializeAsync(ct);
                await RunOneAsync("SQLite", sqlite, csv, queries, ct);
            }
            return 0;
        }
        finally
        {
            if (keep)
            {
                Console.WriteLine($"kept {folder} (SQLite datastore.db; PostgreSQL tables stay in their database)");
            }
            else
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    private static async Task RunOneAsync(string name, DatastoreDatabase database, string csv, int queries, CancellationToken ct)
    {
        var resourceId = Guid.NewGuid();
        var texts = OpenData.Web.SharedResource.Localizer();
        var watch = Stopwatch.StartNew();
        var load = await TabularImport.LoadAsync(csv, null, [], (fields, indexed, rows) =>
        {
            Console.WriteLine($"{name}: indexed columns: {string.Join(", ", indexed.Select(i => fields[i].Id))}");
            return database.ReplaceAsync(resourceId, fields.Select(f => new TableColumn(f.Column, f.Type)).ToList(), rows, indexed, (_, _) => Task.CompletedTask, ct);
        }, texts, ct);
        Console.WriteLine($"{name}: loaded {load.RowCount:N0} rows in {watch.Elapsed.TotalSeconds:0.0} s ({load.RowCount / watch.Elapsed.TotalSeconds:N0} rows/s); types: {string.Join(", ", load.Fields.Select(f => FieldTypes.Name(f.Type)))}");

        var sql = new DatastoreSql(database, resourceId, load.Fields, texts);
        var random = new Random(7);
        await Time($"{name}: search filter Huyện (limit 100, total)", queries, () => new DatastoreQuery
        {
            Filters = new Dictionary<string, IReadOnlyList<string?>> { ["Huyện"] = [Districts[random.Next(Districts.Length)]] },
            Limit = 100,
        });
        await Time($"{name}: search filter Huyện + Loại hộ, offset 1000", queries, () => new DatastoreQuery
        {
            Filters = new Dictionary<string, IReadOnlyList<string?>>
            {
                ["Huyện"] = [Districts[random.Next(Districts.Length)]],
                ["Loại hộ"] = [Kinds[random.Next(Kinds.Length)]],
            },
            Limit = 100,
            Offset = 1000,
        });
        // Two words without diacritics (a given name and a family name), each in ~4-7 % of the rows, together in ~0.7 %.
        await Time($"{name}: search q (two words, word index)", queries, () => new DatastoreQuery
        {
            Q = VietnameseText.Fold(GivenNames[random.Next(GivenNames.Length)] + " " + FamilyNames[random.Next(FamilyNames.Length)]),
            Limit = 100,
        });

        async Task Time(string label, int count, Func<DatastoreQuery> make)
        {
            var times = new List<double>();
            for (var i = 0; i < count; i++)
            {
                var query = make();
                var selected = sql.Selected(query);
                var started = Stopwatch.GetTimestamp();
                await using var connection = await database.OpenAsync(ct);
                await using (var command = sql.Select(connection, query, selected, query.Limit))
                await using (var reader = await command.ExecuteReaderAsync(ct))
                {
                    while (await reader.ReadAsync(ct))
                    {
                    }
                }
                await using (var total = sql.Count(connection, query, selected))
                {
                    await total.ExecuteScalarAsync(ct);
                }
                times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
            times.Sort();
            Console.WriteLine($"{label}: n={count} p50 {Percentile(times, 0.50):0.0} ms, p95 {Percentile(times, 0.95):0.0} ms, max {times[^1]:0.0} ms");
        }
    }

    private static double Percentile(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];

    private static void Generate(string path, int rows)
    {
        var random = new Random(42);
        var communes = Enumerable.Range(1, 180).Select(i => $"Xã {GivenNames[i % GivenNames.Length]} {FamilyNames[i % FamilyNames.Length]} {i}").ToArray();
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20);
        writer.Write("Mã hộ,Chủ hộ,Xã/phường,Huyện,Ngày sinh chủ hộ,Thu nhập bình quân (nghìn đồng/tháng),Số nhân khẩu,Loại hộ,Ghi chú\r\n");
        var line = new StringBuilder(256);
        for (var i = 1; i <= rows; i++)
        {
            line.Clear();
            line.Append(100000 + i).Append(',')
                .Append(FamilyNames[random.Next(FamilyNames.Length)]).Append(' ').Append(MiddleNames[random.Next(MiddleNames.Length)]).Append(' ').Append(GivenNames[random.Next(GivenNames.Length)]).Append(',')
                .Append(communes[random.Next(communes.Length)]).Append(',')
                .Append(Districts[random.Next(Districts.Length)]).Append(',')
                .Append(new DateOnly(1940, 1, 1).AddDays(random.Next(25_000)).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)).Append(',')
                .Append((random.Next(500, 15_000) + random.Next(10) / 10.0).ToString("0.0", CultureInfo.InvariantCulture)).Append(',')
                .Append(random.Next(1, 9)).Append(',')
                .Append(Kinds[random.Next(Kinds.Length)]).Append(',')
                .Append(Notes[random.Next(Notes.Length)]).Append(" năm ").Append(2020 + random.Next(6))
                .Append("\r\n");
            writer.Write(line);
        }
    }
}
