using Microsoft.AspNetCore.Mvc;
using OpenData.Web.Accounts;
using OpenData.Web.Catalog;
using OpenData.Web.ErrorReports;
using OpenData.Web.Shared;

namespace OpenData.Web.Datasets;

/// <summary>The report-an-error form's fields, named as the action names them.</summary>
public sealed class ReportInput
{
    [FromForm(Name = "reporter_name")]
    public string? ReporterName { get; set; }

    [FromForm(Name = "reporter_email")]
    public string? ReporterEmail { get; set; }

    [FromForm(Name = "message")]
    public string? Message { get; set; }

    [FromForm(Name = "public")]
    public bool IsPublic { get; set; }
}

public sealed record ReportFormView(string DatasetName, ReportInput Input, PortalPageModel Page);

/// <summary>POST /dataset/{name}/report: anyone may report an error (phản ánh); a rejected form is shown here with its messages.</summary>
public sealed class ReportModel(CurrentActor current, DatasetActions datasets, ErrorReportActions reports) : PortalPageModel
{
    /// <summary>The {name} route value; read from the route only, so a form field called "name" cannot stand in for it.</summary>
    public string Name => RouteData.Values["name"] as string ?? "";

    public DatasetView View { get; private set; } = null!; // set by both handlers before rendering

    public ReportInput Input { get; private set; } = new() { IsPublic = true };

    public async Task OnGetAsync(CancellationToken ct) => View = await datasets.ShowAsync(await current.GetAsync(ct), Name, ct);

    public async Task<IActionResult> OnPostAsync(ReportInput input, CancellationToken ct)
    {
        var actor = await current.GetAsync(ct);
        View = await datasets.ShowAsync(actor, Name, ct);
        Input = input;
        try
        {
            await reports.SubmitAsync(actor, Name, new ErrorReportInput(input.ReporterName, input.ReporterEmail, input.Message, input.IsPublic, null), ct);
        }
        catch (ValidationException e)
        {
            return Rejected(e);
        }
        return Redirect($"/dataset/{View.Dataset.Name}?reported=true#report");
    }
}
