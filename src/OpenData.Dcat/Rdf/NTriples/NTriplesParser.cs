namespace OpenData.Dcat.Rdf;

/// <summary>RDF 1.1 N-Triples parser: one triple per line, emitted to the handler as soon as it is read.</summary>
public sealed class NTriplesParser : IRdfReader
{
    public void Read(TextReader input, string? baseIri, IRdfHandler handler)
    {
        var lexer = new NTriplesLexer(input);
        var blankNodes = new Dictionary<string, BlankNode>(StringComparer.Ordinal);
        var token = lexer.Next();
        while (true)
        {
            while (token.Kind == NTriplesTokenKind.EndOfLine) { token = lexer.Next(); }
            if (token.Kind == NTriplesTokenKind.EndOfFile) { return; }

            var subject = token.Kind switch
            {
                NTriplesTokenKind.IriRef => (Term)new Iri(token.Text),
                NTriplesTokenKind.BlankNode => Blank(blankNodes, token.Text),
                _ => throw Unexpected(token, "subject"),
            };
            token = lexer.Next();
            if (token.Kind != NTriplesTokenKind.IriRef) { throw Unexpected(token, "predicate IRI"); }
            var predicate = new Iri(token.Text);
            token = lexer.Next();
            Term obj;
            switch (token.Kind)
            {
                case NTriplesTokenKind.IriRef: obj = new Iri(token.Text); token = lexer.Next(); break;
                case NTriplesTokenKind.BlankNode: obj = Blank(blankNodes, token.Text); token = lexer.Next(); break;
                case NTriplesTokenKind.String:
                    var lexical = token.Text;
                    token = lexer.Next();
                    if (token.Kind == NTriplesTokenKind.LangTag)
                    {
                        obj = Literal.Lang(lexical, token.Text);
                        token = lexer.Next();
                    }
                    else if (token.Kind == NTriplesTokenKind.DoubleCaret)
                    {
                        token = lexer.Next();
                        if (token.Kind != NTriplesTokenKind.IriRef) { throw Unexpected(token, "datatype IRI"); }
                        obj = Literal.Typed(lexical, new Iri(token.Text));
                        token = lexer.Next();
                    }
                    else
                    {
                        obj = Literal.Plain(lexical);
                    }
                    break;
                default: throw Unexpected(token, "object");
            }
            if (token.Kind != NTriplesTokenKind.Dot) { throw Unexpected(token, "'.'"); }
            token = lexer.Next();
            if (token.Kind is not (NTriplesTokenKind.EndOfLine or NTriplesTokenKind.EndOfFile)) { throw Unexpected(token, "end of line"); }
            handler.HandleTriple(new Triple(subject, predicate, obj));
        }
    }

    private static BlankNode Blank(Dictionary<string, BlankNode> map, string label)
    {
        if (!map.TryGetValue(label, out var node))
        {
            node = BlankNode.Mint();
            map[label] = node;
        }
        return node;
    }

    private static RdfSyntaxException Unexpected(NTriplesToken token, string expected) =>
        new($"Expected {expected} but found {Describe(token)}", token.Line, token.Column);

    private static string Describe(NTriplesToken token) => token.Kind switch
    {
        NTriplesTokenKind.EndOfFile => "end of file",
        NTriplesTokenKind.EndOfLine => "end of line",
        _ => $"{token.Kind} '{token.Text}'",
    };
}
