using System.Globalization;
using System.Text;

namespace OpenData.Dcat.Rdf;

/// <summary>Escape sequences shared by the N-Triples and Turtle lexers.</summary>
internal static class Escapes
{
    /// <summary>Reads the rest of a UCHAR after the backslash (cursor on 'u' or 'U') and appends it.</summary>
    public static int ReadUchar(TextCursor cursor, StringBuilder sb)
    {
        var kind = cursor.Read();
        var digits = kind == 'u' ? 4 : kind == 'U' ? 8 : throw cursor.Error("Invalid escape sequence \\" + (char)kind);
        var value = 0;
        for (var i = 0; i < digits; i++)
        {
            var c = cursor.Read();
            if (!CharClasses.IsHex(c))
            {
                throw cursor.Error("Invalid hexadecimal digit in \\" + (char)kind + " escape");
            }
            value = (value << 4) + int.Parse(((char)c).ToString(), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        }
        if (value > 0x10FFFF || value is >= 0xD800 and <= 0xDFFF)
        {
            throw cursor.Error("Escape \\" + (char)kind + " is not a Unicode scalar value");
        }
        sb.Append(char.ConvertFromUtf32(value));
        return value;
    }

    /// <summary>Reads an escape inside a string literal (cursor after the backslash).</summary>
    public static void ReadStringEscape(TextCursor cursor, StringBuilder sb)
    {
        var c = cursor.Peek();
        switch (c)
        {
            case 'u' or 'U':
                ReadUchar(cursor, sb);
                return;
            case 't': sb.Append('\t'); break;
            case 'b': sb.Append('\b'); break;
            case 'n': sb.Append('\n'); break;
            case 'r': sb.Append('\r'); break;
            case 'f': sb.Append('\f'); break;
            case '"': sb.Append('"'); break;
            case '\'': sb.Append('\''); break;
            case '\\': sb.Append('\\'); break;
            default: throw cursor.Error("Invalid escape sequence in string");
        }
        cursor.Read();
    }

    /// <summary>Reads an IRIREF body after '&lt;' up to and including '&gt;'.</summary>
    public static string ReadIriRef(TextCursor cursor)
    {
        var sb = new StringBuilder();
        while (true)
        {
            var c = cursor.Read();
            switch (c)
            {
                case TextCursor.Eof:
                    throw cursor.Error("Unterminated IRI");
                case '>':
                    return sb.ToString();
                case '\\':
                    if (cursor.Peek() is not ('u' or 'U'))
                    {
                        throw cursor.Error("Only \\u and \\U escapes are allowed in IRIs");
                    }
                    var value = ReadUchar(cursor, sb);
                    if (CharClasses.IsForbiddenInIri(value))
                    {
                        throw cursor.Error($"Escaped character U+{value:X4} is not allowed in an IRI");
                    }
                    break;
                default:
                    if (CharClasses.IsForbiddenInIri(c))
                    {
                        throw cursor.Error($"Character U+{c:X4} is not allowed in an IRI");
                    }
                    sb.Append((char)c);
                    break;
            }
        }
    }

    /// <summary>Reads a blank node label after "_:" (Turtle 1.1 [141]).</summary>
    public static string ReadBlankNodeLabel(TextCursor cursor)
    {
        var sb = new StringBuilder();
        var (first, w) = CharClasses.PeekCodePoint(cursor, 0);
        if (!(CharClasses.IsPnCharsU(first) || first is >= '0' and <= '9'))
        {
            throw cursor.Error("Invalid blank node label");
        }
        Take(cursor, sb, w);
        while (true)
        {
            var (c, width) = CharClasses.PeekCodePoint(cursor, 0);
            if (CharClasses.IsPnChars(c))
            {
                Take(cursor, sb, width);
            }
            else if (c == '.')
            {
                // A label cannot end with '.', so only take dots that are followed by a name character.
                var k = 0;
                while (cursor.Peek(k) == '.') { k++; }
                if (!CharClasses.IsPnChars(CharClasses.PeekCodePoint(cursor, k).CodePoint)) { break; }
                for (var i = 0; i < k; i++) { sb.Append((char)cursor.Read()); }
            }
            else
            {
                break;
            }
        }
        return sb.ToString();
    }

    /// <summary>Reads a language tag after '@': [a-zA-Z]+ ('-' [a-zA-Z0-9]+)*.</summary>
    public static string ReadLangTag(TextCursor cursor)
    {
        var sb = new StringBuilder();
        while (cursor.Peek() is >= 'a' and <= 'z' or >= 'A' and <= 'Z') { sb.Append((char)cursor.Read()); }
        if (sb.Length == 0) { throw cursor.Error("Invalid language tag"); }
        while (cursor.Peek() == '-')
        {
            sb.Append((char)cursor.Read());
            var n = 0;
            while (cursor.Peek() is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9') { sb.Append((char)cursor.Read()); n++; }
            if (n == 0) { throw cursor.Error("Invalid language tag"); }
        }
        return sb.ToString();
    }

    public static void Take(TextCursor cursor, StringBuilder sb, int width)
    {
        for (var i = 0; i < width; i++)
        {
            sb.Append((char)cursor.Read());
        }
    }
}
