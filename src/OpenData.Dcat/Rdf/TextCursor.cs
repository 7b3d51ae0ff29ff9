namespace OpenData.Dcat.Rdf;

/// <summary>
/// A forward-only cursor over a <see cref="TextReader"/> with a few characters of look-ahead and
/// line/column tracking. Reads in blocks, so memory stays flat on large inputs.
/// </summary>
internal sealed class TextCursor(TextReader reader)
{
    public const int Eof = -1;
    private char[] buffer = new char[8192];
    private int start;
    private int end;
    private bool exhausted;

    public int Line { get; private set; } = 1;

    public int Column { get; private set; } = 1;

    /// <summary>The character <paramref name="offset"/> positions ahead, or <see cref="Eof"/>.</summary>
    public int Peek(int offset = 0)
    {
        while (start + offset >= end)
        {
            if (!Fill())
            {
                return Eof;
            }
        }
        return buffer[start + offset];
    }

    public int Read()
    {
        var c = Peek();
        if (c == Eof)
        {
            return Eof;
        }
        start++;
        if (c == '\n')
        {
            Line++;
            Column = 1;
        }
        else
        {
            Column++;
        }
        return c;
    }

    public RdfSyntaxException Error(string message) => new(message, Line, Column);

    private bool Fill()
    {
        if (exhausted)
        {
            return false;
        }
        if (start > 0)
        {
            Array.Copy(buffer, start, buffer, 0, end - start);
            end -= start;
            start = 0;
        }
        if (end == buffer.Length)
        {
            Array.Resize(ref buffer, buffer.Length * 2);
        }
        var n = reader.Read(buffer, end, buffer.Length - end);
        if (n <= 0)
        {
            exhausted = true;
            return false;
        }
        end += n;
        return true;
    }
}

/// <summary>Character classes shared by the N-Triples and Turtle lexers (Turtle 1.1 §6.5 productions).</summary>
internal static class CharClasses
{
    public static bool IsPnCharsBase(int c) =>
        c is >= 'A' and <= 'Z' or >= 'a' and <= 'z'
            or >= 0xC0 and <= 0xD6 or >= 0xD8 and <= 0xF6 or >= 0xF8 and <= 0x2FF
            or >= 0x370 and <= 0x37D or >= 0x37F and <= 0x1FFF or >= 0x200C and <= 0x200D
            or >= 0x2070 and <= 0x218F or >= 0x2C00 and <= 0x2FEF or >= 0x3001 and <= 0xD7FF
            or >= 0xF900 and <= 0xFDCF or >= 0xFDF0 and <= 0xFFFD or >= 0x10000 and <= 0xEFFFF;

    public static bool IsPnCharsU(int c) => c == '_' || IsPnCharsBase(c);

    public static bool IsPnChars(int c) =>
        IsPnCharsU(c) || c == '-' || c is >= '0' and <= '9' || c == 0xB7 || c is >= 0x300 and <= 0x36F || c is >= 0x203F and <= 0x2040;

    public static bool IsHex(int c) => c is >= '0' and <= '9' or >= 'a' and <= 'f' or >= 'A' and <= 'F';

    /// <summary>Characters IRIREF forbids, raw or as a UCHAR (Turtle 1.1 [18]).</summary>
    public static bool IsForbiddenInIri(int c) =>
        c <= 0x20 || c is '<' or '>' or '"' or '{' or '}' or '|' or '^' or '`' or '\\';

    /// <summary>The code point at the cursor (joining a surrogate pair) and how many chars it spans.</summary>
    public static (int CodePoint, int Width) PeekCodePoint(TextCursor cursor, int offset)
    {
        var c = cursor.Peek(offset);
        if (c >= 0 && char.IsHighSurrogate((char)c))
        {
            var d = cursor.Peek(offset + 1);
            if (d >= 0 && char.IsLowSurrogate((char)d))
            {
                return (char.ConvertToUtf32((char)c, (char)d), 2);
            }
        }
        return (c, 1);
    }
}
