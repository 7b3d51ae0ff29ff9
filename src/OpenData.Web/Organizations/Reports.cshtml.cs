using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using OpenData.Dcat.Model;
using OpenData.Web.Accounts;
using OpenData.Web.Catalog;
using OpenData.Web.ErrorReports;
using OpenData.Web.Shared;

namespace OpenData.Web.Organizations;

/// <summary>The organization's error reports (phản ánh), answered by its editors.</summary>
[Authorize]
public sealed class ReportsModel(CurrentActor current, OrganizationActions organizations, ErrorReportActions reports) : PortalPageModel
{
    /// <summary>The {name} route value; read from the route only, so a form field called "name" cannot stand in for it.</summary>
    public string Name => RouteData.Values["name"] as string ?? "";

    public Organization Organization { get; private set; } = null!; // set by LoadAsync before rendering

    public IReadOnlyList<ErrorReportView> Reports { get; private set; } = [];

    public Guid? FailedReport { get; private set; }

    public string? FailedAnswer { get; private set; }

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync([FromForm(Name = "report")] Guid report, [FromForm(Name = "answer")] string? answer,
        [FromForm(Name = "status")] ErrorReportStatus status, CancellationToken ct)
    {
        try
        {
            await reports.AnswerAsync(await current.GetAsync(ct), report, answer, status, ct);
        }
        catch (ValidationException e)
        {
            await LoadAsync(ct);
            FailedReport = report;
            FailedAnswer = answer;
            return Rejected(e);
        }
        return Redirect($"/organization/{Name}/reports#report-{report}");
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var actor = await current.GetAsync(ct);
        Organization = await organizations.ShowAsync(Name, ct);
        Reports = await reports.ForOrganizationAsync(actor, Organization.Id, ct);
    }
}
