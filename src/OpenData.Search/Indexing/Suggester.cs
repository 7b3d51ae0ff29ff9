using Lucene.Net.Index;
using Lucene.Net.Search;
using OpenData.Search.Analysis;
using OpenData.Search.Querying;

namespace OpenData.Search.Indexing;

/// <summary>
/// Suggestions as you type from edge n-grams of titles, tags and organization names. Every typed word must be
/// the start of a word (accents ignored); candidates whose words start with exactly what was typed, accents
/// included, come first. Visibility applies as in search.
/// </summary>
internal sealed class Suggester(IndexSearcher searcher)
{
    private const int CandidateDocuments = 50;
    private static readonly VietnameseAnalyzer Accented = new(AnalysisVariant.Accented);

    public IReadOnlyList<Suggestion> Suggest(string? prefix, ViewerScope viewer, int limit)
    {
        if (string.IsNullOrWhiteSpace(prefix) || limit <= 0)
        {
            return [];
        }
        var typed = QueryPlanner.Analyze(prefix.Length > 200 ? prefix[..200] : prefix);
        if (typed.Count == 0)
        {
            return [];
        }
        var query = new BooleanQuery(disableCoord: true);
        foreach (var (accented, folded) in typed.Take(8))
        {
            query.Add(new TermQuery(new Term(IndexSchema.SuggestFolded, Cap(folded))), Occur.MUST);
            query.Add(new TermQuery(new Term(IndexSchema.SuggestAccented, Cap(accented))), Occur.SHOULD);
        }
        var filter = SearchExecutor.BuildFilter(new SearchRequest { Viewer = viewer }, ParsedQuery.Empty);
        var top = searcher.Search(query, filter, CandidateDocuments);

        var candidates = new List<(Suggestion Suggestion, int Rank, int Order)>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var order = 0;
        foreach (var hit in top.ScoreDocs)
        {
            var doc = searcher.Doc(hit.Doc);
            Consider(doc.Get(IndexSchema.Title), SuggestionKind.Dataset, doc.Get(IndexSchema.Name));
            foreach (var tag in doc.GetValues(IndexSchema.TagStored))
            {
                Consider(tag, SuggestionKind.Tag, tag);
            }
            Consider(doc.Get(IndexSchema.OrganizationTitle), SuggestionKind.Organization, doc.Get(IndexSchema.OrganizationSlug));
        }
        return candidates
            .OrderByDescending(c => c.Rank)
            .ThenBy(c => c.Order)
            .Take(limit)
            .Select(c => c.Suggestion)
            .ToList();

        void Consider(string? text, SuggestionKind kind, string? value)
        {
            if (string.IsNullOrEmpty(text) || value is null || !seen.Add(kind + ":" + text))
            {
                return;
            }
            var words = Accented.Terms(text);
            var rank = Rank(typed, words);
            if (rank > 0)
            {
                candidates.Add((new Suggestion(text, kind, value), rank, order++));
            }
        }
    }

    /// <summary>0 = not a match; higher is better: exact accents, then starting with the first typed word, then titles before tags.</summary>
    private static int Rank(List<(string Accented, string Folded)> typed, IReadOnlyList<string> words)
    {
        var folded = words.Select(VietnameseText.Fold).ToList();
        var exact = true;
        foreach (var (accented, foldedPrefix) in typed)
        {
            var index = folded.FindIndex(w => w.StartsWith(foldedPrefix, StringComparison.Ordinal));
            if (index < 0)
            {
                return 0;
            }
            exact &= words.Any(w => w.StartsWith(accented, StringComparison.Ordinal));
        }
        var startsWithFirst = folded.Count > 0 && folded[0].StartsWith(typed[0].Folded, StringComparison.Ordinal);
        return 1 + (exact ? 4 : 0) + (startsWithFirst ? 2 : 0);
    }

    private static string Cap(string term) => term.Length > VietnameseAnalyzer.MaxPrefixLength ? term[..VietnameseAnalyzer.MaxPrefixLength] : term;
}
