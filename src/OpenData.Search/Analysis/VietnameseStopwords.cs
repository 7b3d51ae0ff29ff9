namespace OpenData.Search.Analysis;

/// <summary>
/// Vietnamese function words. They are NOT removed at indexing: they are syllables of real words and names
/// ("Hà Nội và vùng phụ cận" is fine, but "cho" in "chợ"-less text or "có" in "Lao động có việc làm" carry
/// meaning in titles) and BM25's idf already discounts them. At query time they become optional, so a
/// question-like query ("danh sách các trường mầm non của tỉnh") still finds titles that lack them.
/// Measured on the sample evaluation set: see docs/benchmarks/search.md.
/// </summary>
public static class VietnameseStopwords
{
    public static IReadOnlySet<string> Words { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "và", "của", "các", "những", "cho", "với", "trong", "trên", "tại", "về", "là", "được", "một",
        "này", "đó", "theo", "từ", "đến", "có", "thì", "mà", "hoặc", "bị", "do", "nào", "gì", "ở",
    };

    private static readonly HashSet<string> Folded = Words.Select(VietnameseText.Fold).ToHashSet(StringComparer.Ordinal);

    /// <summary>True for a stopword typed with accents, or without accents when it folds to one.</summary>
    public static bool Contains(string accented, string folded) =>
        Words.Contains(accented) || (accented == folded && Folded.Contains(folded));
}
