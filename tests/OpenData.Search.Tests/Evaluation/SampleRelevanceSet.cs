using OpenData.Search.Evaluation;

namespace OpenData.Search.Tests.Evaluation;

/// <summary>
/// A handful of judged queries over the sample catalogue: keyword queries and question-like ones.
/// (The real relevance set against the demo catalogue lives in Relevance/.)
/// </summary>
internal static class SampleRelevanceSet
{
    public static IReadOnlyList<EvalQuery> Queries { get; } =
    [
        new("q01", "trường mầm non", ["truong-mam-non", "giao-duc-mam-non"]),
        new("q02", "dân số", ["dan-so-theo-xa"]),
        new("q03", "giá đất", ["gia-dat"]),
        new("q04", "chất lượng nước", ["quan-trac-nuoc"]),
        new("q05", "bệnh viện", ["co-so-y-te"]),
        new("q06", "thủy lợi", ["thuy-loi"]),
        new("q07", "sản lượng lúa", ["san-luong-lua"]),
        new("q08", "xe buýt", ["xe-buyt"]),
        new("q09", "tai nạn giao thông", ["tai-nan"]),
        new("q10", "hộ nghèo", ["ho-ngheo"]),
        new("q11", "danh sách các trường mầm non của tỉnh", ["truong-mam-non"]),
        new("q12", "số liệu về dân số của các xã", ["dan-so-theo-xa"]),
        new("q13", "bảng giá đất ở tại tỉnh", ["gia-dat"]),
        new("q14", "lượt khách du lịch", ["du-lich"]),
        new("q15", "chỉ số không khí", ["quan-trac-khong-khi"]),
        new("q16", "tiêm chủng cho trẻ em", ["tiem-chung"]),
        new("q17", "lừa", ["chan-nuoi-lua"]),
        new("q18", "lụa", ["lang-nghe-lua"]),
        new("q19", "doanh nghiệp thành lập mới", ["doanh-nghiep"]),
        new("q20", "mã số thuế", ["ma-so-thue"]),
    ];
}
