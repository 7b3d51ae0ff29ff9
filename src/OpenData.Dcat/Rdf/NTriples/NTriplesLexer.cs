using System.Text;

namespace OpenData.Dcat.Rdf;

internal enum NTriplesTokenKind { IriRef, BlankNode, String, LangTag, DoubleCaret, Dot, EndOfLine, EndOfFile }

internal readonly record struct NTriplesToken(NTriplesTokenKind Kind, string Text, int Line, int Column);

/// <summary>Tokens of RDF 1.1 N-Triples (§7 grammar). Comments and spaces are skipped; line ends are tokens.</summary>
internal sealed class NTriplesLexer(TextReader input)
{
    private readonly TextCursor cursor = new(input);

    public RdfSyntaxException Error(string message) => cursor.Error(message);

    public NTriplesToken Next()
    {
        while (true)
        {
            var c = cursor.Peek();
            if (c is ' ' or '\t')
            {
                cursor.Read();
            }
            else if (c == '#')
            {
                while (cursor.Peek() is not ('\n' or '\r' or TextCursor.Eof)) { cursor.Read(); }
            }
            else
            {
                break;
            }
        }
        var line = cursor.Line;
        var column = cursor.Column;
        var ch = cursor.Peek();
        switch (ch)
        {
            case TextCursor.Eof:
                return new(NTriplesTokenKind.EndOfFile, "", line, column);
            case '\n' or '\r':
                while (cursor.Peek() is '\n' or '\r' or ' ' or '\t') { cursor.Read(); }
                return new(NTriplesTokenKind.EndOfLine, "", line, column);
            case '<':
                cursor.Read();
                var iri = Escapes.ReadIriRef(cursor);
                if (!IriResolver.IsAbsolute(iri))
                {
                    throw new RdfSyntaxException("N-Triples IRIs must be absolute: <" + iri + ">", line, column);
                }
                return new(NTriplesTokenKind.IriRef, iri, line, column);
            case '_':
                cursor.Read();
                if (cursor.Read() != ':') { throw cursor.Error("Expected ':' after '_'"); }
                return new(NTriplesTokenKind.BlankNode, Escapes.ReadBlankNodeLabel(cursor), line, column);
            case '"':
                cursor.Read();
                return new(NTriplesTokenKind.String, ReadString(), line, column);
            case '@':
                cursor.Read();
                return new(NTriplesTokenKind.LangTag, Escapes.ReadLangTag(cursor), line, column);
            case '^':
                cursor.Read();
                if (cursor.Read() != '^') { throw cursor.Error("Expected '^^'"); }
                return new(NTriplesTokenKind.DoubleCaret, "^^", line, column);
            case '.':
                cursor.Read();
                return new(NTriplesTokenKind.Dot, ".", line, column);
            default:
                throw cursor.Error($"Unexpected character '{(char)ch}'");
        }
    }

    private string ReadString()
    {
        var sb = new StringBuilder();
        while (true)
        {
            var c = cursor.Read();
            switch (c)
            {
                case TextCursor.Eof or '\n' or '\r':
                    throw cursor.Error("Unterminated string literal");
                case '"':
                    return sb.ToString();
                case '\\':
                    Escapes.ReadStringEscape(cursor, sb);
                    break;
                default:
                    sb.Append((char)c);
                    break;
            }
        }
    }
}
