using System.Globalization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Microsoft.EntityFrameworkCore;
using OpenData.Dcat.Model;
using OpenData.Web.Catalog;
using OpenData.Web.Hosting;
using OpenData.Web.Storage;

namespace OpenData.Web.DataStore;

/// <summary>The outcome of reading a file into typed rows.</summary>
public sealed record TabularLoad(TabularFormat Format, IReadOnlyList<DatastoreField> Fields, long RowCount, long BadRowCount, IReadOnlyList<BadRow> BadRows);

/// <summary>
/// Reads a tabular file in two streaming passes: the first infers every column's type from the whole file
/// and finds rows with the wrong number of fields; the second converts and hands rows to the table. A bad
/// row is reported by its line number and skipped; the good rows load.
/// </summary>
public static class TabularImport
{
    /// <remarks>
    /// Bad rows' reasons are written in <paramref name="l"/>'s culture (the loader uses the portal's default language).
    /// A file past <paramref name="limits"/> (the defaults when null) fails as a whole with an <see cref="UnreadableFileException"/>.
    /// </remarks>
    public static async Task<TabularLoad> LoadAsync(string path, string? forcedEncoding, IReadOnlyList<DatastoreField> dictionary,
        Func<IReadOnlyList<DatastoreField>, IReadOnlyList<int>, IEnumerable<object?[]>, Task<long>> store, IStringLocalizer l, CancellationToken ct,
        InputLimits? limits = null)
    {
        var format = TabularFile.Sniff(path, forcedEncoding);
        var bad = new List<BadRow>();
        long badCount = 0;
        void Report(long line, string message)
        {
            badCount++;
            if (bad.Count < DatastoreJson.MaxBadRows)
            {
                bad.Add(new BadRow(line, message));
            }
        }

        IReadOnlyList<string>? ids = null;
        ColumnInference[] inference = [];
        long goodRows = 0;
        foreach (var record in TabularFile.Records(path, format, limits))
        {
            ct.ThrowIfCancellationRequested();
            if (ids is null)
            {
                ids = TabularFile.FieldIds(record.Fields);
                inference = ids.Select(_ => new ColumnInference()).ToArray();
                continue;
            }
            if (Fit(record.Fields, ids.Count) is not { } fields)
            {
                Report(record.Line, l["Datastore.RowFieldCount", record.Fields.Length, ids.Count]);
                continue;
            }
            goodRows++;
            for (var i = 0; i < fields.Length; i++)
            {
                inference[i].Observe(fields[i]);
            }
        }
        if (ids is null)
        {
            throw new InvalidDataException(l["Datastore.NoHeader"]);
        }

        var known = dictionary.ToDictionary(f => f.Id, StringComparer.Ordinal);
        var fieldList = ids.Select((id, i) =>
        {
            known.TryGetValue(id, out var previous);
            return new DatastoreField
            {
                Id = id,
                Column = "c" + (i + 1),
                Type = previous is { TypeOverride: true } ? previous.Type : inference[i].Type,
                TypeOverride = previous?.TypeOverride ?? false,
                Label = previous?.Label,
                Description = previous?.Description,
                Mark = inference[i].Mark,
            };
        }).ToList();

        IEnumerable<object?[]> Rows()
        {
            var header = true;
            foreach (var record in TabularFile.Records(path, format, limits))
            {
                if (header)
                {
                    header = false;
                    continue;
                }
                if (Fit(record.Fields, fieldList.Count) is not { } fields)
                {
                    continue; // reported in the first pass
                }
                var row = new object?[fields.Length];
                string? problem = null;
                for (var i = 0; i < fields.Length && problem is null; i++)
                {
                    if (!FieldTypes.TryConvert(fields[i], fieldList[i].Type, fieldList[i].Mark, out row[i]))
                    {
                        problem = l["Datastore.RowBadValue", Shorten(fields[i]), fieldList[i].Id, FieldTypes.Name(fieldList[i].Type)];
                    }
                }
                if (problem is not null)
                {
                    Report(record.Line, problem);
                    continue;
                }
                yield return row;
            }
        }

        var indexed = IndexedColumns(inference.Select(c => c.DistinctCount).ToList(), goodRows);
        var count = await store(fieldList, indexed, Rows());
        return new TabularLoad(format, fieldList, count, badCount, bad.OrderBy(b => b.Line).ToList());
    }

    /// <summary>The record's fields when they match the header; extra empty fields at the end (a trailing delimiter) are forgiven.</summary>
    private static string[]? Fit(string[] fields, int width)
    {
        if (fields.Length == width)
        {
            return fields;
        }
        if (fields.Length > width && fields.Skip(width).All(f => f.Trim().Length == 0))
        {
            return fields[..width];
        }
        return null;
    }

    private static string Shorten(string value) => value.Length > 40 ? value[..40] + "…" : value;

    /// <summary>Columns worth an index: few distinct values (filters on them are the usual queries), at most four, only in big tables.</summary>
    public static IReadOnlyList<int> IndexedColumns(IReadOnlyList<int?> distinct, long rows) =>
        rows < 10_000 ? [] : Enumerable.Range(0, distinct.Count).Where(i => distinct[i] is not null).Take(4).ToList();
}

/// <summary>Loads one queued resource into its table and keeps its status row up to date.</summary>
public sealed class DatastoreLoader(
    CatalogDbContext db,
    DatastoreDatabase store,
    FileStore files,
    PortalPaths paths,
    IHttpClientFactory http,
    IStringLocalizer<SharedResource> l,
    IOptions<InputLimits> limits,
    TimeProvider clock,
    ILogger<DatastoreLoader> logger)
{
    public const string HttpClientName = "datastore";

    public async Task LoadAsync(Guid resourceId, CancellationToken ct)
    {
        var status = await db.DatastoreResources.FirstOrDefaultAsync(r => r.ResourceId == resourceId, ct);
        if (status is null || status.Status is not (DatastoreStatus.Pending or DatastoreStatus.Loading) || status.Origin != "file")
        {
            return;
        }
        var datasetRow = await db.Datasets.AsNoTracking().FirstOrDefaultAsync(d => d.Id == status.DatasetId, ct);
        var resource = datasetRow is null ? null : DatasetDocument.Deserialize(datasetRow.Document).Distributions.FirstOrDefault(d => d.Id == resourceId);
        if (resource is null)
        {
            db.DatastoreResources.Remove(status);
            await db.SaveChangesAsync(ct);
            await store.DropAsync(resourceId, ct);
            return;
        }
        var source = status.Source;
        status.Status = DatastoreStatus.Loading;
        status.RowsLoaded = 0;
        status.Message = null;
        status.Modified = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);

        string? temp = null;
        try
        {
            string path;
            if (resource.FileSha256 is { } sha)
            {
                path = files.PathOf(sha);
                if (!File.Exists(path))
                {
                    throw new InvalidDataException(l["Datastore.UploadMissing"]);
                }
            }
            else
            {
                temp = await DownloadAsync(resource, ct);
                path = temp;
            }
            var dictionary = DatastoreJson.FieldsOf(status);
            var load = await TabularImport.LoadAsync(path, status.ForcedEncoding, dictionary, async (fields, indexed, rows) =>
            {
                var columns = fields.Select(f => new TableColumn(f.Column, f.Type)).ToList();
                return await store.ReplaceAsync(resourceId, columns, rows, indexed, async (n, token) =>
                {
                    await db.DatastoreResources.Where(r => r.ResourceId == resourceId)
                        .ExecuteUpdateAsync(s => s.SetProperty(r => r.RowsLoaded, n), token);
                }, ct);
            }, l, ct, limits.Value);

            await db.Entry(status).ReloadAsync(ct);
            status.Encoding = load.Format.IsXlsx ? null : load.Format.Encoding;
            status.Delimiter = load.Format.Delimiter?.ToString();
            status.RowCount = load.RowCount;
            status.RowsLoaded = load.RowCount;
            status.BadRowCount = load.BadRowCount;
            status.ErrorRows = load.BadRows.Count == 0 ? null : DatastoreJson.Serialize(load.BadRows);
            status.Fields = DatastoreJson.Serialize(load.Fields);
            status.LoadedAt = clock.GetUtcNow();
            status.Modified = clock.GetUtcNow();
            // A change that arrived during the load queued another one: leave it pending.
            status.Status = status.Source == source ? DatastoreStatus.Loaded : DatastoreStatus.Pending;
            await db.SaveChangesAsync(ct);
            logger.LogInformation("Loaded {Rows} rows ({BadRows} bad) into the data store for resource {ResourceId}", load.RowCount, load.BadRowCount, resourceId);
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            logger.LogWarning(e, "Data store load failed for resource {ResourceId}", resourceId);
            db.ChangeTracker.Clear();
            var failed = await db.DatastoreResources.FirstOrDefaultAsync(r => r.ResourceId == resourceId, CancellationToken.None);
            if (failed is not null)
            {
                failed.Status = DatastoreStatus.Failed;
                failed.Message = Describe(e);
                failed.Modified = clock.GetUtcNow();
                await db.SaveChangesAsync(CancellationToken.None);
            }
        }
        finally
        {
            if (temp is not null)
            {
                File.Delete(temp);
            }
        }
    }

    private string Describe(Exception e) => e switch
    {
        HttpRequestException or TaskCanceledException => l["Datastore.LinkFailed", e.Message],
        // Numbers as the reader writes them: "1.000.000 ký tự", "1,000,000 characters".
        UnreadableFileException u => l[u.TextKey, u.Arguments.Select(a => a is IFormattable f and (int or long) ? f.ToString("N0", CultureInfo.CurrentUICulture) : a).ToArray()],
        InvalidDataException or FormatException => e.Message,
        _ => l["Datastore.ReadFailed", e.Message],
    };

    /// <summary>A link's file, fetched into the data folder's temporary area (http and https only, size-capped).</summary>
    private async Task<string> DownloadAsync(Distribution resource, CancellationToken ct)
    {
        if (!Uri.TryCreate(resource.Url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            throw new InvalidDataException(l["Datastore.LinkNotHttp"]);
        }
        Directory.CreateDirectory(paths.UploadTemp);
        var temp = Path.Combine(paths.UploadTemp, "ds-" + Guid.NewGuid().ToString("N") + ".part");
        using var client = http.CreateClient(HttpClientName);
        using var response = await client.GetAsync(uri, HttpCompletionOption.ResponseHeadersRead, ct);
        response.EnsureSuccessStatusCode();
        await using var input = await response.Content.ReadAsStreamAsync(ct);
        await using var output = File.Create(temp);
        var buffer = new byte[81920];
        long total = 0;
        int read;
        while ((read = await input.ReadAsync(buffer, ct)) > 0)
        {
            total += read;
            if (total > 500L * 1024 * 1024)
            {
                throw new InvalidDataException(l["Datastore.LinkTooLarge"]);
            }
            await output.WriteAsync(buffer.AsMemory(0, read), ct);
        }
        return temp;
    }
}
