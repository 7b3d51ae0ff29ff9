using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using OpenData.Dcat.Model;
using OpenData.Web.Catalog;
using OpenData.Web.Storage;

namespace OpenData.Web.Ckan;

public sealed record ImportProblem(int Line, string? Name, string Message);

public sealed record ImportReport(int Created, int Updated, IReadOnlyList<ImportProblem> Failed)
{
    public int Total => Created + Updated + Failed.Count;
}

public sealed record TransferProgress(int Done, int Total, string? Current);

/// <summary>
/// Import and export of datasets as CKAN package dicts, one JSON object per line (`ckanapi dump datasets`).
/// Each line goes through the same actions as a page would; a bad line is reported with its number and the
/// rest go on.
/// </summary>
public sealed class PackageTransfer(
    DatasetActions datasets,
    ResourceActions resources,
    ThemeActions themes,
    DatasetWriter writer,
    CatalogDbContext db)
{
    public async Task<ImportReport> ImportAsync(Actor actor, string path, IProgress<TransferProgress>? progress, CancellationToken ct)
    {
        var baseFolder = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
        var lines = await File.ReadAllLinesAsync(path, ct);
        int created = 0, updated = 0;
        var failed = new List<ImportProblem>();
        for (var i = 0; i < lines.Length; i++)
        {
            var lineNumber = i + 1;
            if (string.IsNullOrWhiteSpace(lines[i]))
            {
                continue;
            }
            string? name = null;
            try
            {
                if (JsonNode.Parse(lines[i]) is not JsonObject package)
                {
                    throw new FormatException("the line is not a JSON object");
                }
                var (input, resourceDicts, views) = PackageDicts.FromPackageDict(package);
                name = input.Name;
                progress?.Report(new TransferProgress(i, lines.Length, name));
                var exists = input.Name is not null && await db.Datasets.AnyAsync(d => d.Name == input.Name, ct);
                var streams = new List<Stream>();
                // One transaction per line: a line that fails half-way (a bad resource after a good dataset) leaves nothing behind.
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                Guid? touched = null;
                try
                {
                    var inputs = new List<ResourceInput>();
                    foreach (var resource in resourceDicts)
                    {
                        if (resource.UploadPath is { } relative)
                        {
                            var file = Path.GetFullPath(Path.Combine(baseFolder, relative));
                            if (!file.StartsWith(baseFolder + Path.DirectorySeparatorChar, StringComparison.Ordinal) || !File.Exists(file))
                            {
                                throw ValidationException.For("resources", $"file not found: {relative}");
                            }
                            var stream = File.OpenRead(file);
                            streams.Add(stream);
                            inputs.Add(resource.Input with { Upload = new UploadInput(stream, Path.GetFileName(file), null) });
                        }
                        else
                        {
                            inputs.Add(resource.Input);
                        }
                    }
                    var view = exists
                        ? await datasets.UpdateAsync(actor, input.Name!, input, expectedRevision: null, "import", ct)
                        : await datasets.CreateAsync(actor, input, ct);
                    touched = view.Dataset.Id;
                    if (inputs.Count > 0 || view.Dataset.Distributions.Count > 0)
                    {
                        await resources.ReplaceAllAsync(actor, view.Dataset.Id.ToString(), inputs, ct);
                    }
                    if (views is { } count && ReferenceEquals(actor, Actor.System))
                    {
                        await datasets.SeedUsageAsync(actor, view.Dataset.Id, count, ct);
                    }
                    await transaction.CommitAsync(ct);
                }
                catch
                {
                    await transaction.RollbackAsync(CancellationToken.None);
                    db.ChangeTracker.Clear();
                    if (touched is { } id)
                    {
                        await writer.ResyncAsync(id, CancellationToken.None);
                    }
                    throw;
                }
                finally
                {
                    foreach (var stream in streams)
                    {
                        await stream.DisposeAsync();
                    }
                }
                if (exists)
                {
                    updated++;
                }
                else
                {
                    created++;
                }
            }
            catch (JsonException e)
            {
                failed.Add(new ImportProblem(lineNumber, name, $"invalid JSON: {e.Message}"));
            }
            catch (ValidationException e)
            {
                failed.Add(new ImportProblem(lineNumber, name, string.Join("; ", e.Errors.Select(x => $"{x.Key}: {string.Join(" ", x.Value)}"))));
            }
            catch (Exception e) when (e is FormatException or NotAuthorizedException or NotFoundException or ConcurrencyConflictException)
            {
                failed.Add(new ImportProblem(lineNumber, name, e.Message));
            }
        }
        progress?.Report(new TransferProgress(lines.Length, lines.Length, null));
        return new ImportReport(created, updated, failed);
    }

    /// <summary>Writes every dataset the actor may see (all of them for the system), one package dict per line.</summary>
    public async Task<int> ExportAsync(Actor actor, TextWriter output, string baseUrl, IProgress<TransferProgress>? progress, CancellationToken ct)
    {
        var themeMap = (await themes.AllAsync(ct)).ToDictionary(t => t.Name);
        var ids = await db.Datasets.AsNoTracking().VisibleTo(actor).OrderBy(d => d.Name).Select(d => d.Id).ToListAsync(ct);
        var done = 0;
        foreach (var id in ids)
        {
            var view = await datasets.ShowAsync(actor, id.ToString(), ct);
            await output.WriteLineAsync(PackageDicts.ToPackageDict(view, themeMap, baseUrl).ToJsonString(PackageDicts.JsonOptions));
            progress?.Report(new TransferProgress(++done, ids.Count, view.Dataset.Name));
        }
        return done;
    }
}
