using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenData.Dcat.Model;
using OpenData.Web.Storage;

namespace OpenData.Web.Catalog;

/// <summary>
/// Writes a validated dataset: the row, its side tables and a revision in one database transaction, then
/// tells the change sinks (search index). Only the actions call it, after their permission checks.
/// </summary>
public sealed class DatasetWriter(CatalogDbContext db, IEnumerable<IDatasetChangeSink> sinks, IStringLocalizer<SharedResource> l, TimeProvider clock)
{
    public async Task<DatasetRow> SaveAsync(Actor actor, Dataset dataset, Guid organizationId, DatasetRow? row, string action, string? message, CancellationToken ct)
    {
        if (row is null)
        {
            row = new DatasetRow { Id = dataset.Id, Name = dataset.Name, Title = dataset.Title, State = "", AccessLevel = "", Document = "" };
            db.Datasets.Add(row);
        }
        row.Name = dataset.Name;
        row.Title = dataset.Title;
        row.OrganizationId = organizationId;
        row.State = dataset.State.ToString();
        row.IsPrivate = dataset.IsPrivate;
        row.AccessLevel = dataset.AccessLevel.ToCode();
        row.LicenseId = dataset.LicenseId;
        row.Created = dataset.Created;
        row.Modified = dataset.Modified;
        row.Document = DatasetDocument.Serialize(dataset);
        row.Revision += 1;
        SyncSideTables(row, dataset);
        db.Revisions.Add(new RevisionRow
        {
            DatasetId = dataset.Id,
            Number = row.Revision,
            UserId = actor.UserId,
            UserName = actor.Name,
            Created = clock.GetUtcNow(),
            Action = action,
            Message = message,
            Document = row.Document,
        });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            throw new ConcurrencyConflictException(l["Dataset.ChangedMeanwhile"]);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            // The unique index on name caught a race that the validation check could not see.
            if (await db.Datasets.AnyAsync(d => d.Name == dataset.Name && d.Id != dataset.Id, ct))
            {
                throw ValidationException.For("name", l["Validation.NameTaken"]);
            }
            throw;
        }
        db.ChangeTracker.Clear();
        var stats = new CatalogDatasetStats(organizationId, row.Views, row.Downloads);
        foreach (var sink in sinks)
        {
            await sink.DatasetChangedAsync(dataset, stats, ct);
        }
        return row;
    }

    public async Task PurgeAsync(DatasetRow row, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.Revisions.Where(r => r.DatasetId == row.Id).ExecuteDeleteAsync(ct);
        await db.ErrorReports.Where(r => r.DatasetId == row.Id).ExecuteDeleteAsync(ct);
        await db.Datasets.Where(d => d.Id == row.Id).ExecuteDeleteAsync(ct);
        await transaction.CommitAsync(ct);
        foreach (var sink in sinks)
        {
            await sink.DatasetRemovedAsync(row.Id, ct);
        }
    }

    /// <summary>Tells the sinks the dataset's committed state again, after a caller rolled back a transaction.</summary>
    public async Task ResyncAsync(Guid datasetId, CancellationToken ct)
    {
        var row = await db.Datasets.AsNoTracking().FirstOrDefaultAsync(d => d.Id == datasetId, ct);
        foreach (var sink in sinks)
        {
            if (row is null)
            {
                await sink.DatasetRemovedAsync(datasetId, ct);
            }
            else
            {
                await sink.DatasetChangedAsync(DatasetDocument.Deserialize(row.Document), new CatalogDatasetStats(row.OrganizationId, row.Views, row.Downloads), ct);
            }
        }
    }

    private static void SyncSideTables(DatasetRow row, Dataset dataset)
    {
        row.Tags.RemoveAll(t => !dataset.Keywords.Contains(t.Tag));
        foreach (var tag in dataset.Keywords.Where(k => row.Tags.All(t => t.Tag != k)))
        {
            row.Tags.Add(new DatasetTagRow { DatasetId = row.Id, Tag = tag });
        }
        row.Themes.RemoveAll(t => !dataset.Themes.Contains(t.Theme));
        foreach (var theme in dataset.Themes.Where(k => row.Themes.All(t => t.Theme != k)))
        {
            row.Themes.Add(new DatasetThemeRow { DatasetId = row.Id, Theme = theme });
        }
        row.Distributions.RemoveAll(r => dataset.Distributions.All(d => d.Id != r.Id));
        for (var i = 0; i < dataset.Distributions.Count; i++)
        {
            var distribution = dataset.Distributions[i];
            var existing = row.Distributions.FirstOrDefault(r => r.Id == distribution.Id);
            if (existing is null)
            {
                existing = new DistributionRow { Id = distribution.Id, DatasetId = row.Id, Title = distribution.Title };
                row.Distributions.Add(existing);
            }
            existing.Position = i;
            existing.Title = distribution.Title;
            existing.Format = distribution.Format;
            existing.FileSha256 = distribution.FileSha256;
        }
    }
}
