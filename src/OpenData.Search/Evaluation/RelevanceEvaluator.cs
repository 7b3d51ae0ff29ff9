using OpenData.Search.Analysis;
using OpenData.Search.Indexing;

namespace OpenData.Search.Evaluation;

/// <summary>A corpus line: <c>{"id": "...", "title": "...", "text": "..."}</c>.</summary>
public sealed record EvalDocument(string Id, string Title, string Text);

/// <summary>A query line: <c>{"id": "...", "query": "...", "relevant": ["corpus id", ...]}</c>.</summary>
public sealed record EvalQuery(string Id, string Query, IReadOnlyList<string> Relevant);

public sealed record EvaluationOptions
{
    /// <summary>Strip diacritics from the queries first (<c>--fold-queries</c>): how people type without a Vietnamese keyboard.</summary>
    public bool FoldQueries { get; init; }
    /// <summary>Any other rewrite of the query text before searching, e.g. <see cref="Typing.TelexEncoder.Encode"/>.</summary>
    public Func<string, string>? TransformQuery { get; init; }
    /// <summary>See <see cref="SearchRequest.OptionalStopwords"/>.</summary>
    public bool OptionalStopwords { get; init; } = true;
    /// <summary>Cut-off for the metrics.</summary>
    public int K { get; init; } = 10;
}

/// <summary>Mean metrics over all queries; each in [0, 1].</summary>
public sealed record RelevanceMetrics(int QueryCount, double Mrr, double Ndcg, double Recall, double PrecisionAt1, int K)
{
    public override string ToString() =>
        FormattableString.Invariant($"queries={QueryCount} MRR@{K}={Mrr:F3} nDCG@{K}={Ndcg:F3} Recall@{K}={Recall:F3} P@1={PrecisionAt1:F3}");
}

/// <summary>What one query retrieved; FirstRelevantRank is 1-based, null when no relevant dataset is in the top K.</summary>
public sealed record QueryOutcome(string QueryId, string Query, IReadOnlyList<string> Retrieved, int? FirstRelevantRank, double Ndcg, double Recall);

public sealed record EvaluationReport(RelevanceMetrics Metrics, IReadOnlyList<QueryOutcome> Queries)
{
    /// <summary>The metrics line followed by one line per query whose first relevant dataset is not at rank 1 (for test output and the CLI).</summary>
    public string Describe()
    {
        var sb = new System.Text.StringBuilder(Metrics.ToString()).AppendLine();
        foreach (var q in Queries.Where(q => q.FirstRelevantRank != 1))
        {
            sb.AppendLine(FormattableString.Invariant(
                $"  {q.QueryId} \"{q.Query}\": first relevant at {q.FirstRelevantRank?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"}; top: {string.Join(", ", q.Retrieved.Take(3))}"));
        }
        return sb.ToString();
    }
}

/// <summary>
/// Offline relevance evaluation with the production analyzers and query builder: builds a throwaway in-memory
/// index from the corpus, runs every query as an administrator would (no visibility filter), and scores the
/// top K against the judged relevant ids (binary relevance).
/// </summary>
public static class RelevanceEvaluator
{
    public static EvaluationReport Evaluate(IEnumerable<EvalDocument> corpus, IEnumerable<EvalQuery> queries, EvaluationOptions? options = null) =>
        Evaluate(corpus.Select(d => new SearchDocument { Id = d.Id, Name = d.Id, Title = d.Title, Description = d.Text }), queries, options);

    public static EvaluationReport Evaluate(IEnumerable<SearchDocument> corpus, IEnumerable<EvalQuery> queries, EvaluationOptions? options = null)
    {
        using var index = CatalogIndex.OpenInMemory();
        var generation = 0L;
        foreach (var document in corpus)
        {
            generation = index.Upsert(document);
        }
        index.WaitUntilSearchable(generation);
        return Evaluate(index, queries, options);
    }

    /// <summary>Evaluates against an index you already have (e.g. the demo catalogue).</summary>
    public static EvaluationReport Evaluate(CatalogIndex index, IEnumerable<EvalQuery> queries, EvaluationOptions? options = null)
    {
        options ??= new EvaluationOptions();
        var k = Math.Max(1, options.K);
        var outcomes = new List<QueryOutcome>();
        foreach (var query in queries)
        {
            var text = options.FoldQueries ? VietnameseText.Fold(query.Query) : query.Query;
            text = options.TransformQuery?.Invoke(text) ?? text;
            var retrieved = index.Search(new SearchRequest { Query = text, Limit = k, Viewer = ViewerScope.SystemAdmin, Highlight = false, OptionalStopwords = options.OptionalStopwords })
                .Hits.Select(h => h.Id).ToList();
            outcomes.Add(Score(query, text, retrieved, k));
        }
        var n = outcomes.Count;
        var metrics = n == 0
            ? new RelevanceMetrics(0, 0, 0, 0, 0, k)
            : new RelevanceMetrics(
                n,
                outcomes.Average(o => o.FirstRelevantRank is { } r ? 1.0 / r : 0),
                outcomes.Average(o => o.Ndcg),
                outcomes.Average(o => o.Recall),
                outcomes.Average(o => o.FirstRelevantRank == 1 ? 1.0 : 0),
                k);
        return new EvaluationReport(metrics, outcomes);
    }

    /// <summary>Reads the two JSON Lines files and evaluates (the <c>search eval</c> command).</summary>
    public static async Task<EvaluationReport> EvaluateFilesAsync(string corpusPath, string queriesPath, EvaluationOptions? options = null, CancellationToken cancellationToken = default)
    {
        var corpus = await EvaluationFiles.ReadCorpusAsync(corpusPath, cancellationToken).ConfigureAwait(false);
        var queries = await EvaluationFiles.ReadQueriesAsync(queriesPath, cancellationToken).ConfigureAwait(false);
        return Evaluate(corpus, queries, options);
    }

    private static QueryOutcome Score(EvalQuery query, string text, List<string> retrieved, int k)
    {
        var relevant = query.Relevant.ToHashSet(StringComparer.Ordinal);
        int? first = null;
        var dcg = 0.0;
        var found = 0;
        for (var i = 0; i < Math.Min(k, retrieved.Count); i++)
        {
            if (!relevant.Contains(retrieved[i]))
            {
                continue;
            }
            first ??= i + 1;
            found++;
            dcg += 1.0 / Math.Log2(i + 2);
        }
        var ideal = 0.0;
        for (var i = 0; i < Math.Min(k, relevant.Count); i++)
        {
            ideal += 1.0 / Math.Log2(i + 2);
        }
        return new QueryOutcome(
            query.Id,
            text,
            retrieved,
            first,
            ideal == 0 ? 0 : dcg / ideal,
            relevant.Count == 0 ? 0 : (double)found / relevant.Count);
    }
}
