using System.Text.Json.Serialization;

namespace OpenData.Dcat.Model;

/// <summary>vcard:Kind: who to contact about a dataset (DCAT-AP dcat:contactPoint).</summary>
public sealed record ContactPoint(string? Name, string? Email, string? Phone = null, string? Url = null)
{
    [JsonIgnore]
    public bool IsEmpty => string.IsNullOrWhiteSpace(Name) && string.IsNullOrWhiteSpace(Email)
        && string.IsNullOrWhiteSpace(Phone) && string.IsNullOrWhiteSpace(Url);
}

/// <summary>dct:PeriodOfTime with dcat:startDate / dcat:endDate.</summary>
public sealed record PeriodOfTime(DateOnly? Start, DateOnly? End)
{
    [JsonIgnore]
    public bool IsEmpty => Start is null && End is null;
}

/// <summary>
/// A Vietnamese administrative unit used as dct:Location: the province (2-digit code) or a commune
/// (5-digit code) under the 2025 codes (QĐ 19/2025/QĐ-TTg).
/// </summary>
public sealed record Location(string Code, string Name);

/// <summary>spdx:Checksum of a distribution's file.</summary>
public sealed record Checksum(string Algorithm, string Value)
{
    public const string Sha256 = "sha256";
}

/// <summary>A theme as a SKOS concept (the national portal's 12 groups by default).</summary>
public sealed record Theme(string Name, string Title, string? TitleEnglish = null, string? Description = null, string? Iri = null);
