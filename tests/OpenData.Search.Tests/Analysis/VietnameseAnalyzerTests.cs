using Lucene.Net.Analysis.Miscellaneous;
using OpenData.Search.Analysis;

namespace OpenData.Search.Tests.Analysis;

public sealed class VietnameseAnalyzerTests
{
    [Theory]
    [InlineData("đất", "dat")]
    [InlineData("Đà", "Da")]
    [InlineData("giáo dục", "giao duc")]
    [InlineData("ưu", "uu")]
    public void Ascii_folding_removes_vietnamese_diacritics(string input, string expected) =>
        Assert.Equal(expected, Tokens.Through(s => new ASCIIFoldingFilter(s), input));

    [Theory]
    [InlineData(AnalysisVariant.Accented, "Dân số theo xã", "dân số theo xã")]
    [InlineData(AnalysisVariant.Folded, "Dân số theo xã", "dan so theo xa")]
    [InlineData(AnalysisVariant.Folded, "\u00D0ất Hòa", "dat hoa")]
    [InlineData(AnalysisVariant.FoldedBigrams, "Giáo dục mầm non", "giao_duc duc_mam mam_non")]
    [InlineData(AnalysisVariant.FoldedBigrams, "Thủy", "")]
    [InlineData(AnalysisVariant.FoldedPrefixes, "Đất", "d da dat")]
    [InlineData(AnalysisVariant.AccentedPrefixes, "Đất", "đ đấ đất")]
    public void Each_variant_emits_its_terms(AnalysisVariant variant, string input, string expected) =>
        Assert.Equal(expected, string.Join(' ', new VietnameseAnalyzer(variant).Terms(input)));

    [Theory]
    [InlineData(255, 255)]
    [InlineData(256, 255)]
    [InlineData(10_000, 255)]
    public void An_over_long_word_is_one_cut_term_not_dropped(int letters, int expectedLength)
    {
        var terms = new VietnameseAnalyzer(AnalysisVariant.Folded).Terms(new string('a', letters));

        Assert.Equal(expectedLength, Assert.Single(terms).Length);
    }
}
