using OpenData.Search.Evaluation;
using OpenData.Web.Search;
using OpenData.Web.Storage;

namespace OpenData.Web.Cli;

/// <summary>`reindex`: rebuilds the search index from the store, with a progress line. The portal must be stopped (one index writer).</summary>
internal sealed class ReindexCommand(string[] host) : CliCommand(host)
{
    protected override async Task<int> ExecuteAsync(IServiceProvider services, TextWriter output, TextWriter error, CancellationToken ct)
    {
        var search = services.GetRequiredService<PortalSearchIndex>();
        var progress = new ProgressLine(error);
        long count;
        try
        {
            count = await search.RebuildAsync(services.GetRequiredService<CatalogDbContext>(),
                new Progress<OpenData.Search.Indexing.RebuildProgress>(p => progress.Report(new Ckan.TransferProgress((int)p.Count, (int)(p.Total ?? p.Count), null))), ct);
        }
        catch (Lucene.Net.Store.LockObtainFailedException)
        {
            progress.Finish();
            await error.WriteLineAsync("The search index is in use by a running portal. Stop it first; the portal also rebuilds the index by itself when it is missing or out of step.");
            return 1;
        }
        progress.Finish();
        await output.WriteLineAsync($"Indexed {count} dataset(s).");
        return 0;
    }
}

/// <summary>`search eval --corpus corpus.jsonl --queries queries.jsonl [--fold-queries]`: relevance of the production engine on any corpus.</summary>
internal sealed class SearchEvalCommand(Dictionary<string, string> options, string[] host) : CliCommand(host)
{
    protected override bool NeedsStore => false;

    protected override async Task<int> ExecuteAsync(IServiceProvider services, TextWriter output, TextWriter error, CancellationToken ct)
    {
        if (!options.TryGetValue("corpus", out var corpusPath) || !options.TryGetValue("queries", out var queriesPath))
        {
            await error.WriteLineAsync("usage: search eval --corpus corpus.jsonl --queries queries.jsonl [--fold-queries]");
            return 2;
        }
        foreach (var path in new[] { corpusPath, queriesPath })
        {
            if (!File.Exists(path))
            {
                await error.WriteLineAsync($"file not found: {path}");
                return 1;
            }
        }
        IReadOnlyList<EvalDocument> corpus;
        IReadOnlyList<EvalQuery> queries;
        try
        {
            corpus = await EvaluationFiles.ReadCorpusAsync(corpusPath, ct);
            queries = await EvaluationFiles.ReadQueriesAsync(queriesPath, ct);
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or FormatException or InvalidDataException)
        {
            await error.WriteLineAsync(e.Message);
            return 1;
        }
        var report = RelevanceEvaluator.Evaluate(corpus, queries, new EvaluationOptions { FoldQueries = options.ContainsKey("fold-queries") });
        var m = report.Metrics;
        await output.WriteLineAsync($"queries:   {m.QueryCount} over {corpus.Count} documents{(options.ContainsKey("fold-queries") ? " (diacritics stripped from queries)" : "")}");
        await output.WriteLineAsync(FormattableString.Invariant($"MRR@{m.K}:    {m.Mrr:0.000}"));
        await output.WriteLineAsync(FormattableString.Invariant($"nDCG@{m.K}:   {m.Ndcg:0.000}"));
        await output.WriteLineAsync(FormattableString.Invariant($"Recall@{m.K}: {m.Recall:0.000}"));
        await output.WriteLineAsync(FormattableString.Invariant($"P@1:       {m.PrecisionAt1:0.000}"));
        return 0;
    }
}
