using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using OpenData.Dcat.Model;
using OpenData.Web.Accounts;
using OpenData.Web.Api.Ckan;
using OpenData.Web.Api.Examples;
using OpenData.Web.Catalog;
using OpenData.Web.ErrorReports;
using OpenData.Web.Hosting;
using OpenData.Web.Shared;

namespace OpenData.Web.Datasets;

public sealed class ShowModel(
    CurrentActor current,
    DatasetActions datasets,
    ThemeActions themes,
    ErrorReportActions reports,
    MarkdownRenderer markdown,
    DcatValidationActions dcatValidation,
    ApiExamples apiExamples,
    IOptions<PortalOptions> portal,
    PortalName portalName,
    TimeProvider clock) : PortalPageModel
{
    /// <summary>The {name} route value; read from the route only, so a form field called "name" cannot stand in for it.</summary>
    public string Name => RouteData.Values["name"] as string ?? "";

    [BindProperty(SupportsGet = true, Name = "reported")]
    public bool Reported { get; set; }

    public DatasetView View { get; private set; } = null!; // set by OnGetAsync before the page renders

    public Dataset Dataset => View.Dataset;

    public string DescriptionHtml { get; private set; } = "";

    public IReadOnlyList<Theme> Themes { get; private set; } = [];

    public IReadOnlyList<ErrorReportView> Reports { get; private set; } = [];

    public bool CanEdit { get; private set; }

    public bool CanHandleReports { get; private set; }

    /// <summary>DCAT-AP problems of this dataset, for its editors only.</summary>
    public DcatValidation? DcatProblems { get; private set; }

    public string PermanentUrl { get; private set; } = "";

    /// <summary>Whom to ask for shared data: the dataset's contact point, else the organization's e-mail and phone (label, link).</summary>
    public IReadOnlyList<(string Label, string? Href)> RequestContacts
    {
        get
        {
            var contact = Dataset.ContactPoint;
            var organization = View.Organization;
            var list = new List<(string, string?)>();
            if (contact?.Name is { } name)
            {
                list.Add((name, null));
            }
            if ((contact?.Email ?? organization.Email) is { } email)
            {
                list.Add((email, "mailto:" + email));
            }
            if ((contact?.Phone ?? organization.Phone) is { } phone)
            {
                list.Add((phone, "tel:" + new string(phone.Where(c => char.IsDigit(c) || c == '+').ToArray())));
            }
            return list;
        }
    }

    public string Today { get; private set; } = "";

    /// <summary>The portal's name in the page's language, for the citation.</summary>
    public string SiteTitle => portalName.Current;

    /// <summary>Copy-paste calls for this dataset: package_show, its Turtle, and each DataStore table.</summary>
    public ApiExampleSet ApiExamples { get; private set; } = null!; // set by OnGetAsync before the page renders

    public async Task OnGetAsync(CancellationToken ct)
    {
        var actor = await current.GetAsync(ct);
        View = await datasets.ShowAsync(actor, Name, ct);
        await datasets.RecordViewAsync(View.Dataset.Id, ct);
        DescriptionHtml = markdown.ToHtml(View.Dataset.Description);
        Themes = (await themes.AllAsync(ct)).Where(t => View.Dataset.Themes.Contains(t.Name)).ToList();
        Reports = await reports.ForDatasetAsync(actor, View.Dataset.Name, ct);
        CanEdit = CatalogAuthorization.CanEditDatasets(actor, View.Organization.Id) && View.Dataset.State != DatasetState.Deleted;
        CanHandleReports = CatalogAuthorization.CanHandleErrorReports(actor, View.Organization.Id);
        var baseUrl = portal.Value.PublicBaseUrl?.TrimEnd('/') ?? $"{Request.Scheme}://{Request.Host}";
        PermanentUrl = $"{baseUrl}/dataset/{View.Dataset.Name}";
        if (CanEdit)
        {
            DcatProblems = await dcatValidation.ValidateAsync(actor, Name, Api.Dcat.DcatEndpoints.BaseUrl(HttpContext, portal.Value), ct);
        }
        Today = Display.Date(clock.GetUtcNow());
        ApiExamples = await apiExamples.ForDatasetAsync(actor, View, CkanApi.BaseUrl(HttpContext), ct);
    }
}
