using OpenData.Search.Indexing;

namespace OpenData.Bench.Search;

/// <summary>A deterministic synthetic Vietnamese catalogue: provincial agencies, themes, place names, topic vocabulary.</summary>
internal sealed class SyntheticCatalog(int seed = 42)
{
    public static readonly LabeledValue[] Organizations =
    [
        new("so-giao-duc", "Sở Giáo dục và Đào tạo"), new("so-y-te", "Sở Y tế"), new("so-tai-nguyen", "Sở Tài nguyên và Môi trường"),
        new("so-nong-nghiep", "Sở Nông nghiệp và Phát triển nông thôn"), new("cuc-thong-ke", "Cục Thống kê"),
        new("so-giao-thong", "Sở Giao thông vận tải"), new("so-tai-chinh", "Sở Tài chính"), new("so-xay-dung", "Sở Xây dựng"),
        new("so-lao-dong", "Sở Lao động - Thương binh và Xã hội"), new("so-van-hoa", "Sở Văn hóa, Thể thao và Du lịch"),
        new("so-cong-thuong", "Sở Công Thương"), new("so-ke-hoach", "Sở Kế hoạch và Đầu tư"), new("so-tu-phap", "Sở Tư pháp"),
        new("so-noi-vu", "Sở Nội vụ"), new("so-khoa-hoc", "Sở Khoa học và Công nghệ"), new("so-thong-tin", "Sở Thông tin và Truyền thông"),
        new("cong-an-tinh", "Công an tỉnh"), new("ubnd-tinh", "Ủy ban nhân dân tỉnh"), new("bhxh-tinh", "Bảo hiểm xã hội tỉnh"),
        new("cuc-thue", "Cục Thuế"),
    ];

    public static readonly string[] Themes =
        ["giao-duc", "y-te", "moi-truong", "nong-nghiep", "dan-so", "giao-thong", "kinh-te", "tai-chinh", "xay-dung", "van-hoa", "xa-hoi", "hanh-chinh"];

    public static readonly string[] Topics =
    [
        "trường mầm non", "trường tiểu học", "trường trung học cơ sở", "học sinh", "giáo viên", "tuyển sinh", "bệnh viện", "trạm y tế",
        "tiêm chủng", "dịch bệnh", "giường bệnh", "quan trắc môi trường", "chất lượng nước", "chất lượng không khí", "rác thải",
        "giá đất", "quy hoạch sử dụng đất", "đất nông nghiệp", "sản lượng lúa", "diện tích gieo trồng", "chăn nuôi", "thủy lợi",
        "thủy sản", "lâm nghiệp", "dân số", "mật độ dân số", "hộ gia đình", "lao động việc làm", "hộ nghèo", "bảo hiểm xã hội",
        "tai nạn giao thông", "xe buýt", "đường bộ", "cầu đường", "doanh nghiệp", "đầu tư công", "ngân sách", "thu chi ngân sách",
        "thuế", "giá cả thị trường", "chợ", "siêu thị", "khu công nghiệp", "điện năng", "nước sạch", "nhà ở xã hội",
        "giấy phép xây dựng", "di tích lịch sử", "lễ hội", "du lịch", "khách sạn", "thư viện", "thể thao", "hộ tịch",
        "thủ tục hành chính", "cán bộ công chức", "an ninh trật tự", "phòng cháy chữa cháy", "thiên tai", "lũ lụt", "sạt lở",
    ];

    public static readonly string[] Places =
    [
        "Thành phố Hà Nội", "Thành phố Hồ Chí Minh", "Đà Nẵng", "Hải Phòng", "Cần Thơ", "Huế", "Hòa Bình", "Thủy Nguyên",
        "Bắc Ninh", "Quảng Ninh", "Nghệ An", "Thanh Hóa", "Lâm Đồng", "Đắk Lắk", "Khánh Hòa", "Bình Định", "Quảng Nam",
        "An Giang", "Kiên Giang", "Cà Mau", "Lào Cai", "Điện Biên", "Sơn La", "Hà Giang", "Cao Bằng", "Lạng Sơn", "Tây Ninh",
        "Long An", "Tiền Giang", "Bến Tre", "Vĩnh Long", "Sóc Trăng", "Bạc Liêu", "Ninh Bình", "Nam Định", "Thái Bình",
        "Hưng Yên", "Phú Thọ", "Yên Bái", "Tuyên Quang",
    ];

    private static readonly string[] Qualifiers =
        ["theo xã", "theo huyện", "theo tháng", "theo quý", "năm 2023", "năm 2024", "giai đoạn 2021-2025", "toàn tỉnh", "khu vực nông thôn", "khu vực thành thị"];

    private static readonly string[] Sentences =
    [
        "Số liệu được cập nhật định kỳ từ báo cáo của các đơn vị", "Dữ liệu bao gồm mã đơn vị hành chính và tọa độ",
        "Bộ dữ liệu phục vụ công tác quản lý nhà nước", "Nguồn số liệu từ hệ thống thông tin chuyên ngành",
        "Thống kê chi tiết theo từng đơn vị hành chính cấp xã", "Dữ liệu mở được công bố theo kế hoạch của tỉnh",
        "Bảng tổng hợp chỉ tiêu kinh tế xã hội", "Danh sách kèm địa chỉ, số điện thoại và người phụ trách",
        "Kết quả khảo sát, điều tra thực địa", "Báo cáo tình hình thực hiện kế hoạch hằng năm",
    ];

    private static readonly string[] Formats = ["CSV", "XLSX", "JSON", "PDF", "GeoJSON", "XML", "API", "SHP"];
    private static readonly string[] Licenses = ["cc-by-4.0", "odc-odbl", "cc0-1.0", "giay-phep-du-lieu-mo"];

    public async IAsyncEnumerable<SearchDocument> Generate(long count)
    {
        var random = new Random(seed);
        for (long i = 0; i < count; i++)
        {
            yield return Document(random, i);
            if (i % 10_000 == 0)
            {
                await Task.Yield();
            }
        }
    }

    public static SearchDocument Document(Random random, long i)
    {
        var topic = Pick(random, Topics);
        var place = Pick(random, Places);
        var org = Pick(random, Organizations);
        var title = $"{Capitalize(topic)} {Pick(random, Qualifiers)} {place}";
        var description = string.Join(". ", Enumerable.Range(0, random.Next(2, 5)).Select(_ => Pick(random, Sentences)))
            + $". Chủ đề: {Pick(random, Topics)}, {topic} tại {place}.";
        var created = new DateTimeOffset(2018, 1, 1, 0, 0, 0, TimeSpan.Zero).AddMinutes(random.Next(0, 4_000_000));
        var isPrivate = random.Next(100) < 5;
        return new SearchDocument
        {
            Id = $"ds-{i:D8}",
            Name = $"bo-du-lieu-{i:D8}",
            Title = title,
            Description = description,
            Organization = org,
            OwnerOrganizationId = org.Value,
            Tags = [topic, Pick(random, Topics)],
            Themes = [new LabeledValue(Pick(random, Themes), "")],
            Formats = [Pick(random, Formats), Pick(random, Formats)],
            License = new LabeledValue(Pick(random, Licenses), ""),
            AccessLevel = (AccessLevel)(random.Next(10) switch { < 7 => 0, < 8 => 1, < 9 => 2, _ => 3 }),
            Spatial = [new LabeledValue(place, place)],
            ResourceTexts = [$"{Capitalize(topic)} - tệp {i % 7 + 1}"],
            Created = created,
            Modified = created.AddDays(random.Next(0, 400)),
            Popularity = random.Next(0, 5000),
            IsPrivate = isPrivate,
            State = random.Next(100) < 2 ? DatasetState.Draft : DatasetState.Active,
        };
    }

    private static T Pick<T>(Random random, T[] items) => items[random.Next(items.Length)];

    private static string Capitalize(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
