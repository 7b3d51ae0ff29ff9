using OpenData.Dcat.DcatAp;
using OpenData.Dcat.Model;

namespace OpenData.Dcat.Tests.DcatAp;

/// <summary>Random but reproducible datasets covering every field of the model, with Vietnamese text.</summary>
public static class SampleDatasets
{
    public const string BaseUrl = "https://opendata.quangngai.gov.vn";

    private static readonly string[] Words =
        ["Dân số", "lúa", "trường học", "bệnh viện", "đường bộ", "ngân sách", "điện", "nước sạch", "Quảng Ngãi", "xã Bình Sơn",
         "\"trích dẫn\"", "a\\b", "<thẻ>", "dòng 1\ndòng 2", "tab\tở giữa", "emoji 🌾", "ĐƯỜNG", "phường Trương Quang Trọng"];

    private static readonly string[] Formats = ["CSV", "XLSX", "GeoJSON", "PDF", "JSON", "API", "Định dạng riêng"];

    public static DcatApContext Context { get; } = new(BaseUrl)
    {
        Themes = [new("nong-nghiep", "Nông nghiệp", "Agriculture"), new("y-te", "Y tế", "Health"), new("dia-phuong", "Địa phương")],
        Organizations = new Dictionary<string, Organization>
        {
            ["so-y-te"] = new() { Id = Guid.NewGuid(), Name = "so-y-te", Title = "Sở Y tế", Email = "syt@quangngai.gov.vn", Website = "https://syt.quangngai.gov.vn" },
        },
    };

    public static Dataset Random(int seed)
    {
        var random = new Random(seed);
        string Text(int words) => string.Join(" ", Enumerable.Range(0, words).Select(_ => Words[random.Next(Words.Length)]));
        T? Maybe<T>(T value) where T : class => random.Next(3) == 0 ? null : value;
        DateTimeOffset Instant() => new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero).AddTicks(random.NextInt64(TimeSpan.TicksPerDay * 2000));
        var license = random.Next(5) switch { 0 => null, 1 => "other-open", 2 => "cc-zero", _ => "cc-by" };
        var distributions = Enumerable.Range(0, random.Next(4)).Select(i =>
        {
            var upload = random.Next(2) == 0;
            var format = Formats[random.Next(Formats.Length)];
            return new Distribution
            {
                Id = new Guid(random.Next(), (short)i, 0, new byte[8]),
                Title = Text(3),
                Description = random.Next(2) == 0 ? "" : Text(8),
                Format = Maybe(format),
                MediaType = Maybe(format == "CSV" ? "text/csv" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
                Url = upload ? null : Maybe($"https://data.example.vn/tep/{i}.csv?q=a&b=c"),
                FileSha256 = upload ? Convert.ToHexStringLower(BitConverter.GetBytes(random.NextInt64()).Concat(new byte[24]).ToArray()) : null,
                FileName = upload ? $"dữ liệu {i}.csv" : null,
                ByteSize = random.Next(2) == 0 ? null : random.NextInt64(0, 10_000_000_000),
                Checksum = null,
                LicenseId = random.Next(4) == 0 ? "odc-odbl" : null,
                Created = Instant(),
                Modified = Instant(),
            };
        }).ToList();
        return new Dataset
        {
            Id = new Guid(random.Next(), 1, 2, new byte[8]),
            Name = "bo-du-lieu-" + seed,
            Title = Text(5),
            Description = random.Next(4) == 0 ? "" : Text(30),
            Organization = random.Next(2) == 0 ? "so-y-te" : "ubnd-xa-binh-son",
            Keywords = Enumerable.Range(0, random.Next(4)).Select(_ => Text(1)).Distinct().ToList(),
            Themes = new[] { "nong-nghiep", "y-te", "dia-phuong", "lao-dong" }.Where(_ => random.Next(2) == 0).ToList(),
            LicenseId = license,
            AccessLevel = AccessLevels.All[random.Next(AccessLevels.All.Count)],
            FrequencyCode = random.Next(3) == 0 ? null : Frequency.All[random.Next(Frequency.All.Count)].Code,
            ContactPoint = random.Next(3) == 0 ? null : new ContactPoint(Maybe("Phòng Kế hoạch – Tài chính"), Maybe("kh.tc@quangngai.gov.vn"), Maybe("0255 3822 123"), Maybe("https://syt.quangngai.gov.vn/lien-he")),
            Temporal = random.Next(3) == 0 ? null : new PeriodOfTime(random.Next(4) == 0 ? null : new DateOnly(2020, 1, 1), random.Next(2) == 0 ? null : new DateOnly(2025, 12, 31)),
            Spatial = random.Next(2) == 0 ? [] : [new Location("51", "Tỉnh Quảng Ngãi"), new Location("21529", "Xã Bình Sơn")],
            Languages = random.Next(4) switch { 0 => [], 1 => ["vi", "en"], 2 => ["vi", "xx"], _ => ["vi"] },
            Version = Maybe("2.1"),
            Identifier = Maybe("QNG-" + seed),
            LandingPage = Maybe("https://snnmt.quangngai.gov.vn/so-lieu?id=" + seed),
            ConformsTo = random.Next(2) == 0 ? [] : ["https://www.w3.org/TR/tabular-data-primer/", "Thông tư 25/2014/TT-BTNMT"],
            Author = Maybe(Text(2)),
            AuthorEmail = Maybe("tacgia@quangngai.gov.vn"),
            Created = Instant(),
            Modified = Instant(),
            HarvestSource = random.Next(4) == 0 ? "https://data.gov.vn/catalog.ttl" : random.Next(8) == 0 ? "nguồn nội bộ" : null,
            Distributions = distributions,
        };
    }

    /// <summary>The model after publication: what RDF cannot carry (draft/private state) set as the open catalogue has it.</summary>
    public static Dataset Published(Dataset d) => d with
    {
        Distributions = d.Distributions.Select(r => r.LicenseId == d.LicenseId ? r with { LicenseId = null } : r)
            // As the portal stores them: an upload's checksum is its SHA-256; links may carry another algorithm.
            .Select((r, i) => r with { Checksum = r.IsUpload ? new Checksum(Checksum.Sha256, r.FileSha256 ?? "") : i % 2 == 0 ? new Checksum("sha1", "0a1b2c3d4e5f60718293a4b5c6d7e8f901234567") : null })
            .ToList(),
        Author = string.IsNullOrWhiteSpace(d.Author) ? null : d.Author,
        ContactPoint = d.ContactPoint is { IsEmpty: true } ? null : d.ContactPoint,
        Temporal = d.Temporal is { IsEmpty: true } ? null : d.Temporal,
    };
}
