using System.Text;
using System.Text.RegularExpressions;

namespace OpenData.Dcat.Rdf;

/// <summary>Relative reference resolution, RFC 3986 §5.2 (strict parser, remove_dot_segments, merge).</summary>
public static partial class IriResolver
{
    // RFC 3986 Appendix B.
    [GeneratedRegex(@"^(([^:/?#]+):)?(//([^/?#]*))?([^?#]*)(\?([^#]*))?(#(.*))?$", RegexOptions.Singleline)]
    private static partial Regex ReferencePattern();

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9+.\-]*:")]
    private static partial Regex SchemePattern();

    /// <summary>True when the IRI has a scheme (is absolute, possibly with a fragment).</summary>
    public static bool IsAbsolute(string iri) => SchemePattern().IsMatch(iri);

    /// <summary>Resolves <paramref name="reference"/> against <paramref name="baseIri"/>; a null base leaves it as is.</summary>
    public static string Resolve(string? baseIri, string reference)
    {
        if (string.IsNullOrEmpty(baseIri))
        {
            return reference;
        }
        var r = Split(reference);
        if (r.Scheme is not null)
        {
            return Recompose(r.Scheme, r.Authority, RemoveDotSegments(r.Path), r.Query, r.Fragment);
        }
        var b = Split(baseIri);
        string? authority;
        string path;
        string? query;
        if (r.Authority is not null)
        {
            authority = r.Authority;
            path = RemoveDotSegments(r.Path);
            query = r.Query;
        }
        else
        {
            if (r.Path.Length == 0)
            {
                path = b.Path;
                query = r.Query ?? b.Query;
            }
            else
            {
                path = r.Path.StartsWith('/') ? RemoveDotSegments(r.Path) : RemoveDotSegments(Merge(b, r.Path));
                query = r.Query;
            }
            authority = b.Authority;
        }
        return Recompose(b.Scheme, authority, path, query, r.Fragment);
    }

    private sealed record Parts(string? Scheme, string? Authority, string Path, string? Query, string? Fragment);

    private static Parts Split(string iri)
    {
        var m = ReferencePattern().Match(iri);
        return new Parts(
            m.Groups[1].Success ? m.Groups[2].Value : null,
            m.Groups[3].Success ? m.Groups[4].Value : null,
            m.Groups[5].Value,
            m.Groups[6].Success ? m.Groups[7].Value : null,
            m.Groups[8].Success ? m.Groups[9].Value : null);
    }

    private static string Merge(Parts b, string path)
    {
        if (b.Authority is not null && b.Path.Length == 0)
        {
            return "/" + path;
        }
        var slash = b.Path.LastIndexOf('/');
        return slash < 0 ? path : b.Path[..(slash + 1)] + path;
    }

    /// <summary>RFC 3986 §5.2.4.</summary>
    public static string RemoveDotSegments(string input)
    {
        if (input.IndexOf('.', StringComparison.Ordinal) < 0)
        {
            return input;
        }
        var output = new StringBuilder();
        var i = input;
        while (i.Length > 0)
        {
            if (i.StartsWith("../", StringComparison.Ordinal)) { i = i[3..]; }
            else if (i.StartsWith("./", StringComparison.Ordinal)) { i = i[2..]; }
            else if (i.StartsWith("/./", StringComparison.Ordinal)) { i = i[2..]; }
            else if (i == "/.") { i = "/"; }
            else if (i.StartsWith("/../", StringComparison.Ordinal)) { i = i[3..]; RemoveLastSegment(output); }
            else if (i == "/..") { i = "/"; RemoveLastSegment(output); }
            else if (i is "." or "..") { i = ""; }
            else
            {
                var start = i.StartsWith('/') ? 1 : 0;
                var next = i.IndexOf('/', start);
                if (next < 0) { next = i.Length; }
                output.Append(i, 0, next);
                i = i[next..];
            }
        }
        return output.ToString();
    }

    private static void RemoveLastSegment(StringBuilder output)
    {
        var s = output.ToString();
        var slash = s.LastIndexOf('/');
        output.Length = slash < 0 ? 0 : slash;
    }

    private static string Recompose(string? scheme, string? authority, string path, string? query, string? fragment)
    {
        var sb = new StringBuilder();
        if (scheme is not null) { sb.Append(scheme).Append(':'); }
        if (authority is not null) { sb.Append("//").Append(authority); }
        sb.Append(path);
        if (query is not null) { sb.Append('?').Append(query); }
        if (fragment is not null) { sb.Append('#').Append(fragment); }
        return sb.ToString();
    }

    /// <summary>The IRI without its fragment (the base for rdf:ID in RDF/XML).</summary>
    public static string WithoutFragment(string iri)
    {
        var hash = iri.IndexOf('#', StringComparison.Ordinal);
        return hash < 0 ? iri : iri[..hash];
    }
}
