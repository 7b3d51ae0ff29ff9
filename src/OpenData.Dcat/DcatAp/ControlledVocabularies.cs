namespace OpenData.Dcat.DcatAp;

/// <summary>
/// Our values mapped to the EU controlled vocabularies DCAT-AP 3 asks for. See docs/decisions/0003-dcat-ap-mapping.md.
/// </summary>
public static class ControlledVocabularies
{
    /// <summary>
    /// The national portal's 12 groups (data.gov.vn) → EU data themes (DCAT-AP 3: dcat:theme should use the
    /// EU Data Theme vocabulary). Several groups share an EU theme; the reverse direction takes the first.
    /// </summary>
    public static IReadOnlyList<(string Theme, string EuCode, string EuLabel)> ThemeMapping { get; } =
    [
        ("nong-nghiep", "AGRI", "Agriculture, fisheries, forestry and food"),
        ("kinh-te-thuong-mai", "ECON", "Economy and finance"),
        ("giao-duc", "EDUC", "Education, culture and sport"),
        ("y-te", "HEAL", "Health"),
        // Labour statistics sit with population and social conditions at Eurostat.
        ("lao-dong", "SOCI", "Population and society"),
        ("moi-truong", "ENVI", "Environment"),
        ("tai-chinh", "ECON", "Economy and finance"),
        ("nang-luong", "ENER", "Energy"),
        // Provincial infrastructure data is mostly roads, ports and bridges.
        ("co-so-ha-tang", "TRAN", "Transport"),
        ("xa-hoi", "SOCI", "Population and society"),
        ("cong-nghe", "TECH", "Science and technology"),
        ("dia-phuong", "REGI", "Regions and cities"),
    ];

    public static IReadOnlyDictionary<string, string> EuThemeLabels { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["AGRI"] = "Agriculture, fisheries, forestry and food",
        ["ECON"] = "Economy and finance",
        ["EDUC"] = "Education, culture and sport",
        ["ENER"] = "Energy",
        ["ENVI"] = "Environment",
        ["GOVE"] = "Government and public sector",
        ["HEAL"] = "Health",
        ["INTR"] = "International issues",
        ["JUST"] = "Justice, legal system and public safety",
        ["REGI"] = "Regions and cities",
        ["SOCI"] = "Population and society",
        ["TECH"] = "Science and technology",
        ["TRAN"] = "Transport",
    };

    /// <summary>The EU data theme for one of our themes; unknown (custom) themes fall back to GOVE.</summary>
    public static string EuThemeOf(string theme) =>
        ThemeMapping.FirstOrDefault(m => m.Theme == theme).EuCode ?? "GOVE";

    /// <summary>ISO 639-1 → EU language authority codes (ISO 639-3 based) for the languages our agencies publish in.</summary>
    private static readonly (string Iso1, string Eu)[] Languages =
    [
        ("vi", "VIE"), ("en", "ENG"), ("fr", "FRA"), ("zh", "ZHO"), ("ja", "JPN"), ("ko", "KOR"), ("de", "DEU"),
        ("ru", "RUS"), ("km", "KHM"), ("lo", "LAO"), ("th", "THA"), ("es", "SPA"), ("it", "ITA"), ("pt", "POR"),
    ];

    /// <summary>The EU language IRI, or the Library of Congress ISO 639-1 IRI for languages outside our table.</summary>
    public static string LanguageIri(string iso1)
    {
        var code = iso1.Trim().ToLowerInvariant();
        var eu = Languages.FirstOrDefault(l => l.Iso1 == code).Eu;
        return eu is null ? DcatApTerms.Iso6391 + code : DcatApTerms.EuLanguage + eu;
    }

    /// <summary>Reads a language given as an EU or LoC IRI, an ISO 639-1/639-3 code, or a BCP 47 tag.</summary>
    public static string? LanguageCode(string value)
    {
        var text = value.Trim();
        if (text.StartsWith(DcatApTerms.EuLanguage, StringComparison.OrdinalIgnoreCase))
        {
            text = text[DcatApTerms.EuLanguage.Length..];
        }
        else if (text.Contains('/', StringComparison.Ordinal))
        {
            text = text[(text.TrimEnd('/').LastIndexOf('/') + 1)..].TrimEnd('/');
        }
        if (text.Length == 3)
        {
            var iso1 = Languages.FirstOrDefault(l => string.Equals(l.Eu, text, StringComparison.OrdinalIgnoreCase)).Iso1;
            return iso1 ?? text.ToLowerInvariant();
        }
        var dash = text.IndexOf('-', StringComparison.Ordinal);
        text = dash > 0 ? text[..dash] : text;
        return text.Length is >= 2 and <= 3 ? text.ToLowerInvariant() : null;
    }

    /// <summary>Format labels (as CKAN shows them) → EU file-type codes.</summary>
    private static readonly (string Label, string Eu)[] FileTypes =
    [
        ("CSV", "CSV"), ("TSV", "TSV"), ("XLSX", "XLSX"), ("XLS", "XLS"), ("ODS", "ODS"), ("GeoJSON", "GEOJSON"),
        ("JSON", "JSON"), ("XML", "XML"), ("PDF", "PDF"), ("DOC", "DOC"), ("DOCX", "DOCX"), ("ZIP", "ZIP"),
        ("TXT", "TXT"), ("RDF", "RDF"), ("KML", "KML"), ("KMZ", "KMZ"), ("SHP", "SHP"), ("PNG", "PNG"),
        ("JPEG", "JPEG"), ("HTML", "HTML"), ("JSON-LD", "JSON_LD"), ("Turtle", "RDF_TURTLE"), ("RDF/XML", "RDF_XML"),
        ("N-Triples", "RDF_N_TRIPLES"), ("WMS", "WMS_SRVC"), ("WFS", "WFS_SRVC"), ("GPKG", "GPKG"),
    ];

    /// <summary>The EU file-type IRI for a format label, or null when the label is not in the vocabulary.</summary>
    public static string? FileTypeIri(string format)
    {
        var eu = FileTypes.FirstOrDefault(f => string.Equals(f.Label, format.Trim(), StringComparison.OrdinalIgnoreCase)).Eu;
        return eu is null ? null : DcatApTerms.EuFileType + eu;
    }

    /// <summary>The label for an EU file-type IRI or code (GEOJSON → GeoJSON); unknown codes as given.</summary>
    public static string FormatLabel(string iriOrCode)
    {
        var code = iriOrCode.StartsWith(DcatApTerms.EuFileType, StringComparison.OrdinalIgnoreCase)
            ? iriOrCode[DcatApTerms.EuFileType.Length..]
            : iriOrCode;
        return FileTypes.FirstOrDefault(f => string.Equals(f.Eu, code, StringComparison.OrdinalIgnoreCase)).Label ?? code;
    }
}
