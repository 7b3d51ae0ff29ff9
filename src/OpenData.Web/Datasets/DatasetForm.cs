using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc;
using OpenData.Dcat.Model;
using OpenData.Web.Accounts;
using OpenData.Web.Catalog;
using OpenData.Web.Shared;

namespace OpenData.Web.Datasets;

/// <summary>The dataset form's fields as the browser sends them; input names are the action's field names.</summary>
public sealed partial class DatasetForm
{
    [FromForm(Name = "name")] public string? Name { get; set; }
    [FromForm(Name = "title")] public string? Title { get; set; }
    [FromForm(Name = "notes")] public string? Notes { get; set; }
    [FromForm(Name = "organization")] public string? Organization { get; set; }
    [FromForm(Name = "tags")] public string? Tags { get; set; }
    [FromForm(Name = "themes")] public List<string> Themes { get; set; } = [];
    [FromForm(Name = "license_id")] public string? LicenseId { get; set; }
    [FromForm(Name = "access_level")] public string? AccessLevel { get; set; }
    [FromForm(Name = "frequency")] public string? Frequency { get; set; }
    [FromForm(Name = "contact_name")] public string? ContactName { get; set; }
    [FromForm(Name = "contact_email")] public string? ContactEmail { get; set; }
    [FromForm(Name = "contact_phone")] public string? ContactPhone { get; set; }
    [FromForm(Name = "author")] public string? Author { get; set; }
    [FromForm(Name = "author_email")] public string? AuthorEmail { get; set; }
    [FromForm(Name = "url")] public string? Url { get; set; }
    [FromForm(Name = "version")] public string? Version { get; set; }
    [FromForm(Name = "identifier")] public string? Identifier { get; set; }
    [FromForm(Name = "temporal_start")] public string? TemporalStart { get; set; }
    [FromForm(Name = "temporal_end")] public string? TemporalEnd { get; set; }
    [FromForm(Name = "spatial")] public string? Spatial { get; set; }
    [FromForm(Name = "private")] public bool IsPrivate { get; set; }
    [FromForm(Name = "revision")] public int? Revision { get; set; }
    [FromForm(Name = "message")] public string? Message { get; set; }

    /// <summary>"draft" when the user pressed "save as draft"; anything else publishes.</summary>
    [FromForm(Name = "save")] public string? Save { get; set; }

    public bool IsDraft => Save == "draft";

    public static DatasetForm From(Dataset d, int revision) => new()
    {
        Name = d.Name,
        Title = d.Title,
        Notes = d.Description,
        Organization = d.Organization,
        Tags = string.Join(", ", d.Keywords),
        Themes = [.. d.Themes],
        LicenseId = d.LicenseId,
        AccessLevel = d.AccessLevel.ToCode(),
        Frequency = d.FrequencyCode,
        ContactName = d.ContactPoint?.Name,
        ContactEmail = d.ContactPoint?.Email,
        ContactPhone = d.ContactPoint?.Phone,
        Author = d.Author,
        AuthorEmail = d.AuthorEmail,
        Url = d.LandingPage,
        Version = d.Version,
        Identifier = d.Identifier,
        TemporalStart = d.Temporal?.Start?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        TemporalEnd = d.Temporal?.End?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        Spatial = string.Join("\n", d.Spatial.Select(s => $"{s.Code} {s.Name}")),
        IsPrivate = d.IsPrivate,
        Revision = revision,
        Save = d.State == DatasetState.Draft ? "draft" : null,
    };

    /// <summary>The action's input; an empty name is suggested from the title ("Dân số theo xã" → dan-so-theo-xa).</summary>
    public DatasetInput ToInput(IReadOnlyList<Location> knownLocations, IReadOnlyList<string> languages) => new()
    {
        Name = string.IsNullOrWhiteSpace(Name) && !string.IsNullOrWhiteSpace(Title) ? CatalogRules.Slugify(Title) : Name,
        Title = Title,
        Description = Notes,
        Organization = Organization,
        Tags = (Tags ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries),
        Themes = Themes,
        LicenseId = LicenseId,
        AccessLevel = AccessLevel,
        Frequency = Frequency,
        ContactName = ContactName,
        ContactEmail = ContactEmail,
        ContactPhone = ContactPhone,
        Author = Author,
        AuthorEmail = AuthorEmail,
        LandingPage = Url,
        Version = Version,
        Identifier = Identifier,
        TemporalStart = TemporalStart,
        TemporalEnd = TemporalEnd,
        Spatial = ParseSpatial(Spatial, knownLocations),
        Languages = languages,
        IsPrivate = IsPrivate,
        IsDraft = IsDraft,
    };

    /// <summary>One unit per line or ';': its code (mã đơn vị hành chính) then optionally its name; a known code gets its known name.</summary>
    public static IReadOnlyList<Location> ParseSpatial(string? text, IReadOnlyList<Location> known) =>
        (text ?? "").Split(['\n', ';'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(line => SpatialLine().Match(line))
            .Where(m => m.Success)
            .Select(m =>
            {
                var code = m.Groups["code"].Value;
                var name = m.Groups["name"].Value.Trim();
                return new Location(code, name.Length > 0 ? name : known.FirstOrDefault(k => k.Code == code)?.Name ?? code);
            })
            .ToList();

    [GeneratedRegex(@"^(?<code>\d{2,5})\s*[-–:]?\s*(?<name>.*)$")]
    private static partial Regex SpatialLine();
}

/// <summary>What the new and edit pages share: choices for the form's selects and checkboxes.</summary>
public abstract class DatasetFormPage(CurrentActor current, OrganizationActions organizations, ThemeActions themes, CatalogStatistics statistics) : PortalPageModel
{
    public DatasetForm Form { get; protected set; } = new() { LicenseId = "cc-by", AccessLevel = "open" };

    public IReadOnlyList<Organization> Organizations { get; private set; } = [];

    public IReadOnlyList<Theme> Themes { get; private set; } = [];

    public IReadOnlyList<Location> Locations { get; private set; } = [];

    public abstract bool IsNew { get; }

    protected Actor Actor { get; private set; } = Actor.Anonymous;

    protected async Task LoadChoicesAsync(CancellationToken ct)
    {
        Actor = await current.GetAsync(ct);
        var all = await organizations.ListAsync(Actor, ct);
        Organizations = all.Select(o => o.Organization).Where(o => CatalogAuthorization.CanEditDatasets(Actor, o.Id)).ToList();
        Themes = (await themes.AllAsync(ct)).ToList();
        Locations = await statistics.LocationsInUseAsync(Actor, ct);
    }
}
