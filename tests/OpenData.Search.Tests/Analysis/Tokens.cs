using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace OpenData.Search.Tests.Analysis;

/// <summary>Runs one filter on its own over whitespace-separated tokens.</summary>
internal static class Tokens
{
    public static string Through(Func<TokenStream, TokenStream> filter, string text)
    {
        var tokenizer = new WhitespaceTokenizer(LuceneVersion.LUCENE_48, new StringReader(text));
        using var stream = filter(tokenizer);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var terms = new List<string>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add(term.ToString());
        }
        stream.End();
        return string.Join(' ', terms);
    }
}
