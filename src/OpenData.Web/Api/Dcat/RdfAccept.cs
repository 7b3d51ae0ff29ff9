using System.Globalization;
using OpenData.Dcat.Rdf;

namespace OpenData.Web.Api.Dcat;

/// <summary>Decides whether an Accept header asks for RDF rather than the HTML page.</summary>
public static class RdfAccept
{
    /// <summary>
    /// The RDF format when the header names an RDF media type explicitly with a q-value at least that of text/html;
    /// wildcards and generic types (application/xml, application/json) never claim RDF, so browsers and <c>*/*</c>
    /// clients get the page.
    /// </summary>
    public static RdfFormat? PreferredRdf(string? accept)
    {
        if (string.IsNullOrWhiteSpace(accept))
        {
            return null;
        }
        RdfFormat? best = null;
        double bestQ = 0, htmlQ = 0;
        foreach (var part in accept.Split(','))
        {
            var pieces = part.Split(';');
            var mediaType = pieces[0].Trim().ToLowerInvariant();
            var q = 1.0;
            foreach (var parameter in pieces.Skip(1))
            {
                var kv = parameter.Split('=', 2);
                if (kv.Length == 2 && kv[0].Trim() == "q" && double.TryParse(kv[1].Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed))
                {
                    q = parsed;
                }
            }
            if (mediaType is "text/html" or "application/xhtml+xml")
            {
                htmlQ = Math.Max(htmlQ, q);
            }
            else if (RdfFormats.All.FirstOrDefault(i => i.MediaType == mediaType)?.Format is { } format && q > bestQ)
            {
                best = format;
                bestQ = q;
            }
        }
        return best is not null && bestQ > 0 && bestQ >= htmlQ ? best : null;
    }
}
