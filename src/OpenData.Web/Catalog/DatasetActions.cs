using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenData.Dcat.Model;
using OpenData.Web.Storage;

namespace OpenData.Web.Catalog;

/// <summary>
/// A dataset as a reader sees it: the document and what the store keeps beside it. When
/// <paramref name="CanReadData"/> is false (shared or restricted data, MISSION §2) the document's link resources
/// carry no URL: a link is the way to the data, and the server it points to does not enforce our rule.
/// </summary>
public sealed record DatasetView(Dataset Dataset, Organization Organization, int Revision, long Views, long Downloads, bool CanReadData);

/// <summary>
/// The dataset actions (CKAN's package_*): every page, API, CLI command and the harvester reads and writes
/// datasets through here, so permission checks, validation, revisions and index updates happen once.
/// </summary>
public sealed class DatasetActions(
    CatalogDbContext db,
    DatasetWriter writer,
    IStringLocalizer<SharedResource> l,
    TimeProvider clock)
{
    /// <summary>A dataset by name or id, if the actor may see it (a deleted one only for a system admin).</summary>
    public async Task<DatasetView> ShowAsync(Actor actor, string nameOrId, CancellationToken ct)
    {
        var row = await FindRowAsync(nameOrId, ct) ?? throw new NotFoundException(l["Dataset.NotFound"]);
        var dataset = DatasetDocument.Deserialize(row.Document);
        if (!CatalogAuthorization.CanRead(actor, DatasetAccess.Of(dataset, row.OrganizationId)))
        {
            // Private and restricted datasets are "not found" to outsiders, as in CKAN: their existence is not disclosed.
            throw new NotFoundException(l["Dataset.NotFound"]);
        }
        var organization = await db.Organizations.AsNoTracking().FirstAsync(o => o.Id == row.OrganizationId, ct);
        return ViewFor(actor, dataset, organization, row);
    }

    /// <summary>Several datasets by id in one read, in the given order, leaving out those the actor may not see (search results).</summary>
    public async Task<IReadOnlyList<DatasetView>> ShowManyAsync(Actor actor, IReadOnlyList<Guid> ids, CancellationToken ct)
    {
        var rows = await db.Datasets.AsNoTracking().Where(d => ids.Contains(d.Id)).ToDictionaryAsync(d => d.Id, ct);
        var organizationIds = rows.Values.Select(r => r.OrganizationId).Distinct().ToList();
        var organizations = await db.Organizations.AsNoTracking().Where(o => organizationIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, ct);
        var views = new List<DatasetView>(ids.Count);
        foreach (var id in ids)
        {
            if (rows.TryGetValue(id, out var row))
            {
                var dataset = DatasetDocument.Deserialize(row.Document);
                if (CatalogAuthorization.CanRead(actor, DatasetAccess.Of(dataset, row.OrganizationId)))
                {
                    views.Add(ViewFor(actor, dataset, organizations[row.OrganizationId], row));
                }
            }
        }
        return views;
    }

    public async Task<DatasetView> CreateAsync(Actor actor, DatasetInput input, CancellationToken ct)
    {
        // Rights before validation (CKAN's order): someone who may publish nowhere learns nothing from field errors.
        if (!CatalogAuthorization.CanPublishAnywhere(actor))
        {
            throw new NotAuthorizedException(actor.IsAuthenticated ? l["Auth.CannotPublish"] : l["Auth.SignInRequired"]);
        }
        var organization = await RequireOrganizationAsync(input.Organization, ct);
        if (!CatalogAuthorization.CanEditDatasets(actor, organization.Id))
        {
            throw new NotAuthorizedException(l["Auth.NotEditorOfOrganization", organization.Title]);
        }
        var now = clock.GetUtcNow();
        var dataset = await ValidateAsync(input, organization, existing: null, now, ct);
        var id = input.Id is { } wanted && !await db.Datasets.AnyAsync(d => d.Id == wanted, ct) ? wanted : Guid.NewGuid();
        var keepSourceDates = KeepsSourceDates(actor);
        dataset = dataset with
        {
            Id = id,
            Created = (keepSourceDates ? input.SourceCreated : null) ?? now,
            Modified = (keepSourceDates ? input.SourceModified : null) ?? now,
        };
        var row = await writer.SaveAsync(actor, dataset, organization.Id, row: null, "create", message: null, ct);
        return ViewFor(actor, dataset, organization, row);
    }

    /// <summary>
    /// Replaces the dataset's metadata (resources are kept); <paramref name="expectedRevision"/> guards against lost
    /// updates. Another organization in the input moves the dataset there (revision "move"), when
    /// <see cref="CatalogAuthorization.CanMoveDataset"/> allows it.
    /// </summary>
    public async Task<DatasetView> UpdateAsync(Actor actor, string nameOrId, DatasetInput input, int? expectedRevision, string? message, CancellationToken ct)
    {
        var (row, current) = await RequireEditableAsync(actor, nameOrId, ct);
        if (expectedRevision is not null && expectedRevision != row.Revision)
        {
            throw new ConcurrencyConflictException(l["Dataset.ChangedMeanwhile"]);
        }
        var organization = await RequireOrganizationAsync(input.Organization ?? current.Organization, ct);
        var moves = organization.Id != row.OrganizationId;
        if (moves && !CatalogAuthorization.CanMoveDataset(actor, row.OrganizationId, organization.Id))
        {
            throw new NotAuthorizedException(l["Auth.NotEditorOfOrganization", organization.Title]);
        }
        var now = clock.GetUtcNow();
        var updated = await ValidateAsync(input, organization, current, now, ct);
        updated = updated with
        {
            Id = current.Id,
            Created = current.Created,
            Modified = (KeepsSourceDates(actor) ? input.SourceModified : null) ?? now,
            Distributions = current.Distributions,
        };
        row = await writer.SaveAsync(actor, updated, organization.Id, row, moves ? "move" : "update", message, ct);
        return ViewFor(actor, updated, organization, row);
    }

    /// <summary>Soft delete: the dataset disappears from every list and can be restored by a system admin.</summary>
    public async Task DeleteAsync(Actor actor, string nameOrId, CancellationToken ct)
    {
        var (row, current) = await RequireEditableAsync(actor, nameOrId, ct);
        var deleted = current with { State = DatasetState.Deleted, Modified = clock.GetUtcNow() };
        await writer.SaveAsync(actor, deleted, row.OrganizationId, row, "delete", null, ct);
    }

    public async Task<DatasetView> RestoreAsync(Actor actor, string nameOrId, CancellationToken ct)
    {
        if (!CatalogAuthorization.CanManageTrash(actor))
        {
            throw new NotAuthorizedException(l["Auth.NotAllowed"]);
        }
        var row = await FindRowAsync(nameOrId, ct, tracking: true) ?? throw new NotFoundException(l["Dataset.NotFound"]);
        var current = DatasetDocument.Deserialize(row.Document);
        var restored = current with { State = DatasetState.Active, Modified = clock.GetUtcNow() };
        row = await writer.SaveAsync(actor, restored, row.OrganizationId, row, "restore", null, ct);
        var organization = await db.Organizations.AsNoTracking().FirstAsync(o => o.Id == row.OrganizationId, ct);
        return ViewFor(actor, restored, organization, row);
    }

    /// <summary>Removes a dataset and its history for good (CKAN dataset_purge): system admins only.</summary>
    public async Task PurgeAsync(Actor actor, string nameOrId, CancellationToken ct)
    {
        if (!CatalogAuthorization.CanManageTrash(actor))
        {
            throw new NotAuthorizedException(l["Auth.NotAllowed"]);
        }
        var row = await FindRowAsync(nameOrId, ct) ?? throw new NotFoundException(l["Dataset.NotFound"]);
        await writer.PurgeAsync(row, ct);
    }

    /// <summary>Deleted datasets, for the system admin's trash page.</summary>
    public async Task<IReadOnlyList<DatasetSummary>> TrashAsync(Actor actor, CancellationToken ct)
    {
        if (!CatalogAuthorization.CanManageTrash(actor))
        {
            throw new NotAuthorizedException(l["Auth.NotAllowed"]);
        }
        var deleted = DatasetState.Deleted.ToString();
        var rows = await db.Datasets.AsNoTracking().Where(d => d.State == deleted).OrderByDescending(d => d.Modified).ToListAsync(ct);
        return await DatasetQueries.SummarizeAsync(db, rows, ct);
    }

    public async Task<IReadOnlyList<RevisionSummary>> HistoryAsync(Actor actor, string nameOrId, CancellationToken ct)
    {
        var view = await ShowAsync(actor, nameOrId, ct);
        return await db.Revisions.AsNoTracking()
            .Where(r => r.DatasetId == view.Dataset.Id)
            .OrderByDescending(r => r.Number)
            .Select(r => new RevisionSummary(r.Number, r.UserName, r.Created, r.Action, r.Message))
            .ToListAsync(ct);
    }

    /// <summary>The changes between two revisions of a dataset the actor may read.</summary>
    public async Task<RevisionComparison> CompareAsync(Actor actor, string nameOrId, int from, int to, CancellationToken ct)
    {
        var view = await ShowAsync(actor, nameOrId, ct);
        var revisions = await db.Revisions.AsNoTracking()
            .Where(r => r.DatasetId == view.Dataset.Id && (r.Number == from || r.Number == to))
            .ToListAsync(ct);
        var older = revisions.FirstOrDefault(r => r.Number == from) ?? throw new NotFoundException(l["Revision.NotFound"]);
        var newer = revisions.FirstOrDefault(r => r.Number == to) ?? throw new NotFoundException(l["Revision.NotFound"]);
        return new RevisionComparison(
            view,
            new RevisionSummary(older.Number, older.UserName, older.Created, older.Action, older.Message),
            new RevisionSummary(newer.Number, newer.UserName, newer.Created, newer.Action, newer.Message),
            RevisionDiff.Compare(ForReader(view, DatasetDocument.Deserialize(older.Document)), ForReader(view, DatasetDocument.Deserialize(newer.Document))));
    }

    /// <summary>Counts a page view (most-viewed lists, usage statistics). Not a revision.</summary>
    public Task RecordViewAsync(Guid datasetId, CancellationToken ct) =>
        db.Datasets.Where(d => d.Id == datasetId).ExecuteUpdateAsync(s => s.SetProperty(d => d.Views, d => d.Views + 1), ct);

    /// <summary>Sets usage counters carried over from another system (demo catalogue, migrations): system only.</summary>
    public async Task SeedUsageAsync(Actor actor, Guid datasetId, long views, CancellationToken ct)
    {
        if (!ReferenceEquals(actor, Actor.System))
        {
            throw new NotAuthorizedException(l["Auth.NotAllowed"]);
        }
        await db.Datasets.Where(d => d.Id == datasetId).ExecuteUpdateAsync(s => s.SetProperty(d => d.Views, views), ct);
    }

    public Task RecordDownloadAsync(Guid datasetId, CancellationToken ct) =>
        db.Datasets.Where(d => d.Id == datasetId).ExecuteUpdateAsync(s => s.SetProperty(d => d.Downloads, d => d.Downloads + 1), ct);

    /// <summary>
    /// metadata_created and metadata_modified are the server's, as in CKAN: a client that sends a dict back
    /// (package_show → edit → package_update, or package_patch) would otherwise keep the old date, and the change
    /// would be missing from "recently updated", the DCAT modified_since feed and harvesters' incremental runs.
    /// Only the system actor (the operator's CLI import of a CKAN dump, the demo catalogue) carries over the dates
    /// the dataset had in the catalogue it comes from.
    /// </summary>
    private static bool KeepsSourceDates(Actor actor) => ReferenceEquals(actor, Actor.System);

    /// <summary>The view of a dataset the actor may read, with its links withheld when the actor may not read its data.</summary>
    private static DatasetView ViewFor(Actor actor, Dataset dataset, OrganizationRow organization, DatasetRow row)
    {
        var canReadData = CatalogAuthorization.CanReadData(actor, DatasetAccess.Of(dataset, row.OrganizationId));
        return new DatasetView(canReadData ? dataset : WithoutLinks(dataset), OrganizationActions.ToModel(organization),
            row.Revision, row.Views, row.Downloads, canReadData);
    }

    /// <summary>An older snapshot of the dataset as the reader of <paramref name="view"/> may see it (history diffs).</summary>
    private static Dataset ForReader(DatasetView view, Dataset snapshot) => view.CanReadData ? snapshot : WithoutLinks(snapshot);

    private static Dataset WithoutLinks(Dataset dataset) =>
        dataset with { Distributions = dataset.Distributions.Select(r => r.IsUpload ? r : r with { Url = null }).ToList() };

    internal async Task<(DatasetRow Row, Dataset Dataset)> RequireEditableAsync(Actor actor, string nameOrId, CancellationToken ct)
    {
        var row = await FindRowAsync(nameOrId, ct, tracking: true) ?? throw new NotFoundException(l["Dataset.NotFound"]);
        var dataset = DatasetDocument.Deserialize(row.Document);
        if (!CatalogAuthorization.CanRead(actor, DatasetAccess.Of(dataset, row.OrganizationId)))
        {
            throw new NotFoundException(l["Dataset.NotFound"]);
        }
        if (!CatalogAuthorization.CanEditDatasets(actor, row.OrganizationId) || dataset.State == DatasetState.Deleted)
        {
            throw new NotAuthorizedException(l["Auth.NotAllowed"]);
        }
        return (row, dataset);
    }

    private async Task<DatasetRow?> FindRowAsync(string nameOrId, CancellationToken ct, bool tracking = false)
    {
        var query = tracking ? db.Datasets.Include(d => d.Tags).Include(d => d.Themes).Include(d => d.Distributions) : db.Datasets.AsNoTracking();
        if (Guid.TryParse(nameOrId, out var id))
        {
            return await query.FirstOrDefaultAsync(d => d.Id == id, ct);
        }
        var name = nameOrId.Trim().ToLowerInvariant();
        return await query.FirstOrDefaultAsync(d => d.Name == name, ct);
    }

    /// <summary>The organization the input names; the caller decides what the actor may do with it.</summary>
    private async Task<OrganizationRow> RequireOrganizationAsync(string? organizationName, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(organizationName))
        {
            throw ValidationException.For("organization", l["Validation.Required"]);
        }
        var key = organizationName.Trim();
        var organization = Guid.TryParse(key, out var id)
            ? await db.Organizations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id && !o.IsDeleted, ct)
            : await db.Organizations.AsNoTracking().FirstOrDefaultAsync(o => o.Name == key && !o.IsDeleted, ct);
        if (organization is null)
        {
            throw ValidationException.For("organization", l["Validation.UnknownOrganization"]);
        }
        return organization;
    }

    private async Task<Dataset> ValidateAsync(DatasetInput input, OrganizationRow organization, Dataset? existing, DateTimeOffset now, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        var name = CatalogRules.Clean(input.Name)?.ToLowerInvariant();
        CatalogRules.RequireName(errors, l, "name", name);
        if (name is not null && CatalogRules.NamePattern().IsMatch(name)
            && await db.Datasets.AnyAsync(d => d.Name == name && (existing == null || d.Id != existing.Id), ct))
        {
            errors.Add("name", l["Validation.NameTaken"]);
        }
        var title = CatalogRules.Clean(input.Title);
        if (title is null)
        {
            errors.Add("title", l["Validation.Required"]);
        }
        else if (title.Length > CatalogRules.MaxTitleLength)
        {
            errors.Add("title", l["Validation.TooLong", CatalogRules.MaxTitleLength]);
        }
        var tags = input.Tags.Select(t => t.Trim()).Where(t => t.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        foreach (var tag in tags.Where(t => t.Length > CatalogRules.MaxTagLength || t.Contains(',')))
        {
            errors.Add("tags", l["Validation.Tag", tag]);
        }
        var themes = input.Themes.Select(t => t.Trim()).Where(t => t.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        if (themes.Count > 0)
        {
            var known = await db.Themes.AsNoTracking().Where(t => themes.Contains(t.Name)).Select(t => t.Name).ToListAsync(ct);
            foreach (var unknown in themes.Except(known))
            {
                errors.Add("themes", l["Validation.UnknownTheme", unknown]);
            }
        }
        var licenseId = CatalogRules.Clean(input.LicenseId);
        if (licenseId is not null && License.Find(licenseId) is null)
        {
            errors.Add("license_id", l["Validation.UnknownLicense"]);
        }
        var accessLevel = AccessLevel.Open;
        if (CatalogRules.Clean(input.AccessLevel) is { } accessCode && !AccessLevels.TryParse(accessCode, out accessLevel))
        {
            errors.Add("access_level", l["Validation.UnknownAccessLevel"]);
        }
        var frequencyCode = CatalogRules.Clean(input.Frequency);
        Frequency? frequency = null;
        if (frequencyCode is not null && (frequency = Frequency.Parse(frequencyCode)) is null)
        {
            errors.Add("frequency", l["Validation.UnknownFrequency"]);
        }
        var contactEmail = CatalogRules.Clean(input.ContactEmail);
        if (contactEmail is not null && !CatalogRules.IsValidEmail(contactEmail))
        {
            errors.Add("contact_email", l["Validation.Email"]);
        }
        var authorEmail = CatalogRules.Clean(input.AuthorEmail);
        if (authorEmail is not null && !CatalogRules.IsValidEmail(authorEmail))
        {
            errors.Add("author_email", l["Validation.Email"]);
        }
        var landingPage = CatalogRules.Clean(input.LandingPage);
        if (landingPage is not null && !CatalogRules.IsValidWebUrl(landingPage))
        {
            errors.Add("url", l["Validation.Url"]);
        }
        if (!CatalogRules.TryParseDate(input.TemporalStart, out var start))
        {
            errors.Add("temporal_start", l["Validation.Date"]);
        }
        if (!CatalogRules.TryParseDate(input.TemporalEnd, out var end))
        {
            errors.Add("temporal_end", l["Validation.Date"]);
        }
        if (start is not null && end is not null && start > end)
        {
            errors.Add("temporal_end", l["Validation.EndBeforeStart"]);
        }
        if (input.Description?.Length > 100_000)
        {
            errors.Add("notes", l["Validation.TooLong", 100_000]);
        }
        errors.ThrowIfAny();

        ContactPoint? contact = new(CatalogRules.Clean(input.ContactName), contactEmail, CatalogRules.Clean(input.ContactPhone));
        if (contact.IsEmpty)
        {
            contact = null;
        }
        PeriodOfTime? temporal = start is null && end is null ? null : new PeriodOfTime(start, end);
        return new Dataset
        {
            Id = existing?.Id ?? Guid.Empty,
            Name = name!,
            Title = title!,
            Description = input.Description?.Trim() ?? "",
            Organization = organization.Name,
            Keywords = tags,
            Themes = themes,
            LicenseId = licenseId,
            AccessLevel = accessLevel,
            FrequencyCode = frequency?.Code,
            ContactPoint = contact,
            Temporal = temporal,
            Spatial = input.Spatial.Where(s => !string.IsNullOrWhiteSpace(s.Code)).DistinctBy(s => s.Code).ToList(),
            Languages = input.Languages.Count == 0 ? ["vi"] : input.Languages,
            Version = CatalogRules.Clean(input.Version),
            Identifier = CatalogRules.Clean(input.Identifier),
            LandingPage = landingPage,
            ConformsTo = input.ConformsTo,
            Author = CatalogRules.Clean(input.Author),
            AuthorEmail = authorEmail,
            IsPrivate = input.IsPrivate,
            State = input.IsDraft ? DatasetState.Draft : DatasetState.Active,
            HarvestSource = CatalogRules.Clean(input.HarvestSource),
            Created = existing?.Created ?? now,
            Modified = now,
            Distributions = existing?.Distributions ?? [],
        };
    }
}

public sealed record RevisionSummary(int Number, string UserName, DateTimeOffset Created, string Action, string? Message);

public sealed record RevisionComparison(DatasetView Current, RevisionSummary From, RevisionSummary To, IReadOnlyList<FieldChange> Changes);
