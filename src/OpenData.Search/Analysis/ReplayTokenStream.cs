using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace OpenData.Search.Analysis;

/// <summary>
/// Replays tokens analyzed once, so the accented, folded and bigram variants of a text can be indexed without
/// tokenizing and normalizing it three times (analysis is most of the indexing cost).
/// </summary>
public sealed class ReplayTokenStream : TokenStream
{
    private readonly IReadOnlyList<AnalyzedToken> _tokens;
    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly IPositionIncrementAttribute _position;
    private int _next;

    public ReplayTokenStream(IReadOnlyList<AnalyzedToken> tokens)
    {
        _tokens = tokens;
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _position = AddAttribute<IPositionIncrementAttribute>();
    }

    public override bool IncrementToken()
    {
        if (_next >= _tokens.Count)
        {
            return false;
        }
        ClearAttributes();
        var token = _tokens[_next++];
        _term.SetEmpty().Append(token.Term);
        _offset.SetOffset(token.Start, token.End);
        _position.PositionIncrement = 1;
        return true;
    }

    public override void End()
    {
        base.End();
        var end = _tokens.Count == 0 ? 0 : _tokens[^1].End;
        _offset.SetOffset(end, end);
    }

    public override void Reset()
    {
        base.Reset();
        _next = 0;
    }

    /// <summary>The three indexed variants of one analyzed text.</summary>
    public static TokenStream Variant(IReadOnlyList<AnalyzedToken> tokens, AnalysisVariant variant)
    {
        TokenStream stream = new ReplayTokenStream(tokens);
        if (variant is AnalysisVariant.Folded or AnalysisVariant.FoldedBigrams)
        {
            stream = new Lucene.Net.Analysis.Miscellaneous.ASCIIFoldingFilter(stream);
        }
        if (variant is AnalysisVariant.FoldedBigrams)
        {
            var shingles = new Lucene.Net.Analysis.Shingle.ShingleFilter(stream, 2, 2);
            shingles.SetOutputUnigrams(false);
            shingles.SetTokenSeparator(VietnameseAnalyzer.BigramSeparator);
            stream = shingles;
        }
        if (variant is AnalysisVariant.AccentedPrefixes or AnalysisVariant.FoldedPrefixes)
        {
            throw new ArgumentOutOfRangeException(nameof(variant), "Prefix fields are analyzed from text.");
        }
        return stream;
    }
}
