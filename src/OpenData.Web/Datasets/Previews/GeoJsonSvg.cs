using System.Globalization;
using System.Text;
using System.Text.Json;
using OpenData.Dcat.Io;

namespace OpenData.Web.Datasets.Previews;

/// <summary>A server-drawn picture of a GeoJSON file's features: no map tiles, no script, allowed by the CSP.</summary>
public sealed record GeoJsonPicture(string Svg, int FeatureCount);

/// <summary>
/// Projects longitude/latitude (equirectangular, scaled by cos(latitude) so Vietnam is not stretched) into an
/// SVG box and draws points as circles, lines as polylines and polygons as paths.
/// </summary>
public static class GeoJsonSvg
{
    public const long MaxBytes = 5 * 1024 * 1024;
    private const double Width = 600;
    private const double Height = 400;
    private const double Margin = 12;

    public static async Task<GeoJsonPicture?> DrawAsync(Stream content, string title, CancellationToken ct)
    {
        JsonDocument document;
        try
        {
            await using var limited = new BoundedStream(content, MaxBytes, leaveOpen: true);
            document = await JsonDocument.ParseAsync(limited, cancellationToken: ct);
        }
        catch (Exception e) when (e is JsonException or InputTooLargeException)
        {
            return null;
        }
        using (document)
        {
            var shapes = new List<(string Kind, List<List<(double X, double Y)>> Parts)>();
            Collect(document.RootElement, shapes);
            var all = shapes.SelectMany(s => s.Parts).SelectMany(p => p).ToList();
            if (all.Count == 0)
            {
                return null;
            }
            var minX = all.Min(p => p.X);
            var maxX = all.Max(p => p.X);
            var minY = all.Min(p => p.Y);
            var maxY = all.Max(p => p.Y);
            var aspect = Math.Cos((minY + maxY) / 2 * Math.PI / 180);
            var spanX = Math.Max((maxX - minX) * aspect, 1e-6);
            var spanY = Math.Max(maxY - minY, 1e-6);
            var scale = Math.Min((Width - 2 * Margin) / spanX, (Height - 2 * Margin) / spanY);
            var offsetX = (Width - spanX * scale) / 2;
            var offsetY = (Height - spanY * scale) / 2;
            string Point((double X, double Y) p) =>
                F(offsetX + (p.X - minX) * aspect * scale) + "," + F(offsetY + (maxY - p.Y) * scale);

            var svg = new StringBuilder();
            svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {Height}\" class=\"geo-preview\" role=\"img\" aria-label=\"");
            svg.Append(System.Net.WebUtility.HtmlEncode(title));
            svg.Append("\"><rect class=\"geo-bg\" width=\"100%\" height=\"100%\"/>");
            foreach (var (kind, parts) in shapes)
            {
                switch (kind)
                {
                    case "point":
                        foreach (var p in parts.SelectMany(x => x))
                        {
                            var xy = Point(p).Split(',');
                            svg.Append(CultureInfo.InvariantCulture, $"<circle class=\"geo-point\" cx=\"{xy[0]}\" cy=\"{xy[1]}\" r=\"4\"/>");
                        }
                        break;
                    case "line":
                        foreach (var part in parts)
                        {
                            svg.Append("<polyline class=\"geo-line\" points=\"").AppendJoin(' ', part.Select(Point)).Append("\"/>");
                        }
                        break;
                    default:
                        svg.Append("<path class=\"geo-area\" fill-rule=\"evenodd\" d=\"");
                        foreach (var ring in parts)
                        {
                            svg.Append('M').AppendJoin(" L", ring.Select(Point)).Append(" Z ");
                        }
                        svg.Append("\"/>");
                        break;
                }
            }
            svg.Append("</svg>");
            return new GeoJsonPicture(svg.ToString(), shapes.Count);
        }
    }

    private static void Collect(JsonElement element, List<(string, List<List<(double, double)>>)> shapes)
    {
        if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty("type", out var typeElement))
        {
            return;
        }
        switch (typeElement.GetString())
        {
            case "FeatureCollection" when element.TryGetProperty("features", out var features) && features.ValueKind == JsonValueKind.Array:
                foreach (var feature in features.EnumerateArray())
                {
                    Collect(feature, shapes);
                }
                break;
            case "Feature" when element.TryGetProperty("geometry", out var geometry):
                Collect(geometry, shapes);
                break;
            case "GeometryCollection" when element.TryGetProperty("geometries", out var geometries) && geometries.ValueKind == JsonValueKind.Array:
                foreach (var g in geometries.EnumerateArray())
                {
                    Collect(g, shapes);
                }
                break;
            case var type when element.TryGetProperty("coordinates", out var c):
                switch (type)
                {
                    case "Point": shapes.Add(("point", [Positions([c])])); break;
                    case "MultiPoint": shapes.Add(("point", [Positions(c.EnumerateArray())])); break;
                    case "LineString": shapes.Add(("line", [Positions(c.EnumerateArray())])); break;
                    case "MultiLineString": shapes.Add(("line", c.EnumerateArray().Select(l => Positions(l.EnumerateArray())).ToList())); break;
                    case "Polygon": shapes.Add(("area", c.EnumerateArray().Select(r => Positions(r.EnumerateArray())).ToList())); break;
                    case "MultiPolygon":
                        shapes.Add(("area", c.EnumerateArray().SelectMany(p => p.EnumerateArray()).Select(r => Positions(r.EnumerateArray())).ToList()));
                        break;
                }
                break;
        }
    }

    private static List<(double, double)> Positions(IEnumerable<JsonElement> positions) =>
        positions.Where(p => p.ValueKind == JsonValueKind.Array && p.GetArrayLength() >= 2
                && p[0].ValueKind == JsonValueKind.Number && p[1].ValueKind == JsonValueKind.Number)
            .Select(p => (p[0].GetDouble(), p[1].GetDouble())).ToList();

    private static string F(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
