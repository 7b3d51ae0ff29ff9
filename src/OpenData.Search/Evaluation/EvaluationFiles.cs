using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenData.Search.Evaluation;

/// <summary>Readers for the evaluation JSON Lines files. Blank lines are skipped; a malformed line fails with its line number.</summary>
public static class EvaluationFiles
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip,
    };

    public static Task<IReadOnlyList<EvalDocument>> ReadCorpusAsync(string path, CancellationToken cancellationToken = default) =>
        ReadAsync(path, line => Validate(JsonSerializer.Deserialize<CorpusLine>(line, Json)), cancellationToken);

    public static Task<IReadOnlyList<EvalQuery>> ReadQueriesAsync(string path, CancellationToken cancellationToken = default) =>
        ReadAsync(path, line => Validate(JsonSerializer.Deserialize<QueryLine>(line, Json)), cancellationToken);

    public static Task<IReadOnlyList<EvalDocument>> ReadCorpusAsync(Stream stream, CancellationToken cancellationToken = default) =>
        ReadAsync(stream, line => Validate(JsonSerializer.Deserialize<CorpusLine>(line, Json)), cancellationToken);

    public static Task<IReadOnlyList<EvalQuery>> ReadQueriesAsync(Stream stream, CancellationToken cancellationToken = default) =>
        ReadAsync(stream, line => Validate(JsonSerializer.Deserialize<QueryLine>(line, Json)), cancellationToken);

    private static async Task<IReadOnlyList<T>> ReadAsync<T>(string path, Func<string, T> parse, CancellationToken cancellationToken)
    {
        await using var stream = File.OpenRead(path);
        return await ReadAsync(stream, parse, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<IReadOnlyList<T>> ReadAsync<T>(Stream stream, Func<string, T> parse, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(stream);
        var items = new List<T>();
        var number = 0;
        while (await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            try
            {
                items.Add(parse(line));
            }
            catch (Exception e) when (e is JsonException or InvalidDataException)
            {
                throw new InvalidDataException($"Line {number}: {e.Message}", e);
            }
        }
        return items;
    }

    private static EvalDocument Validate(CorpusLine? line) =>
        line is { Id: { Length: > 0 } id }
            ? new EvalDocument(id, line.Title ?? "", line.Text ?? "")
            : throw new InvalidDataException("a corpus line needs an \"id\"");

    private static EvalQuery Validate(QueryLine? line) =>
        line is { Id: { Length: > 0 } id, Query: { } query }
            ? new EvalQuery(id, query, line.Relevant ?? [])
            : throw new InvalidDataException("a query line needs an \"id\" and a \"query\"");

    private sealed record CorpusLine(string? Id, string? Title, string? Text);

    private sealed record QueryLine(string? Id, string? Query, IReadOnlyList<string>? Relevant);
}
