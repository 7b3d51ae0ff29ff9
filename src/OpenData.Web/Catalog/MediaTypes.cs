namespace OpenData.Web.Catalog;

/// <summary>Format labels (as CKAN shows them) and IANA media types, inferred from file names.</summary>
public static class MediaTypes
{
    private static readonly (string Extension, string Format, string MediaType)[] Known =
    [
        (".csv", "CSV", "text/csv"),
        (".tsv", "TSV", "text/tab-separated-values"),
        (".xlsx", "XLSX", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        (".xls", "XLS", "application/vnd.ms-excel"),
        (".ods", "ODS", "application/vnd.oasis.opendocument.spreadsheet"),
        (".geojson", "GeoJSON", "application/geo+json"),
        (".json", "JSON", "application/json"),
        (".xml", "XML", "application/xml"),
        (".pdf", "PDF", "application/pdf"),
        (".doc", "DOC", "application/msword"),
        (".docx", "DOCX", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
        (".zip", "ZIP", "application/zip"),
        (".txt", "TXT", "text/plain"),
        (".ttl", "RDF", "text/turtle"),
        (".rdf", "RDF", "application/rdf+xml"),
        (".kml", "KML", "application/vnd.google-earth.kml+xml"),
        (".shp", "SHP", "application/octet-stream"),
        (".png", "PNG", "image/png"),
        (".jpg", "JPEG", "image/jpeg"),
    ];

    public static string? FormatOf(string? fileName)
    {
        var extension = Path.GetExtension(fileName ?? "").ToLowerInvariant();
        return Known.FirstOrDefault(k => k.Extension == extension).Format;
    }

    public static string MediaTypeOf(string? fileName)
    {
        var extension = Path.GetExtension(fileName ?? "").ToLowerInvariant();
        return Known.FirstOrDefault(k => k.Extension == extension).MediaType ?? "application/octet-stream";
    }

    public static string? MediaTypeOfFormat(string? format) =>
        Known.FirstOrDefault(k => string.Equals(k.Format, format, StringComparison.OrdinalIgnoreCase)).MediaType;

    /// <summary>Normalizes what people type as a format ("csv", ".CSV", "text/csv") to the label CKAN shows.</summary>
    public static string? NormalizeFormat(string? format)
    {
        if (string.IsNullOrWhiteSpace(format))
        {
            return null;
        }
        var text = format.Trim().TrimStart('.');
        var match = Known.FirstOrDefault(k => string.Equals(k.Format, text, StringComparison.OrdinalIgnoreCase)
            || string.Equals(k.MediaType, text, StringComparison.OrdinalIgnoreCase)
            || string.Equals(k.Extension, "." + text, StringComparison.OrdinalIgnoreCase));
        return match.Format ?? text.ToUpperInvariant();
    }
}
