using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using OpenData.Dcat.Model;
using OpenData.Web.Hosting;
using OpenData.Web.Storage;

namespace OpenData.Web.Catalog;

/// <summary>A file coming in with a resource: read once, streamed into the file store.</summary>
public sealed record UploadInput(Stream Content, string FileName, string? ContentType);

/// <summary>What an editor supplies for a resource (distribution): a link or an upload.</summary>
public sealed record ResourceInput
{
    /// <summary>Kept when an import brings its own id (CKAN dumps); otherwise a new one is made.</summary>
    public Guid? Id { get; init; }

    public string? Title { get; init; }
    public string? Description { get; init; }
    public string? Format { get; init; }
    public string? Url { get; init; }
    public string? LicenseId { get; init; }
    public UploadInput? Upload { get; init; }

    /// <summary>Keep the current file when an edit brings neither a new file nor a link.</summary>
    public bool KeepExistingFile { get; init; } = true;
}

/// <summary>The resource actions (CKAN's resource_*): resources are part of their dataset and every change is a dataset revision.</summary>
public sealed class ResourceActions(
    DatasetActions datasets,
    DatasetWriter writer,
    FileStore files,
    CatalogDbContext db,
    IOptions<PortalOptions> options,
    IStringLocalizer<SharedResource> l,
    TimeProvider clock)
{
    public async Task<(DatasetView View, Distribution Resource)> ShowAsync(Actor actor, string datasetNameOrId, Guid resourceId, CancellationToken ct)
    {
        var view = await datasets.ShowAsync(actor, datasetNameOrId, ct);
        var resource = view.Dataset.Distributions.FirstOrDefault(d => d.Id == resourceId) ?? throw new NotFoundException(l["Resource.NotFound"]);
        return (view, resource);
    }

    /// <summary>
    /// A resource whose data the caller is about to read (download, follow its link): refused, with how to ask
    /// for it, when the dataset's data is shared or restricted and the actor is not among its readers.
    /// </summary>
    public async Task<(DatasetView View, Distribution Resource)> ShowDataAsync(Actor actor, string datasetNameOrId, Guid resourceId, CancellationToken ct)
    {
        var (view, resource) = await ShowAsync(actor, datasetNameOrId, resourceId, ct);
        if (!view.CanReadData)
        {
            throw new NotAuthorizedException(l["Data.NotShared", view.Organization.Title]);
        }
        return (view, resource);
    }

    /// <summary>A resource by its id alone (CKAN resource_show).</summary>
    public async Task<(DatasetView View, Distribution Resource)> ShowByIdAsync(Actor actor, Guid resourceId, CancellationToken ct)
    {
        var datasetId = db.Distributions.Where(r => r.Id == resourceId).Select(r => (Guid?)r.DatasetId).FirstOrDefault()
            ?? throw new NotFoundException(l["Resource.NotFound"]);
        return await ShowAsync(actor, datasetId.ToString(), resourceId, ct);
    }

    public async Task<Distribution> CreateAsync(Actor actor, string datasetNameOrId, ResourceInput input, CancellationToken ct)
    {
        var (row, dataset) = await datasets.RequireEditableAsync(actor, datasetNameOrId, ct);
        var now = clock.GetUtcNow();
        var resource = await BuildAsync(input, existing: null, now, ct);
        var updated = dataset with { Distributions = [.. dataset.Distributions, resource], Modified = now };
        await writer.SaveAsync(actor, updated, row.OrganizationId, row, "resource-create", resource.Title, ct);
        return resource;
    }

    /// <summary>Replaces all of a dataset's resources in one revision (imports and harvests).</summary>
    public async Task<IReadOnlyList<Distribution>> ReplaceAllAsync(Actor actor, string datasetNameOrId, IReadOnlyList<ResourceInput> inputs, CancellationToken ct)
    {
        var (row, dataset) = await datasets.RequireEditableAsync(actor, datasetNameOrId, ct);
        var now = clock.GetUtcNow();
        var resources = new List<Distribution>();
        foreach (var input in inputs)
        {
            var existing = input.Id is { } id ? dataset.Distributions.FirstOrDefault(d => d.Id == id) : null;
            resources.Add(await BuildAsync(input, existing, now, ct));
        }
        var updated = dataset with { Distributions = resources };
        await writer.SaveAsync(actor, updated, row.OrganizationId, row, "resources", null, ct);
        return resources;
    }

    public async Task<Distribution> UpdateAsync(Actor actor, string datasetNameOrId, Guid resourceId, ResourceInput input, CancellationToken ct)
    {
        var (row, dataset) = await datasets.RequireEditableAsync(actor, datasetNameOrId, ct);
        var existing = dataset.Distributions.FirstOrDefault(d => d.Id == resourceId) ?? throw new NotFoundException(l["Resource.NotFound"]);
        var now = clock.GetUtcNow();
        var resource = await BuildAsync(input, existing, now, ct);
        var updated = dataset with
        {
            Distributions = dataset.Distributions.Select(d => d.Id == resourceId ? resource : d).ToList(),
            Modified = now,
        };
        await writer.SaveAsync(actor, updated, row.OrganizationId, row, "resource-update", resource.Title, ct);
        return resource;
    }

    public async Task DeleteAsync(Actor actor, string datasetNameOrId, Guid resourceId, CancellationToken ct)
    {
        var (row, dataset) = await datasets.RequireEditableAsync(actor, datasetNameOrId, ct);
        var existing = dataset.Distributions.FirstOrDefault(d => d.Id == resourceId) ?? throw new NotFoundException(l["Resource.NotFound"]);
        var updated = dataset with { Distributions = dataset.Distributions.Where(d => d.Id != resourceId).ToList(), Modified = clock.GetUtcNow() };
        await writer.SaveAsync(actor, updated, row.OrganizationId, row, "resource-delete", existing.Title, ct);
    }

    /// <summary>Opens an uploaded resource's file for download, counting the download.</summary>
    public async Task<(Distribution Resource, Stream Content, string MediaType)> OpenDownloadAsync(Actor actor, string datasetNameOrId, Guid resourceId, CancellationToken ct)
    {
        var (view, resource) = await ShowDataAsync(actor, datasetNameOrId, resourceId, ct);
        if (resource.FileSha256 is null)
        {
            throw new NotFoundException(l["Resource.NotAnUpload"]);
        }
        var stream = files.OpenRead(resource.FileSha256) ?? throw new NotFoundException(l["Resource.FileMissing"]);
        await datasets.RecordDownloadAsync(view.Dataset.Id, ct);
        return (resource, stream, resource.MediaType ?? MediaTypes.MediaTypeOf(resource.FileName));
    }

    private async Task<Distribution> BuildAsync(ResourceInput input, Distribution? existing, DateTimeOffset now, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        var url = CatalogRules.Clean(input.Url);
        if (url is not null && !CatalogRules.IsValidWebUrl(url))
        {
            errors.Add("url", l["Validation.Url"]);
        }
        var keepsFile = existing?.IsUpload == true && input.KeepExistingFile && url is null;
        if (input.Upload is null && url is null && !keepsFile)
        {
            errors.Add("upload", l["Validation.FileOrLink"]);
        }
        var licenseId = CatalogRules.Clean(input.LicenseId);
        if (licenseId is not null && License.Find(licenseId) is null)
        {
            errors.Add("license_id", l["Validation.UnknownLicense"]);
        }
        errors.ThrowIfAny();

        string? sha = null;
        string? fileName = null;
        long? size = null;
        string? mediaType;
        if (input.Upload is { } upload)
        {
            StoredFile stored;
            try
            {
                stored = await files.SaveAsync(upload.Content, options.Value.MaxUploadBytes, ct);
            }
            catch (UploadRejectedException rejected)
            {
                var message = rejected.Limit is { } limit ? l[rejected.ReasonKey, FormatBytes(limit)] : l[rejected.ReasonKey];
                throw ValidationException.For("upload", message);
            }
            sha = stored.Sha256;
            size = stored.Size;
            fileName = SafeFileName(upload.FileName);
            mediaType = MediaTypes.MediaTypeOf(fileName);
            await RecordFileAsync(stored, mediaType, now, ct);
        }
        else if (keepsFile)
        {
            sha = existing!.FileSha256;
            size = existing.ByteSize;
            fileName = existing.FileName;
            mediaType = existing.MediaType;
        }
        else
        {
            mediaType = MediaTypes.MediaTypeOfFormat(MediaTypes.NormalizeFormat(input.Format)) ?? MediaTypes.MediaTypeOf(new Uri(url!).AbsolutePath);
        }
        var format = MediaTypes.NormalizeFormat(input.Format) ?? MediaTypes.FormatOf(fileName) ?? MediaTypes.FormatOf(url is null ? null : new Uri(url).AbsolutePath);
        var title = CatalogRules.Clean(input.Title) ?? fileName ?? url ?? "";
        return new Distribution
        {
            Id = existing?.Id ?? input.Id ?? Guid.NewGuid(),
            Title = title,
            Description = input.Description?.Trim() ?? "",
            Format = format,
            MediaType = mediaType,
            Url = sha is null ? url : null,
            FileSha256 = sha,
            FileName = fileName,
            ByteSize = size,
            Checksum = sha is null ? null : new Checksum(Checksum.Sha256, sha),
            LicenseId = licenseId,
            Created = existing?.Created ?? now,
            Modified = now,
        };
    }

    /// <summary>Adds the file's row to the unit of work, so it is committed with the dataset revision that uses it.</summary>
    private async Task RecordFileAsync(StoredFile stored, string mediaType, DateTimeOffset now, CancellationToken ct)
    {
        var known = db.Files.Local.Any(f => f.Sha256 == stored.Sha256)
            || await db.Files.AsNoTracking().AnyAsync(f => f.Sha256 == stored.Sha256, ct);
        if (!known)
        {
            db.Files.Add(new StoredFileRow { Sha256 = stored.Sha256, Size = stored.Size, MediaType = mediaType, Created = now });
        }
    }

    /// <summary>Keeps the name a person gave the file but nothing that could act as a path.</summary>
    private static string SafeFileName(string name)
    {
        var file = Path.GetFileName(name.Replace('\\', '/'));
        var cleaned = new string(file.Where(c => !char.IsControl(c) && c is not '"' and not '/' and not '\\').ToArray()).Trim();
        return cleaned.Length == 0 ? "file" : cleaned;
    }

    public static string FormatBytes(long bytes) => bytes switch
    {
        >= 1024L * 1024 * 1024 => $"{bytes / (1024.0 * 1024 * 1024):0.#} GB",
        >= 1024L * 1024 => $"{bytes / (1024.0 * 1024):0.#} MB",
        >= 1024 => $"{bytes / 1024.0:0.#} KB",
        _ => $"{bytes} B",
    };
}
