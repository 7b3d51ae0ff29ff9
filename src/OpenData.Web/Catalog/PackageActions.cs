using OpenData.Web.Storage;

namespace OpenData.Web.Catalog;

/// <summary>
/// A dataset together with its resources in one step, as CKAN's package_create and package_update take them:
/// either all of it is saved or nothing is (one transaction), through the dataset and resource actions.
/// </summary>
public sealed class PackageActions(DatasetActions datasets, ResourceActions resources, DatasetWriter writer, CatalogDbContext db)
{
    public Task<DatasetView> CreateAsync(Actor actor, DatasetInput input, IReadOnlyList<ResourceInput> resourceInputs, CancellationToken ct) =>
        InTransactionAsync(async touch =>
        {
            var view = await datasets.CreateAsync(actor, input, ct);
            touch(view.Dataset.Id);
            if (resourceInputs.Count > 0)
            {
                await ReplaceResourcesAsync(actor, view.Dataset.Id, resourceInputs, ct);
            }
            return view.Dataset.Id;
        }, actor, ct);

    /// <summary>Replaces the metadata and, when <paramref name="resourceInputs"/> is given, the whole list of resources.</summary>
    public Task<DatasetView> ReplaceAsync(Actor actor, string nameOrId, DatasetInput input, IReadOnlyList<ResourceInput>? resourceInputs, CancellationToken ct) =>
        InTransactionAsync(async touch =>
        {
            var view = await datasets.UpdateAsync(actor, nameOrId, input, expectedRevision: null, message: null, ct);
            touch(view.Dataset.Id);
            if (resourceInputs is not null)
            {
                await ReplaceResourcesAsync(actor, view.Dataset.Id, resourceInputs, ct);
            }
            return view.Dataset.Id;
        }, actor, ct);

    /// <summary>A resource's field errors are reported under "resources", so they are not taken for the dataset's own url.</summary>
    private async Task ReplaceResourcesAsync(Actor actor, Guid datasetId, IReadOnlyList<ResourceInput> inputs, CancellationToken ct)
    {
        try
        {
            await resources.ReplaceAllAsync(actor, datasetId.ToString(), inputs, ct);
        }
        catch (ValidationException e)
        {
            throw new ValidationException(new Dictionary<string, string[]>
            {
                ["resources"] = e.Errors.SelectMany(error => error.Value.Select(message => $"{error.Key}: {message}")).ToArray(),
            });
        }
    }

    private async Task<DatasetView> InTransactionAsync(Func<Action<Guid>, Task<Guid>> work, Actor actor, CancellationToken ct)
    {
        Guid? touched = null;
        Guid id;
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            try
            {
                id = await work(t => touched = t);
                await transaction.CommitAsync(ct);
            }
            catch
            {
                await transaction.RollbackAsync(CancellationToken.None);
                db.ChangeTracker.Clear();
                if (touched is { } changed)
                {
                    // The search index was told of a change that was rolled back: tell it the committed state again.
                    await writer.ResyncAsync(changed, CancellationToken.None);
                }
                throw;
            }
        }
        return await datasets.ShowAsync(actor, id.ToString(), ct);
    }
}
