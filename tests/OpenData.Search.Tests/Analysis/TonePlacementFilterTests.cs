using System.Text;
using OpenData.Search.Analysis;

namespace OpenData.Search.Tests.Analysis;

public sealed class TonePlacementFilterTests
{
    [Theory]
    [InlineData("hòa", "hoà")]
    [InlineData("hoà", "hoà")]
    [InlineData("thủy", "thuỷ")]
    [InlineData("thuỷ", "thuỷ")]
    [InlineData("òa", "oà")]
    [InlineData("úy", "uý")]
    [InlineData("khỏe", "khoẻ")]
    [InlineData("hoàn", "hoàn")] // closed syllable: tone already on the last vowel
    [InlineData("thuận", "thuận")]
    [InlineData("trường", "trường")]
    [InlineData("mùa", "mùa")]
    [InlineData("quà", "quà")]
    [InlineData("già", "già")]
    [InlineData("khuỷu", "khuỷu")]
    [InlineData("data", "data")]
    [InlineData("covid-19", "covid-19")]
    public void Puts_the_tone_on_one_canonical_vowel(string input, string expected) =>
        Assert.Equal(expected.Normalize(NormalizationForm.FormC), Tokens.Through(s => new TonePlacementFilter(s), input));

    [Theory]
    [InlineData("Hòa Bình", "Hoà Bình")]
    [InlineData("thủy lợi", "thuỷ lợi")]
    public void Old_and_new_placement_analyze_to_the_same_terms(string oldStyle, string newStyle)
    {
        var analyzer = new VietnameseAnalyzer(AnalysisVariant.Accented);
        Assert.Equal(analyzer.Terms(newStyle), analyzer.Terms(oldStyle));
    }
}
