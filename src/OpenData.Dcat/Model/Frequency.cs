using System.Text.Json.Serialization;

namespace OpenData.Dcat.Model;

/// <summary>An update frequency from the EU frequency vocabulary (DCAT-AP dct:accrualPeriodicity).</summary>
public sealed record Frequency(string Code, TimeSpan? ExpectedInterval)
{
    public const string VocabularyBase = "http://publications.europa.eu/resource/authority/frequency/";

    [JsonIgnore]
    public string Iri => VocabularyBase + Code;

    public static Frequency Daily { get; } = new("DAILY", TimeSpan.FromDays(1));
    public static Frequency Weekly { get; } = new("WEEKLY", TimeSpan.FromDays(7));
    public static Frequency Monthly { get; } = new("MONTHLY", TimeSpan.FromDays(31));
    public static Frequency Quarterly { get; } = new("QUARTERLY", TimeSpan.FromDays(92));
    public static Frequency Semiannual { get; } = new("SEMIANNUAL", TimeSpan.FromDays(183));
    public static Frequency Annual { get; } = new("ANNUAL", TimeSpan.FromDays(366));
    public static Frequency Continuous { get; } = new("CONT", null);
    public static Frequency Irregular { get; } = new("IRREG", null);
    public static Frequency Unknown { get; } = new("UNKNOWN", null);

    public static IReadOnlyList<Frequency> All { get; } =
        [Daily, Weekly, Monthly, Quarterly, Semiannual, Annual, Continuous, Irregular, Unknown];

    /// <summary>Accepts a code (ANNUAL), an EU vocabulary IRI, or a CKAN-style free text in English.</summary>
    public static Frequency? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        var code = value.Trim();
        if (code.StartsWith(VocabularyBase, StringComparison.OrdinalIgnoreCase))
        {
            code = code[VocabularyBase.Length..];
        }
        code = code.ToUpperInvariant() switch
        {
            "YEARLY" or "ANNUALLY" => "ANNUAL",
            "BIANNUAL" or "SEMI-ANNUAL" => "SEMIANNUAL",
            "CONTINUOUS" => "CONT",
            "IRREGULAR" => "IRREG",
            var other => other,
        };
        return All.FirstOrDefault(f => f.Code == code);
    }
}
