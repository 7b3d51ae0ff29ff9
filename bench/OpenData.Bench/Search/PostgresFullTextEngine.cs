using Npgsql;
using NpgsqlTypes;
using OpenData.Dcat.Model;
using OpenData.Search.Indexing;

namespace OpenData.Bench.Search;

/// <summary>
/// What a team would pick instead of Lucene: PostgreSQL full-text search with `unaccent` + the `simple`
/// configuration, a weighted tsvector (title A, the rest B) in a GIN index, ts_rank_cd ordering, and facets
/// as GROUP BY counts over the matching rows. Visibility (public and active) is a WHERE clause, as in the portal.
/// </summary>
internal sealed class PostgresFullTextEngine(string connectionString) : ISearchEngineUnderTest
{
    private readonly NpgsqlDataSource _db = NpgsqlDataSource.Create(connectionString);

    public string Name => "postgres-fts";

    public async Task<bool> BuildAsync(IAsyncEnumerable<SearchDocument> documents, long total, IProgress<long> progress, CancellationToken cancellationToken)
    {
        await ExecuteAsync("""
            CREATE EXTENSION IF NOT EXISTS unaccent;
            DROP TEXT SEARCH CONFIGURATION IF EXISTS vn_unaccent;
            CREATE TEXT SEARCH CONFIGURATION vn_unaccent (COPY = simple);
            ALTER TEXT SEARCH CONFIGURATION vn_unaccent ALTER MAPPING FOR hword, hword_part, word WITH unaccent, simple;
            DROP TABLE IF EXISTS bench_datasets;
            CREATE UNLOGGED TABLE bench_datasets (
                id text PRIMARY KEY, name text, title text, description text, tags text[], organization text, themes text[],
                formats text[], license text, access text, spatial text[], created timestamptz, modified timestamptz,
                popularity bigint, is_private boolean, state text, document tsvector);
            """, cancellationToken);
        long count = 0;
        await using (var connection = await _db.OpenConnectionAsync(cancellationToken))
        await using (var importer = await connection.BeginBinaryImportAsync(
            "COPY bench_datasets (id, name, title, description, tags, organization, themes, formats, license, access, spatial, created, modified, popularity, is_private, state) FROM STDIN (FORMAT BINARY)",
            cancellationToken))
        {
            await foreach (var d in documents.WithCancellation(cancellationToken))
            {
                await importer.StartRowAsync(cancellationToken);
                await importer.WriteAsync(d.Id, NpgsqlDbType.Text, cancellationToken);
                await importer.WriteAsync(d.Name, NpgsqlDbType.Text, cancellationToken);
                await importer.WriteAsync(d.Title, NpgsqlDbType.Text, cancellationToken);
                await importer.WriteAsync(d.Description + " " + string.Join(" ", d.ResourceTexts), NpgsqlDbType.Text, cancellationToken);
                await importer.WriteAsync(d.Tags.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text, cancellationToken);
                await importer.WriteAsync(d.Organization?.Value ?? "", NpgsqlDbType.Text, cancellationToken);
                await importer.WriteAsync(d.Themes.Select(t => t.Value).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text, cancellationToken);
                await importer.WriteAsync(d.Formats.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text, cancellationToken);
                await importer.WriteAsync(d.License?.Value ?? "", NpgsqlDbType.Text, cancellationToken);
                await importer.WriteAsync(d.AccessLevel.ToCode(), NpgsqlDbType.Text, cancellationToken);
                await importer.WriteAsync(d.Spatial.Select(s => s.Value).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text, cancellationToken);
                await importer.WriteAsync(d.Created, NpgsqlDbType.TimestampTz, cancellationToken);
                await importer.WriteAsync(d.Modified, NpgsqlDbType.TimestampTz, cancellationToken);
                await importer.WriteAsync(d.Popularity, NpgsqlDbType.Bigint, cancellationToken);
                await importer.WriteAsync(d.IsPrivate, NpgsqlDbType.Boolean, cancellationToken);
                await importer.WriteAsync(d.State.ToString(), NpgsqlDbType.Text, cancellationToken);
                if (++count % 10_000 == 0)
                {
                    progress.Report(count);
                }
            }
            await importer.CompleteAsync(cancellationToken);
        }
        // Building the vector and the indexes after the load is the fast path a team would use for a full build.
        await ExecuteAsync("""
            UPDATE bench_datasets SET document =
                setweight(to_tsvector('vn_unaccent', coalesce(title, '')), 'A') ||
                setweight(to_tsvector('vn_unaccent', coalesce(description, '') || ' ' || array_to_string(tags, ' ') || ' ' || organization), 'B');
            CREATE INDEX bench_datasets_document ON bench_datasets USING GIN (document);
            CREATE INDEX bench_datasets_organization ON bench_datasets (organization);
            CREATE INDEX bench_datasets_themes ON bench_datasets USING GIN (themes);
            CREATE INDEX bench_datasets_created ON bench_datasets (created DESC);
            ANALYZE bench_datasets;
            """, cancellationToken);
        progress.Report(count);
        return true;
    }

    public async Task<int> QueryAsync(BenchQuery query, CancellationToken cancellationToken)
    {
        var (where, parameters) = Where(query);
        var order = query.Sort switch
        {
            SearchSort.Newest => "created DESC",
            SearchSort.RecentlyUpdated => "modified DESC",
            SearchSort.Name => "name",
            SearchSort.Popularity => "popularity DESC",
            _ => string.IsNullOrWhiteSpace(query.Text) ? "modified DESC" : "ts_rank_cd(document, q) DESC",
        };
        await using var connection = await _db.OpenConnectionAsync(cancellationToken);
        var total = 0;
        await using (var command = new NpgsqlCommand($"SELECT id, count(*) OVER () FROM bench_datasets, {QueryExpression(query)} q WHERE {where} ORDER BY {order} LIMIT 20", connection))
        {
            command.Parameters.AddRange(parameters());
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                total = (int)reader.GetInt64(1);
            }
        }
        if (query.WithFacets)
        {
            foreach (var facet in new[] { "organization", "license", "access", "unnest(themes)", "unnest(tags)", "unnest(formats)", "unnest(spatial)" })
            {
                await using var command = new NpgsqlCommand(
                    $"SELECT f, count(*) FROM (SELECT {facet} AS f FROM bench_datasets, {QueryExpression(query)} q WHERE {where}) x GROUP BY f ORDER BY count(*) DESC LIMIT 10", connection);
                command.Parameters.AddRange(parameters());
                await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                {
                }
            }
        }
        return total;
    }

    /// <summary>The ids of the top <paramref name="limit"/> datasets for a query, for the relevance comparison.</summary>
    public async Task<IReadOnlyList<string>> RankAsync(string text, int limit, CancellationToken cancellationToken)
    {
        var query = new BenchQuery("relevance", text, new Dictionary<string, IReadOnlyList<string>>(), SearchSort.Relevance, false);
        var (where, parameters) = Where(query);
        await using var connection = await _db.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand($"SELECT id FROM bench_datasets, {QueryExpression(query)} q WHERE {where} ORDER BY ts_rank_cd(document, q) DESC, id LIMIT {limit}", connection);
        command.Parameters.AddRange(parameters());
        var ids = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(reader.GetString(0));
        }
        return ids;
    }

    public async Task WriteAsync(SearchDocument document, CancellationToken cancellationToken)
    {
        await using var connection = await _db.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand("""
            INSERT INTO bench_datasets (id, name, title, description, tags, organization, themes, formats, license, access, spatial, created, modified, popularity, is_private, state, document)
            VALUES (@id, @name, @title, @description, @tags, @organization, @themes, @formats, '', 'open', '{}', now(), now(), 0, @private, @state,
                setweight(to_tsvector('vn_unaccent', @title), 'A') || setweight(to_tsvector('vn_unaccent', @description), 'B'))
            ON CONFLICT (id) DO UPDATE SET title = excluded.title, document = excluded.document
            """, connection);
        command.Parameters.AddWithValue("id", document.Id);
        command.Parameters.AddWithValue("name", document.Name);
        command.Parameters.AddWithValue("title", document.Title);
        command.Parameters.AddWithValue("description", document.Description);
        command.Parameters.AddWithValue("tags", document.Tags.ToArray());
        command.Parameters.AddWithValue("organization", document.Organization?.Value ?? "");
        command.Parameters.AddWithValue("themes", document.Themes.Select(t => t.Value).ToArray());
        command.Parameters.AddWithValue("formats", document.Formats.ToArray());
        command.Parameters.AddWithValue("private", document.IsPrivate);
        command.Parameters.AddWithValue("state", document.State.ToString());
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync() => await _db.DisposeAsync();

    // websearch_to_tsquery understands the same box language people type: words, "phrases", -exclusion.
    private static string QueryExpression(BenchQuery query) =>
        string.IsNullOrWhiteSpace(query.Text) ? "(SELECT NULL::tsquery) AS" : "websearch_to_tsquery('vn_unaccent', @text)";

    private static (string Where, Func<NpgsqlParameter[]> Parameters) Where(BenchQuery query)
    {
        var clauses = new List<string> { "NOT is_private", "state = 'Active'" };
        if (!string.IsNullOrWhiteSpace(query.Text))
        {
            clauses.Add("document @@ q");
        }
        var filters = query.Filters.ToList();
        for (var i = 0; i < filters.Count; i++)
        {
            clauses.Add(filters[i].Key switch
            {
                "organization" => $"organization = ANY(@f{i})",
                "theme" => $"themes && @f{i}",
                "tag" => $"tags && @f{i}",
                "format" => $"formats && @f{i}",
                "license" => $"license = ANY(@f{i})",
                _ => "true",
            });
        }
        return (string.Join(" AND ", clauses), () =>
        {
            var parameters = new List<NpgsqlParameter>();
            if (!string.IsNullOrWhiteSpace(query.Text))
            {
                parameters.Add(new NpgsqlParameter("text", query.Text));
            }
            for (var i = 0; i < filters.Count; i++)
            {
                parameters.Add(new NpgsqlParameter($"f{i}", filters[i].Value.ToArray()));
            }
            return parameters.ToArray();
        });
    }

    private async Task ExecuteAsync(string sql, CancellationToken cancellationToken)
    {
        await using var command = _db.CreateCommand(sql);
        command.CommandTimeout = 0;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
