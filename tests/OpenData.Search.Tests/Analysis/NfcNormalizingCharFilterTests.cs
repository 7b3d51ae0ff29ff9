using System.Text;
using OpenData.Search.Analysis;

namespace OpenData.Search.Tests.Analysis;

public sealed class NfcNormalizingCharFilterTests
{
    [Theory]
    [InlineData("dân số", "dân số")]
    [InlineData("d\u0061\u0302n s\u006F\u0302\u0301", "dân số")] // NFD from macOS keyboards and PDFs
    [InlineData("Tru\u031Bo\u031B\u0300ng ma\u0302\u0300m non", "Trường mầm non")]
    [InlineData("", "")]
    [InlineData("plain ascii", "plain ascii")]
    public void Composes_text_to_NFC(string input, string expected)
    {
        using var filter = new NfcNormalizingCharFilter(new StringReader(input));
        Assert.Equal(expected, filter.ReadToEnd());
    }

    [Fact]
    public void Offsets_after_composed_characters_point_into_the_original_text()
    {
        var nfd = "Gia\u0301o du\u0323c";
        var tokens = new VietnameseAnalyzer(AnalysisVariant.Accented).Tokens(nfd);
        Assert.Equal(["giáo", "dục"], tokens.Select(t => t.Term));
        Assert.Equal("du\u0323c", nfd[tokens[1].Start..tokens[1].End]);
    }

    [Fact]
    public void Nfd_and_nfc_text_give_the_same_terms()
    {
        var analyzer = new VietnameseAnalyzer(AnalysisVariant.Accented);
        var text = "Quan trắc môi trường nước";
        Assert.Equal(analyzer.Terms(text), analyzer.Terms(text.Normalize(NormalizationForm.FormD)));
    }
}
