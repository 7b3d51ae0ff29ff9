using System.Text;

namespace OpenData.Dcat.Rdf;

internal enum TurtleTokenKind
{
    IriRef, PrefixedName, BlankNodeLabel, String, LangTag, Integer, Decimal, Double, True, False, A,
    AtPrefix, AtBase, SparqlPrefix, SparqlBase, Dot, Semicolon, Comma, OpenBracket, CloseBracket,
    OpenParen, CloseParen, DoubleCaret, EndOfFile,
}

/// <summary>A Turtle token. For prefixed names, <c>Text</c> is the prefix and <c>Local</c> the unescaped local part.</summary>
internal readonly record struct TurtleToken(TurtleTokenKind Kind, string Text, int Line, int Column, string Local = "");

/// <summary>Tokens of RDF 1.1 Turtle (§6.5 terminals). Escapes are decoded here; comments are skipped.</summary>
internal sealed class TurtleLexer(TextReader input)
{
    private readonly TextCursor cursor = new(input);

    public RdfSyntaxException Error(string message) => cursor.Error(message);

    public TurtleToken Next()
    {
        SkipWhitespace();
        var line = cursor.Line;
        var column = cursor.Column;
        TurtleToken Make(TurtleTokenKind kind, string text, string local = "") => new(kind, text, line, column, local);
        var c = cursor.Peek();
        switch (c)
        {
            case TextCursor.Eof: return Make(TurtleTokenKind.EndOfFile, "");
            case '<': cursor.Read(); return Make(TurtleTokenKind.IriRef, Escapes.ReadIriRef(cursor));
            case '.' when !IsDigit(cursor.Peek(1)): cursor.Read(); return Make(TurtleTokenKind.Dot, ".");
            case ';': cursor.Read(); return Make(TurtleTokenKind.Semicolon, ";");
            case ',': cursor.Read(); return Make(TurtleTokenKind.Comma, ",");
            case '[': cursor.Read(); return Make(TurtleTokenKind.OpenBracket, "[");
            case ']': cursor.Read(); return Make(TurtleTokenKind.CloseBracket, "]");
            case '(': cursor.Read(); return Make(TurtleTokenKind.OpenParen, "(");
            case ')': cursor.Read(); return Make(TurtleTokenKind.CloseParen, ")");
            case '^':
                cursor.Read();
                if (cursor.Read() != '^') { throw cursor.Error("Expected '^^'"); }
                return Make(TurtleTokenKind.DoubleCaret, "^^");
            case '"' or '\'':
                return Make(TurtleTokenKind.String, ReadString());
            case '@':
                cursor.Read();
                var tag = Escapes.ReadLangTag(cursor);
                return tag switch
                {
                    "prefix" => Make(TurtleTokenKind.AtPrefix, tag),
                    "base" => Make(TurtleTokenKind.AtBase, tag),
                    _ => Make(TurtleTokenKind.LangTag, tag),
                };
            case '_' when cursor.Peek(1) == ':':
                cursor.Read();
                cursor.Read();
                return Make(TurtleTokenKind.BlankNodeLabel, Escapes.ReadBlankNodeLabel(cursor));
            case '+' or '-' or '.' or (>= '0' and <= '9'):
                return ReadNumber(line, column);
            default:
                return ReadName(line, column);
        }
    }

    private static bool IsDigit(int c) => c is >= '0' and <= '9';

    private void SkipWhitespace()
    {
        while (true)
        {
            var c = cursor.Peek();
            if (c is ' ' or '\t' or '\n' or '\r')
            {
                cursor.Read();
            }
            else if (c == '#')
            {
                while (cursor.Peek() is not ('\n' or '\r' or TextCursor.Eof)) { cursor.Read(); }
            }
            else
            {
                return;
            }
        }
    }

    private string ReadString()
    {
        var quote = cursor.Read();
        var sb = new StringBuilder();
        var isLong = cursor.Peek() == quote && cursor.Peek(1) == quote;
        if (isLong)
        {
            cursor.Read();
            cursor.Read();
        }
        while (true)
        {
            var c = cursor.Read();
            if (c == TextCursor.Eof)
            {
                throw cursor.Error("Unterminated string literal");
            }
            if (c == quote)
            {
                if (!isLong)
                {
                    return sb.ToString();
                }
                if (cursor.Peek() == quote && cursor.Peek(1) == quote)
                {
                    cursor.Read();
                    cursor.Read();
                    // Turtle [24]: the content cannot end with a quote, so the first """ closes the string.
                    return sb.ToString();
                }
                sb.Append((char)c);
            }
            else if (c == '\\')
            {
                Escapes.ReadStringEscape(cursor, sb);
            }
            else if (!isLong && c is '\n' or '\r')
            {
                throw cursor.Error("Line break in a short string literal");
            }
            else
            {
                sb.Append((char)c);
            }
        }
    }

    private TurtleToken ReadNumber(int line, int column)
    {
        var sb = new StringBuilder();
        if (cursor.Peek() is '+' or '-') { sb.Append((char)cursor.Read()); }
        var intDigits = ReadDigits(sb);
        var kind = TurtleTokenKind.Integer;
        if (cursor.Peek() == '.' && (IsDigit(cursor.Peek(1)) || (intDigits > 0 && cursor.Peek(1) is 'e' or 'E')))
        {
            sb.Append((char)cursor.Read());
            ReadDigits(sb);
            kind = TurtleTokenKind.Decimal;
        }
        else if (intDigits == 0)
        {
            throw cursor.Error("Invalid number");
        }
        if (cursor.Peek() is 'e' or 'E')
        {
            sb.Append((char)cursor.Read());
            if (cursor.Peek() is '+' or '-') { sb.Append((char)cursor.Read()); }
            if (ReadDigits(sb) == 0) { throw cursor.Error("Invalid exponent"); }
            kind = TurtleTokenKind.Double;
        }
        return new(kind, sb.ToString(), line, column);
    }

    private int ReadDigits(StringBuilder sb)
    {
        var n = 0;
        while (IsDigit(cursor.Peek()))
        {
            sb.Append((char)cursor.Read());
            n++;
        }
        return n;
    }

    /// <summary>Prefixed names, 'a', true/false and the SPARQL-style PREFIX/BASE keywords.</summary>
    private TurtleToken ReadName(int line, int column)
    {
        var prefix = new StringBuilder();
        var (first, width) = CharClasses.PeekCodePoint(cursor, 0);
        if (first != ':')
        {
            if (!CharClasses.IsPnCharsBase(first))
            {
                throw cursor.Error(first == TextCursor.Eof ? "Unexpected end of file" : $"Unexpected character '{char.ConvertFromUtf32(first)}'");
            }
            Escapes.Take(cursor, prefix, width);
            ReadNameRest(prefix, allowColon: false);
        }
        if (cursor.Peek() != ':')
        {
            var word = prefix.ToString();
            return word switch
            {
                "a" => new(TurtleTokenKind.A, word, line, column),
                "true" => new(TurtleTokenKind.True, word, line, column),
                "false" => new(TurtleTokenKind.False, word, line, column),
                _ when word.Equals("PREFIX", StringComparison.OrdinalIgnoreCase) => new(TurtleTokenKind.SparqlPrefix, word, line, column),
                _ when word.Equals("BASE", StringComparison.OrdinalIgnoreCase) => new(TurtleTokenKind.SparqlBase, word, line, column),
                _ => throw new RdfSyntaxException($"Unexpected word '{word}'", line, column),
            };
        }
        cursor.Read();
        var local = ReadLocal();
        return new(TurtleTokenKind.PrefixedName, prefix.ToString(), line, column, local);
    }

    /// <summary>Continues a PN_PREFIX / PN_LOCAL: PN_CHARS and inner dots (a name never ends with '.').</summary>
    private void ReadNameRest(StringBuilder sb, bool allowColon)
    {
        while (true)
        {
            var (c, width) = CharClasses.PeekCodePoint(cursor, 0);
            if (CharClasses.IsPnChars(c) || (allowColon && c == ':'))
            {
                Escapes.Take(cursor, sb, width);
            }
            else if (allowColon && c is '%' or '\\')
            {
                ReadLocalEscape(sb);
            }
            else if (c == '.')
            {
                var k = 0;
                while (cursor.Peek(k) == '.') { k++; }
                var next = CharClasses.PeekCodePoint(cursor, k).CodePoint;
                if (!(CharClasses.IsPnChars(next) || (allowColon && next is ':' or '%' or '\\'))) { return; }
                for (var i = 0; i < k; i++) { sb.Append((char)cursor.Read()); }
            }
            else
            {
                return;
            }
        }
    }

    private string ReadLocal()
    {
        var sb = new StringBuilder();
        var (c, width) = CharClasses.PeekCodePoint(cursor, 0);
        if (CharClasses.IsPnCharsU(c) || c == ':' || IsDigit(c))
        {
            Escapes.Take(cursor, sb, width);
        }
        else if (c is '%' or '\\')
        {
            ReadLocalEscape(sb);
        }
        else
        {
            return "";
        }
        ReadNameRest(sb, allowColon: true);
        return sb.ToString();
    }

    /// <summary>PLX: a %-escape is kept as written; a backslash escape yields the character itself.</summary>
    private void ReadLocalEscape(StringBuilder sb)
    {
        if (cursor.Read() == '%')
        {
            var h1 = cursor.Read();
            var h2 = cursor.Read();
            if (!CharClasses.IsHex(h1) || !CharClasses.IsHex(h2)) { throw cursor.Error("Invalid percent escape in local name"); }
            sb.Append('%').Append((char)h1).Append((char)h2);
            return;
        }
        var e = cursor.Read();
        if (e < 0 || "_~.-!$&'()*+,;=/?#@%".IndexOf((char)e) < 0)
        {
            throw cursor.Error("Invalid escape in local name");
        }
        sb.Append((char)e);
    }
}
