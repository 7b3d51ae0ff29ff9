using System.Text;
using OpenData.Search.Evaluation;
using OpenData.Search.Tests.Searching;
using OpenData.Search.Typing;

namespace OpenData.Search.Tests.Evaluation;

public sealed class RelevanceEvaluatorTests(ITestOutputHelper output)
{
    private EvaluationReport Run(EvaluationOptions options)
    {
        var report = RelevanceEvaluator.Evaluate(SampleCatalog.Documents, SampleRelevanceSet.Queries, options);
        output.WriteLine(report.Describe());
        return report;
    }

    [Fact]
    public void Accented_queries_find_the_relevant_dataset_first() =>
        Assert.True(Run(new EvaluationOptions()).Metrics.PrecisionAt1 >= 0.9);

    [Fact]
    public void Queries_without_diacritics_still_find_the_relevant_dataset() =>
        Assert.True(Run(new EvaluationOptions { FoldQueries = true }).Metrics.Recall >= 0.9);

    [Fact]
    public void Telex_typed_queries_still_find_the_relevant_dataset() =>
        Assert.True(Run(new EvaluationOptions { TransformQuery = TelexEncoder.Encode }).Metrics.Recall >= 0.9);

    [Fact]
    public void Optional_stopwords_help_question_like_queries()
    {
        var optional = Run(new EvaluationOptions());
        var required = Run(new EvaluationOptions { OptionalStopwords = false });
        Assert.True(optional.Metrics.Mrr >= required.Metrics.Mrr);
    }

    [Fact]
    public void Perfect_ranking_scores_one()
    {
        var report = RelevanceEvaluator.Evaluate(
            [new EvalDocument("a", "Giá đất", "bảng giá đất"), new EvalDocument("b", "Dân số", "dân số theo xã")],
            [new EvalQuery("q", "giá đất", ["a"])]);
        Assert.Equal(new RelevanceMetrics(1, 1, 1, 1, 1, 10), report.Metrics);
    }

    [Fact]
    public void Missing_relevant_dataset_scores_zero()
    {
        var report = RelevanceEvaluator.Evaluate(
            [new EvalDocument("a", "Giá đất", "bảng giá đất"), new EvalDocument("b", "Dân số", "dân số theo xã")],
            [new EvalQuery("q", "giá đất", ["b"])]);
        Assert.Equal(new RelevanceMetrics(1, 0, 0, 0, 0, 10), report.Metrics);
    }

    [Fact]
    public async Task Reads_corpus_and_query_files()
    {
        var corpus = "{\"id\": \"a\", \"title\": \"Giá đất\", \"text\": \"bảng giá\"}\n\n{\"id\": \"b\", \"title\": \"Dân số\", \"text\": \"\", \"extra\": 1}\n";
        var queries = "{\"id\": \"q1\", \"query\": \"gia dat\", \"relevant\": [\"a\"]}\n";
        var docs = await EvaluationFiles.ReadCorpusAsync(new MemoryStream(Encoding.UTF8.GetBytes(corpus)), TestContext.Current.CancellationToken);
        var qs = await EvaluationFiles.ReadQueriesAsync(new MemoryStream(Encoding.UTF8.GetBytes(queries)), TestContext.Current.CancellationToken);
        Assert.Equal([new EvalDocument("a", "Giá đất", "bảng giá"), new EvalDocument("b", "Dân số", "")], docs);
        Assert.Equal(["a"], qs.Single().Relevant);
    }

    [Fact]
    public async Task Malformed_line_is_reported_with_its_number()
    {
        var corpus = "{\"id\": \"a\", \"title\": \"x\", \"text\": \"\"}\n{not json\n";
        var error = await Assert.ThrowsAsync<InvalidDataException>(() =>
            EvaluationFiles.ReadCorpusAsync(new MemoryStream(Encoding.UTF8.GetBytes(corpus)), TestContext.Current.CancellationToken));
        Assert.StartsWith("Line 2", error.Message);
    }
}
