using System.Globalization;
using System.Net.Mail;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Localization;
using OpenData.Dcat.Model;

namespace OpenData.Web.Catalog;

/// <summary>What an editor (form, CKAN package dict, import line) supplies for a dataset, before validation.</summary>
public sealed record DatasetInput
{
    /// <summary>Kept on create when an import brings its own id (CKAN dumps) and it is free.</summary>
    public Guid? Id { get; init; }

    public string? Name { get; init; }
    public string? Title { get; init; }
    public string? Description { get; init; }
    public string? Organization { get; init; }
    public IReadOnlyList<string> Tags { get; init; } = [];
    public IReadOnlyList<string> Themes { get; init; } = [];
    public string? LicenseId { get; init; }
    public string? AccessLevel { get; init; }
    public string? Frequency { get; init; }
    public string? ContactName { get; init; }
    public string? ContactEmail { get; init; }
    public string? ContactPhone { get; init; }
    public string? TemporalStart { get; init; }
    public string? TemporalEnd { get; init; }
    public IReadOnlyList<Location> Spatial { get; init; } = [];
    public IReadOnlyList<string> Languages { get; init; } = ["vi"];
    public string? Version { get; init; }
    public string? Identifier { get; init; }
    public string? LandingPage { get; init; }
    public IReadOnlyList<string> ConformsTo { get; init; } = [];
    public string? Author { get; init; }
    public string? AuthorEmail { get; init; }
    public bool IsPrivate { get; init; }
    public bool IsDraft { get; init; }
    public string? HarvestSource { get; init; }

    /// <summary>
    /// The dates the dataset had in the catalogue it was imported from (a CKAN dump's metadata_created and
    /// metadata_modified). Kept only for <see cref="Actor.System"/>; for everyone else the server sets the dates,
    /// see <see cref="DatasetActions"/>.
    /// </summary>
    public DateTimeOffset? SourceCreated { get; init; }

    /// <inheritdoc cref="SourceCreated"/>
    public DateTimeOffset? SourceModified { get; init; }

    public static DatasetInput From(Dataset d) => new()
    {
        Name = d.Name,
        Title = d.Title,
        Description = d.Description,
        Organization = d.Organization,
        Tags = d.Keywords,
        Themes = d.Themes,
        LicenseId = d.LicenseId,
        AccessLevel = d.AccessLevel.ToCode(),
        Frequency = d.FrequencyCode,
        ContactName = d.ContactPoint?.Name,
        ContactEmail = d.ContactPoint?.Email,
        ContactPhone = d.ContactPoint?.Phone,
        TemporalStart = d.Temporal?.Start?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        TemporalEnd = d.Temporal?.End?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Spatial = d.Spatial,
        Languages = d.Languages,
        Version = d.Version,
        Identifier = d.Identifier,
        LandingPage = d.LandingPage,
        ConformsTo = d.ConformsTo,
        Author = d.Author,
        AuthorEmail = d.AuthorEmail,
        IsPrivate = d.IsPrivate,
        IsDraft = d.State == DatasetState.Draft,
        HarvestSource = d.HarvestSource,
    };
}

/// <summary>Field rules shared by datasets, organizations and resources; messages come from the resource files.</summary>
public static partial class CatalogRules
{
    public const int MaxNameLength = 100;
    public const int MaxTitleLength = 500;
    public const int MaxTagLength = 100;

    /// <summary>CKAN's rule for names (URL slugs): 2-100 lowercase ASCII letters, digits, '-' and '_'.</summary>
    [GeneratedRegex("^[a-z0-9_-]{2,100}$")]
    public static partial Regex NamePattern();

    public static bool IsValidEmail(string value) =>
        MailAddress.TryCreate(value, out var address) && address.Address == value && value.Contains('.', StringComparison.Ordinal);

    /// <summary>Only absolute http(s) links: anything else (javascript:, data:, file:) could harm a reader.</summary>
    public static bool IsValidWebUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    public static bool TryParseDate(string? value, out DateOnly? date)
    {
        date = null;
        if (string.IsNullOrWhiteSpace(value))
        {
            return true;
        }
        var text = value.Trim();
        if (DateOnly.TryParseExact(text, ["yyyy-MM-dd", "dd/MM/yyyy", "yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            date = parsed;
            return true;
        }
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var dateTime))
        {
            date = DateOnly.FromDateTime(dateTime.UtcDateTime);
            return true;
        }
        return false;
    }

    /// <summary>Turns a Vietnamese title into a URL slug: "Dân số theo xã" → "dan-so-theo-xa".</summary>
    public static string Slugify(string text)
    {
        var folded = text.Replace('đ', 'd').Replace('Đ', 'D').Normalize(System.Text.NormalizationForm.FormD);
        var builder = new System.Text.StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            var lower = char.ToLowerInvariant(c);
            builder.Append(char.IsAsciiLetterOrDigit(lower) ? lower : '-');
        }
        var slug = DashRuns().Replace(builder.ToString(), "-").Trim('-');
        return slug.Length > MaxNameLength ? slug[..MaxNameLength].TrimEnd('-') : slug;
    }

    [GeneratedRegex("-{2,}")]
    private static partial Regex DashRuns();

    public static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    public static void RequireName(ValidationErrors errors, IStringLocalizer l, string field, string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            errors.Add(field, l["Validation.Required"]);
        }
        else if (!NamePattern().IsMatch(name))
        {
            errors.Add(field, l["Validation.Name"]);
        }
    }
}
