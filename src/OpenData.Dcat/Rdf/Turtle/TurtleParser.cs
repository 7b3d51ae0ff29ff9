namespace OpenData.Dcat.Rdf;

/// <summary>
/// RDF 1.1 Turtle parser (recursive descent over <see cref="TurtleLexer"/> tokens). Triples are emitted as
/// soon as they are complete; nesting of lists and blank node property lists is bounded.
/// </summary>
public sealed class TurtleParser(int maxDepth = 1000) : IRdfReader
{
    public void Read(TextReader input, string? baseIri, IRdfHandler handler) =>
        new Run(new TurtleLexer(input), baseIri, handler, maxDepth).Document();

    private sealed class Run(TurtleLexer lexer, string? baseIri, IRdfHandler handler, int maxDepth)
    {
        private readonly Dictionary<string, string> prefixes = new(StringComparer.Ordinal);
        private readonly Dictionary<string, BlankNode> blankNodes = new(StringComparer.Ordinal);
        private TurtleToken token = lexer.Next();
        private string? baseIri = baseIri;
        private int depth;

        public void Document()
        {
            while (token.Kind != TurtleTokenKind.EndOfFile)
            {
                Statement();
            }
        }

        private void Advance() => token = lexer.Next();

        private void Expect(TurtleTokenKind kind, string what)
        {
            if (token.Kind != kind) { throw Unexpected(what); }
            Advance();
        }

        private RdfSyntaxException Unexpected(string expected) =>
            new($"Expected {expected} but found {(token.Kind == TurtleTokenKind.EndOfFile ? "end of file" : $"'{token.Text}{(token.Kind == TurtleTokenKind.PrefixedName ? ":" + token.Local : "")}'")}", token.Line, token.Column);

        private void Statement()
        {
            switch (token.Kind)
            {
                case TurtleTokenKind.AtPrefix:
                    Advance();
                    PrefixDeclaration();
                    Expect(TurtleTokenKind.Dot, "'.' after @prefix");
                    return;
                case TurtleTokenKind.AtBase:
                    Advance();
                    BaseDeclaration();
                    Expect(TurtleTokenKind.Dot, "'.' after @base");
                    return;
                case TurtleTokenKind.SparqlPrefix:
                    Advance();
                    PrefixDeclaration();
                    return;
                case TurtleTokenKind.SparqlBase:
                    Advance();
                    BaseDeclaration();
                    return;
            }
            Triples();
            Expect(TurtleTokenKind.Dot, "'.' at the end of the statement");
        }

        private void PrefixDeclaration()
        {
            if (token.Kind != TurtleTokenKind.PrefixedName || token.Local.Length != 0) { throw Unexpected("a prefix name ending in ':'"); }
            var prefix = token.Text;
            Advance();
            if (token.Kind != TurtleTokenKind.IriRef) { throw Unexpected("an IRI"); }
            var ns = IriResolver.Resolve(baseIri, token.Text);
            Advance();
            prefixes[prefix] = ns;
            handler.HandlePrefix(prefix, ns);
        }

        private void BaseDeclaration()
        {
            if (token.Kind != TurtleTokenKind.IriRef) { throw Unexpected("an IRI"); }
            baseIri = IriResolver.Resolve(baseIri, token.Text);
            Advance();
        }

        private void Triples()
        {
            if (token.Kind == TurtleTokenKind.OpenBracket)
            {
                var line = token.Line;
                var column = token.Column;
                Advance();
                var node = BlankNode.Mint();
                if (token.Kind == TurtleTokenKind.CloseBracket)
                {
                    Advance();
                    PredicateObjectList(node);
                    return;
                }
                Enter(line, column);
                PredicateObjectList(node);
                Expect(TurtleTokenKind.CloseBracket, "']'");
                depth--;
                if (token.Kind != TurtleTokenKind.Dot)
                {
                    PredicateObjectList(node);
                }
                return;
            }
            var subject = token.Kind switch
            {
                TurtleTokenKind.IriRef or TurtleTokenKind.PrefixedName => IriTerm(),
                TurtleTokenKind.BlankNodeLabel => Label(),
                TurtleTokenKind.OpenParen => Collection(),
                _ => throw Unexpected("a subject"),
            };
            PredicateObjectList(subject);
        }

        private void PredicateObjectList(Term subject)
        {
            Verb(subject);
            while (token.Kind == TurtleTokenKind.Semicolon)
            {
                while (token.Kind == TurtleTokenKind.Semicolon) { Advance(); }
                if (token.Kind is TurtleTokenKind.IriRef or TurtleTokenKind.PrefixedName or TurtleTokenKind.A)
                {
                    Verb(subject);
                }
            }
        }

        private void Verb(Term subject)
        {
            Iri predicate;
            if (token.Kind == TurtleTokenKind.A)
            {
                predicate = Vocabulary.Rdf.Type;
                Advance();
            }
            else if (token.Kind is TurtleTokenKind.IriRef or TurtleTokenKind.PrefixedName)
            {
                predicate = IriTerm();
            }
            else
            {
                throw Unexpected("a predicate");
            }
            handler.HandleTriple(new Triple(subject, predicate, Object()));
            while (token.Kind == TurtleTokenKind.Comma)
            {
                Advance();
                handler.HandleTriple(new Triple(subject, predicate, Object()));
            }
        }

        private Term Object()
        {
            switch (token.Kind)
            {
                case TurtleTokenKind.IriRef or TurtleTokenKind.PrefixedName: return IriTerm();
                case TurtleTokenKind.BlankNodeLabel: return Label();
                case TurtleTokenKind.OpenParen: return Collection();
                case TurtleTokenKind.OpenBracket: return BlankNodePropertyList();
                case TurtleTokenKind.String: return RdfLiteral();
                case TurtleTokenKind.Integer: return Number(Vocabulary.Xsd.Integer);
                case TurtleTokenKind.Decimal: return Number(Vocabulary.Xsd.Decimal);
                case TurtleTokenKind.Double: return Number(Vocabulary.Xsd.Double);
                case TurtleTokenKind.True or TurtleTokenKind.False: return Number(Vocabulary.Xsd.Boolean);
                default: throw Unexpected("an object");
            }
        }

        private Literal Number(Iri datatype)
        {
            var literal = Literal.Typed(token.Text, datatype);
            Advance();
            return literal;
        }

        private Literal RdfLiteral()
        {
            var lexical = token.Text;
            Advance();
            if (token.Kind == TurtleTokenKind.LangTag)
            {
                var tag = token.Text;
                Advance();
                return Literal.Lang(lexical, tag);
            }
            if (token.Kind == TurtleTokenKind.DoubleCaret)
            {
                Advance();
                if (token.Kind is not (TurtleTokenKind.IriRef or TurtleTokenKind.PrefixedName)) { throw Unexpected("a datatype IRI"); }
                return Literal.Typed(lexical, IriTerm());
            }
            return Literal.Plain(lexical);
        }

        private BlankNode BlankNodePropertyList()
        {
            Enter(token.Line, token.Column);
            Advance();
            var node = BlankNode.Mint();
            if (token.Kind != TurtleTokenKind.CloseBracket)
            {
                PredicateObjectList(node);
            }
            Expect(TurtleTokenKind.CloseBracket, "']'");
            depth--;
            return node;
        }

        private Term Collection()
        {
            Enter(token.Line, token.Column);
            Advance();
            Term head = Vocabulary.Rdf.Nil;
            BlankNode? previous = null;
            while (token.Kind != TurtleTokenKind.CloseParen)
            {
                var cell = BlankNode.Mint();
                if (previous is null)
                {
                    head = cell;
                }
                else
                {
                    handler.HandleTriple(new Triple(previous, Vocabulary.Rdf.Rest, cell));
                }
                var item = Object();
                handler.HandleTriple(new Triple(cell, Vocabulary.Rdf.First, item));
                previous = cell;
            }
            Advance();
            if (previous is not null)
            {
                handler.HandleTriple(new Triple(previous, Vocabulary.Rdf.Rest, Vocabulary.Rdf.Nil));
            }
            depth--;
            return head;
        }

        private void Enter(int line, int column)
        {
            if (++depth > maxDepth)
            {
                throw new RdfSyntaxException($"Nesting deeper than {maxDepth} levels", line, column);
            }
            // Small thread stacks can run out before maxDepth; fail with a syntax error rather than crash the process.
            if (!System.Runtime.CompilerServices.RuntimeHelpers.TryEnsureSufficientExecutionStack())
            {
                throw new RdfSyntaxException("Nesting too deep for the available stack", line, column);
            }
        }

        private BlankNode Label()
        {
            if (!blankNodes.TryGetValue(token.Text, out var node))
            {
                node = BlankNode.Mint();
                blankNodes[token.Text] = node;
            }
            Advance();
            return node;
        }

        private Iri IriTerm()
        {
            string value;
            if (token.Kind == TurtleTokenKind.IriRef)
            {
                value = IriResolver.Resolve(baseIri, token.Text);
            }
            else
            {
                if (!prefixes.TryGetValue(token.Text, out var ns))
                {
                    throw new RdfSyntaxException($"Undeclared prefix '{token.Text}:'", token.Line, token.Column);
                }
                value = ns + token.Local;
            }
            Advance();
            return new Iri(value);
        }
    }
}
