using System.Text;
using System.Xml.Linq;

namespace OpenData.Dcat.Rdf;

/// <summary>
/// Exclusive XML Canonicalization (without comments) of the content of an rdf:parseType="Literal" property,
/// which RDF 1.1 uses as the lexical form of rdf:XMLLiteral.
/// </summary>
internal static class XmlCanonicalizer
{
    private const int MaxDepth = 1000;

    public static string Canonicalize(IEnumerable<XNode> nodes)
    {
        var sb = new StringBuilder();
        var rendered = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var node in nodes)
        {
            Write(node, sb, rendered, 0);
        }
        return sb.ToString();
    }

    private static void Write(XNode node, StringBuilder sb, Dictionary<string, string> rendered, int depth)
    {
        switch (node)
        {
            case XText text:
                foreach (var c in text.Value)
                {
                    sb.Append(c switch { '&' => "&amp;", '<' => "&lt;", '>' => "&gt;", '\r' => "&#xD;", _ => c.ToString() });
                }
                break;
            case XProcessingInstruction pi:
                sb.Append("<?").Append(pi.Target);
                if (pi.Data.Length > 0) { sb.Append(' ').Append(pi.Data); }
                sb.Append("?>");
                break;
            case XElement e:
                if (depth >= MaxDepth || !System.Runtime.CompilerServices.RuntimeHelpers.TryEnsureSufficientExecutionStack())
                {
                    var info = (System.Xml.IXmlLineInfo)e;
                    var limit = depth >= MaxDepth ? $"deeper than {MaxDepth} levels" : "too deep for the available stack";
                    throw new RdfSyntaxException("XML literal nested " + limit, info.LineNumber, info.LinePosition);
                }
                WriteElement(e, sb, rendered, depth + 1);
                break;
        }
    }

    private static void WriteElement(XElement e, StringBuilder sb, Dictionary<string, string> inherited, int depth)
    {
        var rendered = new Dictionary<string, string>(inherited, StringComparer.Ordinal);
        var needed = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var prefix = PrefixOf(e, e.Name.Namespace);
        Need(prefix, e.Name.NamespaceName);
        var attributes = e.Attributes().Where(a => !a.IsNamespaceDeclaration).ToList();
        foreach (var a in attributes.Where(a => a.Name.Namespace != XNamespace.None && a.Name.Namespace != XNamespace.Xml))
        {
            Need(PrefixOf(e, a.Name.Namespace), a.Name.NamespaceName);
        }
        var qname = prefix.Length == 0 ? e.Name.LocalName : prefix + ":" + e.Name.LocalName;
        sb.Append('<').Append(qname);
        foreach (var (p, ns) in needed)
        {
            sb.Append(p.Length == 0 ? " xmlns" : " xmlns:" + p).Append("=\"");
            AppendAttributeValue(sb, ns);
            sb.Append('"');
            rendered[p] = ns;
        }
        foreach (var a in attributes.OrderBy(a => a.Name.NamespaceName, StringComparer.Ordinal).ThenBy(a => a.Name.LocalName, StringComparer.Ordinal))
        {
            var ap = a.Name.Namespace == XNamespace.None ? "" : a.Name.Namespace == XNamespace.Xml ? "xml:" : PrefixOf(e, a.Name.Namespace) + ":";
            sb.Append(' ').Append(ap).Append(a.Name.LocalName).Append("=\"");
            AppendAttributeValue(sb, a.Value);
            sb.Append('"');
        }
        sb.Append('>');
        foreach (var child in e.Nodes())
        {
            Write(child, sb, rendered, depth);
        }
        sb.Append("</").Append(qname).Append('>');

        void Need(string p, string ns)
        {
            var current = rendered.TryGetValue(p, out var r) ? r : "";
            if (current != ns)
            {
                needed[p] = ns;
            }
        }
    }

    private static string PrefixOf(XElement e, XNamespace ns)
    {
        if (ns == XNamespace.None)
        {
            return "";
        }
        var prefix = e.GetPrefixOfNamespace(ns);
        return prefix ?? "";
    }

    private static void AppendAttributeValue(StringBuilder sb, string value)
    {
        foreach (var c in value)
        {
            sb.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '"' => "&quot;",
                '\t' => "&#x9;",
                '\n' => "&#xA;",
                '\r' => "&#xD;",
                _ => c.ToString(),
            });
        }
    }
}
