using System.Xml;
using System.Xml.Linq;

namespace OpenData.Dcat.Rdf;

/// <summary>
/// RDF 1.1 XML Syntax parser. <see cref="XmlReader"/> is the lexer; each top-level node element is loaded as a small
/// tree and turned into triples (grammar of RDF/XML §7), so memory is bounded by the largest top-level description.
/// DTDs are parsed only with an entity-expansion budget and no resolver, so billion-laughs and external entities fail fast.
/// </summary>
public sealed class RdfXmlParser(int maxDepth = 1000, long maxCharactersFromEntities = 100_000) : IRdfReader
{
    internal const string RdfNs = Vocabulary.Rdf.Namespace;
    private const string XmlNs = "http://www.w3.org/XML/1998/namespace";
    private const string XmlnsNs = "http://www.w3.org/2000/xmlns/";

    public void Read(TextReader input, string? baseIri, IRdfHandler handler) =>
        Read(settings => XmlReader.Create(input, settings), baseIri, handler);

    /// <summary>Reads from bytes, so the XML declaration's encoding is honoured.</summary>
    public void Read(Stream input, string? baseIri, IRdfHandler handler) =>
        Read(settings => XmlReader.Create(input, settings), baseIri, handler);

    private void Read(Func<XmlReaderSettings, XmlReader> open, string? baseIri, IRdfHandler handler)
    {
        var settings = new XmlReaderSettings
        {
            // The W3C suite uses internal DTD entities; expansion is capped and external resolution is off.
            DtdProcessing = DtdProcessing.Parse,
            MaxCharactersFromEntities = maxCharactersFromEntities,
            XmlResolver = null,
            IgnoreComments = true,
            CloseInput = false,
        };
        try
        {
            using var reader = open(settings);
            new Run(handler, maxDepth).Document(reader, baseIri);
        }
        catch (XmlException e)
        {
            throw new RdfSyntaxException("Malformed XML: " + e.Message, e.LineNumber, e.LinePosition, e);
        }
    }

    private sealed record Scope(string? Base, string? Lang);

    private sealed class Run(IRdfHandler handler, int maxDepth)
    {
        private static readonly HashSet<string> CoreSyntaxTerms = ["RDF", "ID", "about", "parseType", "resource", "nodeID", "datatype"];
        private static readonly HashSet<string> OldTerms = ["aboutEach", "aboutEachPrefix", "bagID"];
        private readonly Dictionary<string, BlankNode> blankNodes = new(StringComparer.Ordinal);
        private readonly HashSet<string> usedIds = new(StringComparer.Ordinal);
        private int depth;

        public void Document(XmlReader reader, string? documentBase)
        {
            reader.MoveToContent();
            if (reader.NodeType != XmlNodeType.Element)
            {
                throw new RdfSyntaxException("No root element", 0, 0);
            }
            if (reader.NamespaceURI == RdfNs && reader.LocalName == "RDF")
            {
                var scope = new Scope(documentBase, null);
                if (reader.MoveToAttribute("base", XmlNs)) { scope = scope with { Base = IriResolver.Resolve(scope.Base, reader.Value) }; }
                if (reader.MoveToAttribute("lang", XmlNs)) { scope = scope with { Lang = reader.Value.Length == 0 ? null : reader.Value }; }
                reader.MoveToElement();
                if (reader.IsEmptyElement)
                {
                    return;
                }
                reader.Read();
                while (true)
                {
                    var type = reader.MoveToContent();
                    if (type == XmlNodeType.EndElement || reader.EOF)
                    {
                        return;
                    }
                    if (type == XmlNodeType.Element)
                    {
                        NodeElement(LoadElement(reader), scope);
                    }
                    else if (type is XmlNodeType.Text or XmlNodeType.CDATA)
                    {
                        throw LineError(reader, "Text is not allowed directly inside rdf:RDF");
                    }
                    else
                    {
                        reader.Read();
                    }
                }
            }
            NodeElement(LoadElement(reader), new Scope(documentBase, null));
        }

        private static XElement LoadElement(XmlReader reader)
        {
            XElement element;
            using (var subtree = reader.ReadSubtree())
            {
                element = XElement.Load(subtree, LoadOptions.SetLineInfo | LoadOptions.PreserveWhitespace);
            }
            reader.Read();
            return element;
        }

        private static RdfSyntaxException LineError(XmlReader reader, string message) =>
            reader is IXmlLineInfo info ? new(message, info.LineNumber, info.LinePosition) : new(message, 0, 0);

        private static RdfSyntaxException Error(XObject node, string message)
        {
            var info = (IXmlLineInfo)node;
            return new RdfSyntaxException(message, info.LineNumber, info.LinePosition);
        }

        private static Scope Enter(XElement e, Scope parent)
        {
            var scope = parent;
            if (e.Attribute(XName.Get("base", XmlNs)) is { } b) { scope = scope with { Base = IriResolver.Resolve(parent.Base, b.Value) }; }
            if (e.Attribute(XName.Get("lang", XmlNs)) is { } l) { scope = scope with { Lang = l.Value.Length == 0 ? null : l.Value }; }
            return scope;
        }

        /// <summary>The IRI of an attribute, or null for attributes RDF/XML ignores (xml:*, xmlns, xml-prefixed names).</summary>
        private static string? AttributeIri(XAttribute a)
        {
            var ns = a.Name.NamespaceName;
            if (a.IsNamespaceDeclaration || ns == XmlnsNs || ns == XmlNs)
            {
                return null;
            }
            if (ns.Length == 0)
            {
                if (a.Name.LocalName.StartsWith("xml", StringComparison.OrdinalIgnoreCase))
                {
                    return null;
                }
                // RDF/XML §6.1.4: unqualified ID, about, resource, parseType and type mean the rdf: attributes.
                return a.Name.LocalName is "ID" or "about" or "resource" or "parseType" or "type"
                    ? RdfNs + a.Name.LocalName
                    : throw Error(a, $"Attribute '{a.Name.LocalName}' has no namespace");
            }
            return ns + a.Name.LocalName;
        }

        private static string? RdfName(string iri) => iri.StartsWith(RdfNs, StringComparison.Ordinal) ? iri[RdfNs.Length..] : null;

        private void Deeper(XElement e)
        {
            if (++depth > maxDepth)
            {
                throw Error(e, $"Nesting deeper than {maxDepth} levels");
            }
            // Small thread stacks can run out before maxDepth; fail with a syntax error rather than crash the process.
            if (!System.Runtime.CompilerServices.RuntimeHelpers.TryEnsureSufficientExecutionStack())
            {
                throw Error(e, "Nesting too deep for the available stack");
            }
        }

        private Term NodeElement(XElement e, Scope parent)
        {
            Deeper(e);
            var scope = Enter(e, parent);
            var name = e.Name.NamespaceName.Length == 0 ? throw Error(e, $"Element '{e.Name.LocalName}' has no namespace") : e.Name.NamespaceName + e.Name.LocalName;
            if (RdfName(name) is { } rn && (CoreSyntaxTerms.Contains(rn) || OldTerms.Contains(rn) || rn == "li"))
            {
                throw Error(e, $"rdf:{rn} cannot be used as a node element");
            }
            Term? subject = null;
            var properties = new List<(Iri, XAttribute)>();
            foreach (var a in e.Attributes())
            {
                if (AttributeIri(a) is not { } iri)
                {
                    continue;
                }
                Term? named = null;
                switch (RdfName(iri))
                {
                    case "ID": named = IdIri(a, scope); break;
                    case "nodeID": named = Blank(a); break;
                    case "about": named = new Iri(IriResolver.Resolve(scope.Base, a.Value)); break;
                    case { } r when CoreSyntaxTerms.Contains(r) || OldTerms.Contains(r) || r is "li" or "Description":
                        throw Error(a, $"rdf:{r} is not allowed on a node element");
                    default: properties.Add((new Iri(iri), a)); break;
                }
                if (named is not null)
                {
                    if (subject is not null)
                    {
                        throw Error(a, "A node element can have only one of rdf:ID, rdf:nodeID and rdf:about");
                    }
                    subject = named;
                }
            }
            subject ??= BlankNode.Mint();
            if (name != RdfNs + "Description")
            {
                Emit(subject, Vocabulary.Rdf.Type, new Iri(name));
            }
            foreach (var (iri, a) in properties)
            {
                Emit(subject, iri, iri.Equals(Vocabulary.Rdf.Type) ? new Iri(IriResolver.Resolve(scope.Base, a.Value)) : PlainOrLang(a.Value, scope));
            }
            PropertyElements(e, subject, scope);
            depth--;
            return subject;
        }

        private void PropertyElements(XElement e, Term subject, Scope scope)
        {
            var li = 1;
            foreach (var node in e.Nodes())
            {
                switch (node)
                {
                    case XElement child: PropertyElement(child, subject, scope, ref li); break;
                    case XText text when !string.IsNullOrWhiteSpace(text.Value): throw Error(text, "Text is not allowed among property elements");
                }
            }
        }

        private void PropertyElement(XElement e, Term subject, Scope parent, ref int li)
        {
            Deeper(e);
            var scope = Enter(e, parent);
            if (e.Name.NamespaceName.Length == 0)
            {
                throw Error(e, $"Element '{e.Name.LocalName}' has no namespace");
            }
            var name = e.Name.NamespaceName + e.Name.LocalName;
            switch (RdfName(name))
            {
                case "li": name = RdfNs + "_" + li++.ToString(System.Globalization.CultureInfo.InvariantCulture); break;
                case { } r when CoreSyntaxTerms.Contains(r) || OldTerms.Contains(r) || r == "Description":
                    throw Error(e, $"rdf:{r} cannot be used as a property element");
            }
            var predicate = new Iri(name);
            XAttribute? id = null, parseType = null, resource = null, nodeId = null, datatype = null;
            var properties = new List<(Iri, XAttribute)>();
            foreach (var a in e.Attributes())
            {
                if (AttributeIri(a) is not { } iri)
                {
                    continue;
                }
                switch (RdfName(iri))
                {
                    case "ID": id = a; break;
                    case "parseType": parseType = a; break;
                    case "resource": resource = a; break;
                    case "nodeID": nodeId = a; break;
                    case "datatype": datatype = a; break;
                    case { } r when CoreSyntaxTerms.Contains(r) || OldTerms.Contains(r) || r is "li" or "Description":
                        throw Error(a, $"rdf:{r} is not allowed on a property element");
                    default: properties.Add((new Iri(iri), a)); break;
                }
            }
            var children = e.Elements().ToList();
            var text = string.Concat(e.Nodes().OfType<XText>().Select(t => t.Value));
            Term obj;
            if (parseType is not null)
            {
                if (resource is not null || nodeId is not null || datatype is not null || properties.Count > 0)
                {
                    throw Error(e, "rdf:parseType cannot be combined with rdf:resource, rdf:nodeID, rdf:datatype or property attributes");
                }
                switch (parseType.Value)
                {
                    case "Resource":
                        var node = BlankNode.Mint();
                        obj = node;
                        EmitProperty(subject, predicate, obj, id, scope);
                        PropertyElements(e, node, scope);
                        depth--;
                        return;
                    case "Collection":
                        obj = Collection(e, scope);
                        break;
                    default:
                        obj = Literal.Typed(XmlCanonicalizer.Canonicalize(e.Nodes()), Vocabulary.Rdf.XmlLiteral);
                        break;
                }
            }
            else if (children.Count > 0)
            {
                if (children.Count > 1 || !string.IsNullOrWhiteSpace(text))
                {
                    throw Error(e, "A property element can contain only one node element");
                }
                if (resource is not null || nodeId is not null || datatype is not null || properties.Count > 0)
                {
                    throw Error(e, "A property element with a node element cannot have rdf:resource, rdf:nodeID, rdf:datatype or property attributes");
                }
                obj = NodeElement(children[0], scope);
            }
            else if (text.Length > 0 || datatype is not null)
            {
                if (resource is not null || nodeId is not null || properties.Count > 0)
                {
                    throw Error(e, "A literal property element cannot have rdf:resource, rdf:nodeID or property attributes");
                }
                obj = datatype is not null
                    ? Literal.Typed(text, new Iri(IriResolver.Resolve(scope.Base, datatype.Value)))
                    : PlainOrLang(text, scope);
            }
            else if (resource is null && nodeId is null && properties.Count == 0)
            {
                obj = PlainOrLang("", scope);
            }
            else
            {
                if (resource is not null && nodeId is not null)
                {
                    throw Error(e, "rdf:resource and rdf:nodeID cannot be used together");
                }
                obj = resource is not null ? new Iri(IriResolver.Resolve(scope.Base, resource.Value))
                    : nodeId is not null ? Blank(nodeId)
                    : BlankNode.Mint();
                foreach (var (iri, a) in properties)
                {
                    Emit(obj, iri, iri.Equals(Vocabulary.Rdf.Type) ? new Iri(IriResolver.Resolve(scope.Base, a.Value)) : PlainOrLang(a.Value, scope));
                }
            }
            EmitProperty(subject, predicate, obj, id, scope);
            depth--;
        }

        private Term Collection(XElement e, Scope scope)
        {
            Term head = Vocabulary.Rdf.Nil;
            BlankNode? previous = null;
            foreach (var node in e.Nodes())
            {
                if (node is XText text && !string.IsNullOrWhiteSpace(text.Value))
                {
                    throw Error(text, "Text is not allowed in an rdf:parseType=\"Collection\" property");
                }
                if (node is not XElement child)
                {
                    continue;
                }
                var cell = BlankNode.Mint();
                if (previous is null) { head = cell; } else { Emit(previous, Vocabulary.Rdf.Rest, cell); }
                Emit(cell, Vocabulary.Rdf.First, NodeElement(child, scope));
                previous = cell;
            }
            if (previous is not null)
            {
                Emit(previous, Vocabulary.Rdf.Rest, Vocabulary.Rdf.Nil);
            }
            return head;
        }

        /// <summary>Emits the triple and, for rdf:ID on a property element, its reification (RDF/XML §7.3).</summary>
        private void EmitProperty(Term subject, Iri predicate, Term obj, XAttribute? id, Scope scope)
        {
            Emit(subject, predicate, obj);
            if (id is null)
            {
                return;
            }
            var statement = IdIri(id, scope);
            Emit(statement, Vocabulary.Rdf.Type, Vocabulary.Rdf.Statement);
            Emit(statement, Vocabulary.Rdf.Subject, subject);
            Emit(statement, Vocabulary.Rdf.Predicate, predicate);
            Emit(statement, Vocabulary.Rdf.Object, obj);
        }

        private Iri IdIri(XAttribute a, Scope scope)
        {
            var name = CheckNcName(a);
            var iri = IriResolver.Resolve(scope.Base, "#" + name);
            if (!usedIds.Add(iri))
            {
                throw Error(a, $"rdf:ID '{name}' is used twice");
            }
            return new Iri(iri);
        }

        private BlankNode Blank(XAttribute a)
        {
            var label = CheckNcName(a);
            if (!blankNodes.TryGetValue(label, out var node))
            {
                node = BlankNode.Mint();
                blankNodes[label] = node;
            }
            return node;
        }

        private static string CheckNcName(XAttribute a)
        {
            try
            {
                return XmlConvert.VerifyNCName(a.Value);
            }
            catch (XmlException)
            {
                throw Error(a, $"'{a.Value}' is not a valid XML name (NCName)");
            }
        }

        private static Literal PlainOrLang(string value, Scope scope) =>
            scope.Lang is null ? Literal.Plain(value) : Literal.Lang(value, scope.Lang);

        private void Emit(Term s, Iri p, Term o) => handler.HandleTriple(new Triple(s, p, o));
    }
}
