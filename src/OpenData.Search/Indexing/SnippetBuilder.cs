using System.Text;
using OpenData.Search.Analysis;

namespace OpenData.Search.Indexing;

/// <summary>
/// Builds HTML snippets by re-analyzing the stored text: tokens whose accented or folded form was searched for
/// are wrapped in &lt;mark&gt;; every other character is HTML-escaped.
/// </summary>
internal static class SnippetBuilder
{
    private static readonly VietnameseAnalyzer Analyzer = new(AnalysisVariant.Accented);

    public static string Highlight(string text, HighlightTerms terms, int maxLength)
    {
        if (text.Length == 0)
        {
            return "";
        }
        var tokens = Analyzer.Tokens(text);
        var folded = tokens.Select(t => VietnameseText.Fold(t.Term)).ToList();
        var marked = new bool[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            marked[i] = terms.Accented.Contains(tokens[i].Term) || terms.Folded.Contains(folded[i]);
        }
        // A phrase's syllables only where they stand together, as the search matched them.
        foreach (var phrase in terms.FoldedPhrases)
        {
            for (var i = 0; i + phrase.Count <= tokens.Count; i++)
            {
                if (Enumerable.Range(0, phrase.Count).All(j => folded[i + j] == phrase[j]))
                {
                    Array.Fill(marked, true, i, phrase.Count);
                }
            }
        }
        var hits = tokens.Where((_, i) => marked[i]).ToList();
        var (start, end) = Window(text, hits, maxLength);
        var sb = new StringBuilder(end - start + 32);
        if (start > 0)
        {
            sb.Append('…');
        }
        var position = start;
        foreach (var hit in hits)
        {
            if (hit.Start < position || hit.End > end)
            {
                continue;
            }
            Escape(text.AsSpan(position, hit.Start - position), sb);
            sb.Append("<mark>");
            Escape(text.AsSpan(hit.Start, hit.End - hit.Start), sb);
            sb.Append("</mark>");
            position = hit.End;
        }
        Escape(text.AsSpan(position, end - position), sb);
        if (end < text.Length)
        {
            sb.Append('…');
        }
        return sb.ToString();
    }

    /// <summary>The stretch of at most <paramref name="maxLength"/> characters holding the most hits, cut at spaces.</summary>
    private static (int Start, int End) Window(string text, List<AnalyzedToken> hits, int maxLength)
    {
        if (text.Length <= maxLength)
        {
            return (0, text.Length);
        }
        var bestStart = 0;
        var bestCount = 0;
        for (var i = 0; i < hits.Count; i++)
        {
            var count = hits.Skip(i).TakeWhile(h => h.End - hits[i].Start <= maxLength).Count();
            if (count > bestCount)
            {
                bestCount = count;
                bestStart = hits[i].Start;
            }
        }
        // Leave a little context before the first hit.
        var start = Math.Max(0, bestStart - maxLength / 5);
        if (start > 0)
        {
            var space = text.IndexOf(' ', start);
            start = space >= 0 && space < bestStart ? space + 1 : start;
        }
        var end = Math.Min(text.Length, start + maxLength);
        if (end < text.Length)
        {
            var space = text.LastIndexOf(' ', end - 1, end - start);
            end = space > start ? space : end;
        }
        return (start, end);
    }

    public static void Escape(ReadOnlySpan<char> text, StringBuilder sb)
    {
        foreach (var c in text)
        {
            switch (c)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '"': sb.Append("&quot;"); break;
                case '\'': sb.Append("&#39;"); break;
                default: sb.Append(c); break;
            }
        }
    }
}

/// <summary>
/// What a search marks in snippets: single syllables (as typed or decoded, accented or folded) and quoted phrases
/// (folded syllables in order).
/// </summary>
internal sealed record HighlightTerms(IReadOnlySet<string> Accented, IReadOnlySet<string> Folded, IReadOnlyList<IReadOnlyList<string>> FoldedPhrases)
{
    /// <summary>These terms and the given syllables.</summary>
    public HighlightTerms With(IEnumerable<(string Accented, string Folded)> syllables)
    {
        var accented = new HashSet<string>(Accented, StringComparer.Ordinal);
        var folded = new HashSet<string>(Folded, StringComparer.Ordinal);
        foreach (var syllable in syllables)
        {
            accented.Add(syllable.Accented);
            folded.Add(syllable.Folded);
        }
        return this with { Accented = accented, Folded = folded };
    }
}
