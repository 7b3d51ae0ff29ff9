using System.Text.Json.Serialization;

namespace OpenData.Dcat.Model;

/// <summary>Lifecycle of a dataset, as CKAN's state: draft datasets are visible to their organization only.</summary>
public enum DatasetState
{
    Draft,
    Active,
    Deleted,
}

/// <summary>
/// dcat:Dataset. Identity is <see cref="Id"/>; <see cref="Name"/> is the URL slug (CKAN's name).
/// Organization and themes are referenced by their names so that a dataset is a self-contained document
/// (stored as one revision snapshot, exported as a CKAN package dict, mapped to DCAT-AP).
/// </summary>
public sealed record Dataset
{
    public required Guid Id { get; init; }
    public required string Name { get; init; }
    public required string Title { get; init; }

    /// <summary>Markdown (dct:description).</summary>
    public string Description { get; init; } = "";

    /// <summary>Name of the publishing organization (dct:publisher).</summary>
    public required string Organization { get; init; }

    public IReadOnlyList<string> Keywords { get; init; } = [];

    /// <summary>Theme names (dcat:theme).</summary>
    public IReadOnlyList<string> Themes { get; init; } = [];

    public string? LicenseId { get; init; }
    public AccessLevel AccessLevel { get; init; } = AccessLevel.Open;
    public string? FrequencyCode { get; init; }
    public ContactPoint? ContactPoint { get; init; }
    public PeriodOfTime? Temporal { get; init; }
    public IReadOnlyList<Location> Spatial { get; init; } = [];

    /// <summary>ISO 639-1 codes (dct:language).</summary>
    public IReadOnlyList<string> Languages { get; init; } = ["vi"];

    public string? Version { get; init; }

    /// <summary>The publisher's own identifier for the dataset (adms:identifier / dct:identifier).</summary>
    public string? Identifier { get; init; }

    public string? LandingPage { get; init; }
    public IReadOnlyList<string> ConformsTo { get; init; } = [];

    /// <summary>Free-form author field as CKAN has it (dct:creator).</summary>
    public string? Author { get; init; }

    public string? AuthorEmail { get; init; }
    public bool IsPrivate { get; init; }
    public DatasetState State { get; init; } = DatasetState.Active;
    public DateTimeOffset Created { get; init; }
    public DateTimeOffset Modified { get; init; }

    /// <summary>Provenance of a harvested dataset: where it came from (null for local datasets).</summary>
    public string? HarvestSource { get; init; }

    public IReadOnlyList<Distribution> Distributions { get; init; } = [];

    [JsonIgnore]
    public Frequency? Frequency => Frequency.Parse(FrequencyCode);

    [JsonIgnore]
    public License? License => License.Find(LicenseId);

    /// <summary>Open data: public, active and declared open (Decree 47: open data needs no identification).</summary>
    [JsonIgnore]
    public bool IsOpenData => !IsPrivate && State == DatasetState.Active && AccessLevel == AccessLevel.Open;
}

/// <summary>dcat:Distribution, a "resource" in CKAN's words: an uploaded file or a link.</summary>
public sealed record Distribution
{
    public required Guid Id { get; init; }
    public required string Title { get; init; }
    public string Description { get; init; } = "";

    /// <summary>Format label as CKAN shows it (CSV, XLSX, GeoJSON, PDF...).</summary>
    public string? Format { get; init; }

    /// <summary>IANA media type (dcat:mediaType).</summary>
    public string? MediaType { get; init; }

    /// <summary>For links: the URL given by the publisher. For uploads: null (the portal serves the file).</summary>
    public string? Url { get; init; }

    /// <summary>For uploads: the SHA-256 of the stored file (content address).</summary>
    public string? FileSha256 { get; init; }

    public string? FileName { get; init; }
    public long? ByteSize { get; init; }
    public Checksum? Checksum { get; init; }
    public string? LicenseId { get; init; }
    public DateTimeOffset Created { get; init; }
    public DateTimeOffset Modified { get; init; }

    [JsonIgnore]
    public bool IsUpload => FileSha256 is not null;
}

/// <summary>foaf:Agent publishing datasets: an agency (sở, ban, ngành, UBND cấp xã).</summary>
public sealed record Organization
{
    public required Guid Id { get; init; }
    public required string Name { get; init; }
    public required string Title { get; init; }
    public string Description { get; init; } = "";
    public Guid? ParentId { get; init; }
    public string? Email { get; init; }
    public string? Phone { get; init; }
    public string? Address { get; init; }
    public string? Website { get; init; }
    public string? ImageUrl { get; init; }
    public bool IsDeleted { get; init; }
    public DateTimeOffset Created { get; init; }
    public DateTimeOffset Modified { get; init; }
}
