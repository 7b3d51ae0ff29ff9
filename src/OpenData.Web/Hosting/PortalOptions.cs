using System.ComponentModel.DataAnnotations;

namespace OpenData.Web.Hosting;

/// <summary>Settings under <c>OpenData:</c> (environment: <c>OpenData__Key</c>).</summary>
public sealed class PortalOptions
{
    public const string Section = "OpenData";

    /// <summary>Where the SQLite file, uploads and the search index live.</summary>
    [Required]
    public string DataDirectory { get; set; } = "data";

    /// <summary>Load the Vietnamese demo catalogue when the store is empty.</summary>
    public bool LoadDemoCatalog { get; set; } = true;

    /// <summary>Largest accepted upload, in bytes.</summary>
    [Range(1, long.MaxValue)]
    public long MaxUploadBytes { get; set; } = 100L * 1024 * 1024;

    /// <summary>The portal's public address, used in citations, DCAT IRIs and links in e-mails.</summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>
    /// The DCAT-AP 3 SHACL shapes file (SEMIC's dcat-ap-SHACL.ttl) used to show editors the DCAT-AP problems of their
    /// datasets; unset: the check is skipped (the file is not shipped with the portal).
    /// </summary>
    public string? DcatApShapesFile { get; set; }

    /// <summary>Datasets per page of the DCAT catalogue (/catalog.ttl?page=n); ckanext-dcat uses 100.</summary>
    [Range(1, 1000)]
    public int DcatPageSize { get; set; } = 100;

    /// <summary>
    /// Download linked (http/https) CSV and XLSX resources into the data store, as CKAN's XLoader does. Off by
    /// default, so a portal makes no outbound requests unless its operator wants it (the demo's links are invented).
    /// </summary>
    public bool DatastoreLoadsLinks { get; set; }

    /// <summary>The folder under themes/ with the provincial branding.</summary>
    public string Theme { get; set; } = "quang-ngai";

    /// <summary>The name of the portal shipped by default; its English name is in the resource files (Site.Title).</summary>
    public const string DefaultSiteTitle = "Cổng dữ liệu mở tỉnh Quảng Ngãi";

    /// <summary>The portal's name in Vietnamese, as shown in the header and citations (and in the API and DCAT).</summary>
    [Required]
    public string SiteTitle { get; set; } = DefaultSiteTitle;

    /// <summary>
    /// The portal's name on English pages. Unset: the resource files' English name when <see cref="SiteTitle"/> is
    /// the default, otherwise <see cref="SiteTitle"/> (see Shared/PortalName).
    /// </summary>
    public string? SiteTitleEnglish { get; set; }

    /// <summary>
    /// Addresses or CIDR ranges of the reverse proxies in front of the portal (e.g. "127.0.0.1", "10.0.0.0/24"):
    /// their X-Forwarded-For and X-Forwarded-Proto are believed. Unset: no forwarded header is read.
    /// </summary>
    public string[]? TrustedProxies { get; set; }

    public const string DefaultTimeZone = "Asia/Ho_Chi_Minh";

    /// <summary>The time zone of every date and time shown on the pages (IANA id).</summary>
    [Required]
    public string TimeZone { get; set; } = DefaultTimeZone;

    /// <summary>Who runs the portal, shown on the About page (<c>OpenData:Contact:Organization</c>, <c>:Email</c>, ...).</summary>
    public PortalContact Contact { get; set; } = new();
}

/// <summary>The operator's contact details; each line of the About page's contact section is shown when set.</summary>
public sealed class PortalContact
{
    /// <summary>The agency that runs the portal (usually the province's Department of Science and Technology).</summary>
    public string? Organization { get; set; }

    public string? Email { get; set; }

    public string? Phone { get; set; }

    public string? Address { get; set; }
}

/// <summary>The resolved folders under the data directory.</summary>
public sealed class PortalPaths(string dataDirectory)
{
    public string Root { get; } = Path.GetFullPath(dataDirectory);
    public string Database => Path.Combine(Root, "opendata.db");
    public string Files => Path.Combine(Root, "files");
    public string UploadTemp => Path.Combine(Root, "files", "tmp");
    public string SearchIndex => Path.Combine(Root, "index");
    public string Keys => Path.Combine(Root, "keys");
}

/// <summary>
/// Bounds on the files the portal reads for others (<c>OpenData:InputLimits:</c>): a data-store load past one
/// fails with a message saying which, instead of growing the process until it dies. The defaults are far above
/// any real open-data file (Excel itself stops a cell at 32 767 characters) and far below what hurts a server.
/// </summary>
public sealed class InputLimits : IValidatableObject
{
    public const string Section = "OpenData:InputLimits";

    /// <summary>The defaults, for readers used outside the host (tests, tools).</summary>
    public static InputLimits Default { get; } = new();

    /// <summary>
    /// An XLSX part under this many inflated bytes is never held to <see cref="MaxInflateRatio"/>: small parts
    /// (styles, a sheet of a few rows) compress unevenly and are harmless.
    /// </summary>
    public const long InflateRatioGraceBytes = 1024 * 1024;

    /// <summary>The largest size one part of an XLSX file (a sheet, the shared strings) may inflate to.</summary>
    [Range(1, long.MaxValue)]
    public long MaxInflatedPartBytes { get; set; } = 1024L * 1024 * 1024;

    /// <summary>
    /// How many times its compressed size an XLSX part may inflate to. Sheets compress 5–30 times; a zip bomb
    /// about 1 000 times. Apache POI's ZipSecureFile refuses past the same 1:100.
    /// </summary>
    [Range(1, int.MaxValue)]
    public int MaxInflateRatio { get; set; } = 100;

    /// <summary>The shared strings of an XLSX file are held in memory while its sheet is read: at most this many characters in all.</summary>
    [Range(1, long.MaxValue)]
    public long MaxSharedStringChars { get; set; } = 100_000_000;

    /// <summary>The longest CSV field or XLSX cell, in characters.</summary>
    [Range(1, int.MaxValue)]
    public int MaxCellChars { get; set; } = 1_000_000;

    /// <summary>The longest CSV record or XLSX row, in characters (delimiters and empty cells count one each).</summary>
    [Range(1, int.MaxValue)]
    public int MaxRowChars { get; set; } = 4_000_000;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (MaxRowChars < MaxCellChars)
        {
            yield return new ValidationResult($"{Section}:MaxRowChars ({MaxRowChars}) must be at least MaxCellChars ({MaxCellChars})", [nameof(MaxRowChars)]);
        }
    }
}
