using OpenData.Search.Indexing;

namespace OpenData.Search.Tests.Searching;

/// <summary>A small hand-made Vietnamese catalogue for behaviour tests.</summary>
internal static class SampleCatalog
{
    public static readonly LabeledValue Education = new("so-giao-duc", "Sở Giáo dục và Đào tạo");
    public static readonly LabeledValue Health = new("so-y-te", "Sở Y tế");
    public static readonly LabeledValue Resources = new("so-tai-nguyen", "Sở Tài nguyên và Môi trường");
    public static readonly LabeledValue Agriculture = new("so-nong-nghiep", "Sở Nông nghiệp và Phát triển nông thôn");
    public static readonly LabeledValue Statistics = new("cuc-thong-ke", "Cục Thống kê");
    public static readonly LabeledValue CcBy = new("cc-by-4.0", "Creative Commons Attribution 4.0");
    public static readonly LabeledValue OdcOdbl = new("odc-odbl", "Open Data Commons ODbL");

    private static int _counter;

    public static SearchDocument Dataset(
        string title,
        string description = "",
        LabeledValue? organization = null,
        string[]? tags = null,
        string[]? formats = null,
        string? theme = null,
        bool isPrivate = false,
        DatasetState state = DatasetState.Active,
        AccessLevel access = AccessLevel.Open,
        string? id = null,
        int daysAgo = 0,
        long views = 0)
    {
        var n = Interlocked.Increment(ref _counter);
        var org = organization ?? Statistics;
        return new SearchDocument
        {
            Id = id ?? $"ds-{n:D4}",
            Name = id ?? $"dataset-{n:D4}",
            Title = title,
            Description = description,
            Organization = org,
            OwnerOrganizationId = org.Value,
            Tags = tags ?? [],
            Formats = formats ?? ["CSV"],
            Themes = theme is null ? [] : [new LabeledValue(theme, theme)],
            License = CcBy,
            AccessLevel = access,
            Spatial = [new LabeledValue("01", "Thành phố Hà Nội")],
            Created = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero).AddDays(-daysAgo),
            Modified = new DateTimeOffset(2025, 6, 1, 0, 0, 0, TimeSpan.Zero).AddDays(-daysAgo),
            Popularity = views,
            IsPrivate = isPrivate,
            State = state,
        };
    }

    public static IReadOnlyList<SearchDocument> Documents { get; } =
    [
        Dataset("Danh sách trường mầm non", "Danh sách các trường mầm non công lập và tư thục trên địa bàn tỉnh, kèm địa chỉ và số điện thoại.", Education, ["giáo dục", "mầm non"], ["CSV", "XLSX"], "giao-duc", id: "truong-mam-non", views: 120),
        Dataset("Danh sách trường trung học phổ thông", "Các trường THPT, số lớp và số học sinh theo năm học.", Education, ["giáo dục"], ["CSV"], "giao-duc", id: "truong-thpt", views: 80),
        Dataset("Thống kê giáo dục mầm non theo huyện", "Số trẻ em đi học mẫu giáo, số giáo viên mầm non theo từng huyện.", Education, ["giáo dục", "thống kê"], ["XLSX"], "giao-duc", id: "giao-duc-mam-non", daysAgo: 10),
        Dataset("Dân số theo xã", "Dân số trung bình và mật độ dân số của từng xã, phường, thị trấn năm 2024.", Statistics, ["dân số"], ["CSV", "JSON"], "dan-so", id: "dan-so-theo-xa", daysAgo: 3, views: 300),
        Dataset("Lao động có việc làm", "Số lao động từ 15 tuổi trở lên có việc làm phân theo ngành kinh tế.", Statistics, ["lao động"], ["CSV"], "dan-so", id: "lao-dong"),
        Dataset("Cơ sở y tế", "Danh sách bệnh viện, trạm y tế xã và phòng khám với số giường bệnh.", Health, ["y tế"], ["CSV", "GeoJSON"], "y-te", id: "co-so-y-te", views: 50),
        Dataset("Tiêm chủng mở rộng", "Tỷ lệ tiêm chủng đầy đủ cho trẻ em dưới một tuổi.", Health, ["y tế", "trẻ em"], ["XLSX"], "y-te", id: "tiem-chung"),
        Dataset("Giá đất", "Bảng giá đất ở, đất nông nghiệp giai đoạn 2020-2024 theo quyết định của Ủy ban nhân dân tỉnh.", Resources, ["đất đai"], ["PDF", "XLSX"], "tai-nguyen", id: "gia-dat", views: 500),
        Dataset("Quan trắc môi trường nước", "Kết quả quan trắc chất lượng nước mặt, nước ngầm tại các điểm quan trắc.", Resources, ["môi trường", "nước"], ["CSV"], "moi-truong", id: "quan-trac-nuoc", daysAgo: 1),
        Dataset("Quan trắc chất lượng không khí", "Chỉ số chất lượng không khí AQI, bụi mịn PM2.5 theo giờ.", Resources, ["môi trường", "không khí"], ["JSON"], "moi-truong", id: "quan-trac-khong-khi"),
        Dataset("Công trình thủy lợi", "Hồ chứa, đập, kênh mương và trạm bơm thủy lợi do tỉnh quản lý.", Agriculture, ["thủy lợi"], ["GeoJSON", "CSV"], "nong-nghiep", id: "thuy-loi"),
        Dataset("Diện tích và sản lượng lúa", "Diện tích gieo trồng, năng suất và sản lượng lúa theo vụ đông xuân, hè thu.", Agriculture, ["lúa", "nông nghiệp"], ["XLSX"], "nong-nghiep", id: "san-luong-lua", views: 40),
        Dataset("Chăn nuôi lừa và ngựa", "Số đầu con lừa, ngựa, dê theo huyện; chăn nuôi quy mô hộ gia đình.", Agriculture, ["chăn nuôi"], ["CSV"], "nong-nghiep", id: "chan-nuoi-lua"),
        Dataset("Làng nghề dệt lụa", "Danh sách làng nghề dệt lụa truyền thống và số hộ tham gia.", Agriculture, ["làng nghề"], ["CSV"], "nong-nghiep", id: "lang-nghe-lua"),
        Dataset("Giao thông công cộng", "Tuyến xe buýt, điểm dừng và lịch chạy xe.", Statistics, ["giao thông"], ["GTFS"], "giao-thong", id: "xe-buyt"),
        Dataset("Tai nạn giao thông", "Số vụ tai nạn giao thông, số người chết và bị thương theo tháng.", Statistics, ["giao thông"], ["CSV"], "giao-thong", id: "tai-nan"),
        Dataset("Doanh nghiệp đăng ký mới", "Số doanh nghiệp thành lập mới theo loại hình và ngành nghề.", Statistics, ["doanh nghiệp"], ["CSV"], "kinh-te", id: "doanh-nghiep"),
        Dataset("Du lịch: lượt khách và doanh thu", "Lượt khách du lịch nội địa, quốc tế và doanh thu du lịch.", Statistics, ["du lịch"], ["XLSX"], "kinh-te", id: "du-lich"),
        Dataset("Danh mục dữ liệu mở của tỉnh", "Danh mục các bộ dữ liệu mở được công bố trên cổng dữ liệu.", Statistics, ["dữ liệu mở"], ["CSV"], "hanh-chinh", id: "danh-muc-du-lieu", views: 1000),
        Dataset("Hộ nghèo và cận nghèo", "Số hộ nghèo, hộ cận nghèo theo chuẩn nghèo đa chiều.", Statistics, ["an sinh"], ["XLSX"], "xa-hoi", id: "ho-ngheo"),
        Dataset("Hòa Bình: điểm du lịch", "Các điểm du lịch, khu nghỉ dưỡng tại Hoà Bình.", Statistics, ["du lịch"], ["CSV"], "kinh-te", id: "hoa-binh"),
        Dataset("Ma trận rủi ro thiên tai", "Ma trận đánh giá rủi ro lũ lụt, sạt lở theo xã.", Resources, ["thiên tai"], ["PDF"], "moi-truong", id: "ma-tran"),
        Dataset("Mã số thuế doanh nghiệp", "Tra cứu mã số thuế và tình trạng hoạt động.", Statistics, ["thuế"], ["CSV"], "kinh-te", id: "ma-so-thue"),
        Dataset("Kế hoạch tuyển sinh nội bộ", "Bản nháp chỉ tiêu tuyển sinh chưa công bố.", Education, ["giáo dục"], ["XLSX"], "giao-duc", isPrivate: true, id: "tuyen-sinh-noi-bo"),
        Dataset("Dự thảo quy hoạch mạng lưới trường học", "Dự thảo đang lấy ý kiến.", Education, ["giáo dục"], ["PDF"], "giao-duc", state: DatasetState.Draft, id: "quy-hoach-truong-hoc"),
        Dataset("Hồ sơ bệnh án điện tử", "Dữ liệu hạn chế của ngành y tế.", Health, ["y tế"], ["JSON"], "y-te", isPrivate: true, access: AccessLevel.Restricted, id: "benh-an"),
    ];

    public static CatalogIndex OpenIndex(IEnumerable<SearchDocument>? extra = null)
    {
        var index = CatalogIndex.OpenInMemory();
        var generation = 0L;
        foreach (var doc in Documents.Concat(extra ?? []))
        {
            generation = index.Upsert(doc);
        }
        index.WaitUntilSearchable(generation);
        return index;
    }
}
