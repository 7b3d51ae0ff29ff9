using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenData.Web.Catalog;
using OpenData.Web.Storage;

namespace OpenData.Web.ErrorReports;

public enum ErrorReportStatus
{
    Open,
    Answered,
    Closed,
}

public sealed record ErrorReportInput(string? ReporterName, string? ReporterEmail, string? Message, bool IsPublic, Guid? ResourceId);

public sealed record ErrorReportView(Guid Id, Guid DatasetId, string DatasetName, string DatasetTitle, string ReporterName, string? ReporterEmail,
    string Message, bool IsPublic, ErrorReportStatus Status, string? Answer, DateTimeOffset Created, DateTimeOffset? Answered);

/// <summary>
/// Phản ánh: anyone may report an error in a dataset (Kon Tum Art. 7.2.đ); the report goes to the
/// publishing organization, whose editors answer it (Kon Tum Art. 5.6). Public only where the reporter allows.
/// </summary>
public sealed class ErrorReportActions(CatalogDbContext db, DatasetActions datasets, IStringLocalizer<SharedResource> l, TimeProvider clock)
{
    public async Task<Guid> SubmitAsync(Actor actor, string datasetNameOrId, ErrorReportInput input, CancellationToken ct)
    {
        var view = await datasets.ShowAsync(actor, datasetNameOrId, ct);
        var errors = new ValidationErrors();
        var name = CatalogRules.Clean(input.ReporterName);
        if (name is null)
        {
            errors.Add("reporter_name", l["Validation.Required"]);
        }
        else if (name.Length > 200)
        {
            errors.Add("reporter_name", l["Validation.TooLong", 200]);
        }
        var email = CatalogRules.Clean(input.ReporterEmail);
        if (email is not null && !CatalogRules.IsValidEmail(email))
        {
            errors.Add("reporter_email", l["Validation.Email"]);
        }
        var message = CatalogRules.Clean(input.Message);
        if (message is null)
        {
            errors.Add("message", l["Validation.Required"]);
        }
        else if (message.Length > 5000)
        {
            errors.Add("message", l["Validation.TooLong", 5000]);
        }
        if (input.ResourceId is { } resourceId && view.Dataset.Distributions.All(d => d.Id != resourceId))
        {
            errors.Add("resource", l["Resource.NotFound"]);
        }
        errors.ThrowIfAny();
        var row = new ErrorReportRow
        {
            Id = Guid.NewGuid(),
            DatasetId = view.Dataset.Id,
            OrganizationId = view.Organization.Id,
            DistributionId = input.ResourceId,
            ReporterName = name!,
            ReporterEmail = email,
            Message = message!,
            IsPublic = input.IsPublic,
            Status = nameof(ErrorReportStatus.Open),
            Created = clock.GetUtcNow(),
        };
        db.ErrorReports.Add(row);
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        return row.Id;
    }

    /// <summary>Reports on one dataset: all of them for its organization's editors, public ones for everyone else.</summary>
    public async Task<IReadOnlyList<ErrorReportView>> ForDatasetAsync(Actor actor, string datasetNameOrId, CancellationToken ct)
    {
        var view = await datasets.ShowAsync(actor, datasetNameOrId, ct);
        var all = CatalogAuthorization.CanHandleErrorReports(actor, view.Organization.Id);
        var rows = await db.ErrorReports.AsNoTracking().Where(r => r.DatasetId == view.Dataset.Id && (all || r.IsPublic))
            .OrderByDescending(r => r.Created).ToListAsync(ct);
        return rows.Select(r => ToView(r, view.Dataset.Name, view.Dataset.Title, all)).ToList();
    }

    /// <summary>The organization's inbox, for its editors.</summary>
    public async Task<IReadOnlyList<ErrorReportView>> ForOrganizationAsync(Actor actor, Guid organizationId, CancellationToken ct)
    {
        if (!CatalogAuthorization.CanHandleErrorReports(actor, organizationId))
        {
            throw new NotAuthorizedException(l["Auth.NotAllowed"]);
        }
        var rows = await (from r in db.ErrorReports
                          join d in db.Datasets on r.DatasetId equals d.Id
                          where r.OrganizationId == organizationId
                          orderby r.Created descending
                          select new { Report = r, d.Name, d.Title }).AsNoTracking().ToListAsync(ct);
        return rows.Select(r => ToView(r.Report, r.Name, r.Title, includeEmail: true)).ToList();
    }

    public async Task AnswerAsync(Actor actor, Guid reportId, string? answer, ErrorReportStatus status, CancellationToken ct)
    {
        var row = await db.ErrorReports.FirstOrDefaultAsync(r => r.Id == reportId, ct) ?? throw new NotFoundException(l["ErrorReport.NotFound"]);
        if (!CatalogAuthorization.CanHandleErrorReports(actor, row.OrganizationId))
        {
            throw new NotAuthorizedException(l["Auth.NotAllowed"]);
        }
        var text = CatalogRules.Clean(answer);
        if (text is null && status == ErrorReportStatus.Answered)
        {
            throw ValidationException.For("answer", l["Validation.Required"]);
        }
        row.Answer = text;
        row.Status = status.ToString();
        row.AnsweredBy = actor.UserId;
        row.Answered = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }

    public Task<int> OpenCountAsync(Guid organizationId, CancellationToken ct)
    {
        var open = nameof(ErrorReportStatus.Open);
        return db.ErrorReports.CountAsync(r => r.OrganizationId == organizationId && r.Status == open, ct);
    }

    private static ErrorReportView ToView(ErrorReportRow r, string datasetName, string datasetTitle, bool includeEmail) =>
        new(r.Id, r.DatasetId, datasetName, datasetTitle, r.ReporterName, includeEmail ? r.ReporterEmail : null, r.Message, r.IsPublic,
            Enum.Parse<ErrorReportStatus>(r.Status), r.Answer, r.Created, r.Answered);
}
