using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.NGram;
using Lucene.Net.Analysis.Shingle;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace OpenData.Search.Analysis;

/// <summary>What a <see cref="VietnameseAnalyzer"/> emits after the shared normalize → tokenize → lower-case → repair chain.</summary>
public enum AnalysisVariant
{
    /// <summary>Syllables keeping their diacritics ("dân", "số").</summary>
    Accented,
    /// <summary>Syllables with diacritics folded away ("dan", "so").</summary>
    Folded,
    /// <summary>Adjacent-syllable bigrams, folded ("dan_so").</summary>
    FoldedBigrams,
    /// <summary>Edge n-grams of each syllable, folded ("d", "da", "dan"), for suggestions as you type.</summary>
    FoldedPrefixes,
    /// <summary>Edge n-grams of each syllable keeping diacritics, to rank exact-prefix suggestions first.</summary>
    AccentedPrefixes,
}

/// <summary>
/// The Vietnamese analysis chain: <see cref="NfcNormalizingCharFilter"/> → StandardTokenizer → TruncateTokenFilter → LowerCaseFilter →
/// <see cref="EthRepairFilter"/> → <see cref="TonePlacementFilter"/> → [ASCIIFoldingFilter] → [ShingleFilter | EdgeNGramTokenFilter].
/// Every step is a separate filter with its own tests.
/// </summary>
public sealed class VietnameseAnalyzer(AnalysisVariant variant) : Analyzer
{
    internal const LuceneVersion Version = LuceneVersion.LUCENE_48;
    public const string BigramSeparator = "_";
    public const int MaxPrefixLength = 20;

    /// <summary>
    /// Longer words are cut to this many characters (Lucene's StandardTokenizer default token length). The
    /// tokenizer itself would drop them, and a query made only of dropped words has no term left, so it matched
    /// every dataset; a cut word is a word like any other, found only where it was written.
    /// </summary>
    public const int MaxWordLength = 255;

    public AnalysisVariant Variant { get; } = variant;

    protected override TextReader InitReader(string fieldName, TextReader reader) => new NfcNormalizingCharFilter(reader);

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        // No word is too long to keep: the input's own size bounds the tokenizer's buffer (a description is at most
        // 100,000 characters, a query at most a request body).
        var tokenizer = new StandardTokenizer(Version, reader) { MaxTokenLength = int.MaxValue };
        TokenStream stream = new TruncateTokenFilter(tokenizer, MaxWordLength);
        stream = new LowerCaseFilter(Version, stream);
        stream = new EthRepairFilter(stream);
        stream = new TonePlacementFilter(stream);
        if (Variant is AnalysisVariant.Folded or AnalysisVariant.FoldedBigrams or AnalysisVariant.FoldedPrefixes)
        {
            stream = new ASCIIFoldingFilter(stream);
        }
        if (Variant is AnalysisVariant.FoldedBigrams)
        {
            var shingles = new ShingleFilter(stream, 2, 2);
            shingles.SetOutputUnigrams(false);
            shingles.SetTokenSeparator(BigramSeparator);
            stream = shingles;
        }
        if (Variant is AnalysisVariant.AccentedPrefixes or AnalysisVariant.FoldedPrefixes)
        {
            stream = new EdgeNGramTokenFilter(Version, stream, 1, MaxPrefixLength);
        }
        return new TokenStreamComponents(tokenizer, stream);
    }

    /// <summary>Runs the chain on <paramref name="text"/> and returns the terms (for queries, tests and snippets).</summary>
    public IReadOnlyList<string> Terms(string text)
    {
        var terms = new List<string>();
        foreach (var token in Tokens(text))
        {
            terms.Add(token.Term);
        }
        return terms;
    }

    /// <summary>Runs the chain and returns terms with offsets into <paramref name="text"/>.</summary>
    public IReadOnlyList<AnalyzedToken> Tokens(string text)
    {
        var tokens = new List<AnalyzedToken>();
        using var stream = GetTokenStream("f", new StringReader(text));
        var term = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
        var offset = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            tokens.Add(new AnalyzedToken(term.ToString(), offset.StartOffset, offset.EndOffset));
        }
        stream.End();
        return tokens;
    }
}

/// <summary>A term with the character offsets it came from.</summary>
public sealed record AnalyzedToken(string Term, int Start, int End);
