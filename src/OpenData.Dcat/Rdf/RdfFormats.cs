using System.Globalization;
using System.Text;

namespace OpenData.Dcat.Rdf;

/// <summary>The concrete syntaxes the portal reads and writes.</summary>
public enum RdfFormat
{
    NTriples,
    Turtle,
    RdfXml,
    JsonLd,
}

/// <summary>What identifies a format on the wire, on disk and on the command line.</summary>
public sealed record RdfFormatInfo(RdfFormat Format, string Name, string MediaType, string Extension, IReadOnlyList<string> AlternateMediaTypes);

/// <summary>
/// Format registry: names, media types and extensions, plus parse/write entry points, so the CLI
/// (<c>rdf convert &lt;file&gt; --from X --to Y</c>) and the HTTP endpoints stay thin adapters.
/// </summary>
public static class RdfFormats
{
    public static IReadOnlyList<RdfFormatInfo> All { get; } =
    [
        new(RdfFormat.Turtle, "turtle", "text/turtle", ".ttl", ["application/x-turtle"]),
        new(RdfFormat.JsonLd, "jsonld", "application/ld+json", ".jsonld", []),
        new(RdfFormat.RdfXml, "rdfxml", "application/rdf+xml", ".rdf", ["application/xml", "text/xml"]),
        new(RdfFormat.NTriples, "ntriples", "application/n-triples", ".nt", []),
    ];

    public static RdfFormatInfo Info(RdfFormat format) => All.First(i => i.Format == format);

    /// <summary>Parses a CLI name (<c>ntriples|turtle|rdfxml|jsonld</c>, case-insensitive).</summary>
    public static RdfFormat? FromName(string name) =>
        All.FirstOrDefault(i => i.Name.Equals(name.Trim(), StringComparison.OrdinalIgnoreCase))?.Format;

    public static RdfFormat? FromMediaType(string mediaType)
    {
        var bare = mediaType.Split(';')[0].Trim();
        return All.FirstOrDefault(i => i.MediaType.Equals(bare, StringComparison.OrdinalIgnoreCase)
            || i.AlternateMediaTypes.Any(a => a.Equals(bare, StringComparison.OrdinalIgnoreCase)))?.Format;
    }

    /// <summary>The format for a file name or extension (".ttl", "catalog.jsonld"; ".owl" and ".xml" read as RDF/XML).</summary>
    public static RdfFormat? FromExtension(string fileNameOrExtension)
    {
        var ext = Path.GetExtension(fileNameOrExtension);
        if (ext.Length == 0 && fileNameOrExtension.StartsWith('.')) { ext = fileNameOrExtension; }
        if (ext.Equals(".owl", StringComparison.OrdinalIgnoreCase) || ext.Equals(".xml", StringComparison.OrdinalIgnoreCase))
        {
            return RdfFormat.RdfXml;
        }
        if (ext.Equals(".json", StringComparison.OrdinalIgnoreCase))
        {
            return RdfFormat.JsonLd;
        }
        return All.FirstOrDefault(i => i.Extension.Equals(ext, StringComparison.OrdinalIgnoreCase))?.Format;
    }

    public static IRdfReader CreateReader(RdfFormat format, IJsonLdContextLoader? contextLoader = null) => format switch
    {
        RdfFormat.NTriples => new NTriplesParser(),
        RdfFormat.Turtle => new TurtleParser(),
        RdfFormat.RdfXml => new RdfXmlParser(),
        RdfFormat.JsonLd => new JsonLdParser(contextLoader),
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };

    public static IRdfWriter CreateWriter(RdfFormat format, TextWriter output) => format switch
    {
        RdfFormat.NTriples => new NTriplesWriter(output),
        RdfFormat.Turtle => new TurtleWriter(output),
        RdfFormat.RdfXml => new RdfXmlWriter(output),
        RdfFormat.JsonLd => new JsonLdWriter(output),
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };

    public static Graph Parse(TextReader input, RdfFormat format, string? baseIri = null, IJsonLdContextLoader? contextLoader = null)
    {
        var graph = new Graph();
        CreateReader(format, contextLoader).Read(input, baseIri, graph);
        return graph;
    }

    public static Graph Parse(string text, RdfFormat format, string? baseIri = null, IJsonLdContextLoader? contextLoader = null)
    {
        using var reader = new StringReader(text);
        return Parse(reader, format, baseIri, contextLoader);
    }

    /// <summary>Parses a UTF-8 stream (a BOM, if any, is honoured; RDF/XML follows its XML declaration).</summary>
    public static Graph Parse(Stream input, RdfFormat format, string? baseIri = null, IJsonLdContextLoader? contextLoader = null)
    {
        if (format == RdfFormat.RdfXml)
        {
            var graph = new Graph();
            new RdfXmlParser().Read(input, baseIri, graph);
            return graph;
        }
        using var reader = new StreamReader(input, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        return Parse(reader, format, baseIri, contextLoader);
    }

    /// <summary>Streams triples to a handler instead of building a graph.</summary>
    public static void Parse(TextReader input, RdfFormat format, string? baseIri, IRdfHandler handler, IJsonLdContextLoader? contextLoader = null) =>
        CreateReader(format, contextLoader).Read(input, baseIri, handler);

    /// <summary>Converts a document between syntaxes (what <c>rdf convert &lt;file&gt; --from X --to Y</c> does).</summary>
    public static void Convert(TextReader input, RdfFormat from, TextWriter output, RdfFormat to, string? baseIri = null, IJsonLdContextLoader? contextLoader = null) =>
        Write(Parse(input, from, baseIri, contextLoader), to, output);

    public static void Write(Graph graph, RdfFormat format, TextWriter output, IReadOnlyDictionary<string, string>? prefixes = null) =>
        CreateWriter(format, output).Write(graph, prefixes);

    public static string WriteToString(Graph graph, RdfFormat format, IReadOnlyDictionary<string, string>? prefixes = null)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Write(graph, format, writer, prefixes);
        return writer.ToString();
    }

    /// <summary>
    /// Content negotiation (RFC 9110 §12.5.1): the supported format with the highest q-value in <paramref name="accept"/>;
    /// more specific ranges win over wildcards, and ties go to the server's order (Turtle, JSON-LD, RDF/XML, N-Triples).
    /// Returns <paramref name="fallback"/> for an empty header, null when nothing acceptable is supported.
    /// </summary>
    public static RdfFormat? Negotiate(string? accept, RdfFormat? fallback = RdfFormat.Turtle)
    {
        if (string.IsNullOrWhiteSpace(accept))
        {
            return fallback;
        }
        var ranges = new List<(string Type, string Subtype, double Q)>();
        foreach (var part in accept.Split(','))
        {
            var pieces = part.Split(';');
            var range = pieces[0].Trim().ToLowerInvariant();
            var slash = range.IndexOf('/', StringComparison.Ordinal);
            if (slash <= 0)
            {
                continue;
            }
            var q = 1.0;
            foreach (var parameter in pieces.Skip(1))
            {
                var kv = parameter.Split('=', 2);
                if (kv.Length == 2 && kv[0].Trim().Equals("q", StringComparison.OrdinalIgnoreCase)
                    && double.TryParse(kv[1].Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed))
                {
                    q = Math.Clamp(parsed, 0, 1);
                }
            }
            ranges.Add((range[..slash], range[(slash + 1)..], q));
        }
        RdfFormat? best = null;
        var bestQ = 0.0;
        foreach (var info in All)
        {
            var q = QualityOf(info, ranges);
            if (q > bestQ)
            {
                best = info.Format;
                bestQ = q;
            }
        }
        return best;
    }

    private static double QualityOf(RdfFormatInfo info, List<(string Type, string Subtype, double Q)> ranges)
    {
        var specificity = -1;
        var quality = 0.0;
        // Only primary media types take part: browsers send application/xml;q=0.9 and should not get RDF/XML for it.
        foreach (var mediaType in new[] { info.MediaType })
        {
            var slash = mediaType.IndexOf('/', StringComparison.Ordinal);
            var type = mediaType[..slash];
            var subtype = mediaType[(slash + 1)..];
            foreach (var r in ranges)
            {
                var s = r.Type == type && r.Subtype == subtype ? 2 : r.Type == type && r.Subtype == "*" ? 1 : r.Type == "*" && r.Subtype == "*" ? 0 : -1;
                if (s > specificity)
                {
                    specificity = s;
                    quality = r.Q;
                }
            }
        }
        return quality;
    }
}
