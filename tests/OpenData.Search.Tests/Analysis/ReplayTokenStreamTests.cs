using Lucene.Net.Analysis.TokenAttributes;
using OpenData.Search.Analysis;

namespace OpenData.Search.Tests.Analysis;

public sealed class ReplayTokenStreamTests
{
    [Theory]
    [InlineData(AnalysisVariant.Accented, "Giáo dục MẦM NON tại Hòa Bình")]
    [InlineData(AnalysisVariant.Folded, "Giáo dục MẦM NON tại Hòa Bình")]
    [InlineData(AnalysisVariant.FoldedBigrams, "Giáo dục MẦM NON tại Hòa Bình")]
    [InlineData(AnalysisVariant.FoldedBigrams, "\u00D0ất đai, thủy lợi; dân số")]
    [InlineData(AnalysisVariant.FoldedBigrams, "Một")]
    public void Replayed_variant_indexes_the_same_terms_as_its_analyzer(AnalysisVariant variant, string text)
    {
        var tokens = new VietnameseAnalyzer(AnalysisVariant.Accented).Tokens(text);
        using var stream = ReplayTokenStream.Variant(tokens, variant);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var replayed = new List<string>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            replayed.Add(term.ToString());
        }
        stream.End();
        Assert.Equal(new VietnameseAnalyzer(variant).Terms(text), replayed);
    }
}
