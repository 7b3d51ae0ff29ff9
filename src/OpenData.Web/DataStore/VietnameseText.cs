using System.Globalization;
using System.Text;

namespace OpenData.Web.DataStore;

/// <summary>Small Vietnamese text helpers: diacritic folding for search, and a syllable validator for encoding detection.</summary>
public static class VietnameseText
{
    // Folding table for U+0000–U+1EFF (Latin, Vietnamese letters), built once from Unicode decomposition, so
    // folding a million rows is a table lookup per character instead of a normalization per string.
    private static readonly char[] FoldTable = BuildFoldTable();

    private static char[] BuildFoldTable()
    {
        var table = new char[0x1F00];
        for (var i = 0; i < table.Length; i++)
        {
            var c = (char)i;
            if (char.IsSurrogate(c))
            {
                table[i] = c;
                continue;
            }
            var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
            var first = decomposed.FirstOrDefault(d => CharUnicodeInfo.GetUnicodeCategory(d) != UnicodeCategory.NonSpacingMark);
            table[i] = first == default ? '\0' : first is 'đ' or 'Đ' ? 'd' : char.ToLowerInvariant(first);
        }
        table['đ'] = table['Đ'] = 'd';
        return table;
    }

    /// <summary>Appends the folded form of <paramref name="text"/> (see <see cref="Fold"/>) without allocating a string for it.</summary>
    public static void AppendFolded(StringBuilder builder, string text)
    {
        foreach (var c in text)
        {
            var folded = c < FoldTable.Length ? FoldTable[c] : char.ToLowerInvariant(c);
            if (folded != '\0')
            {
                builder.Append(folded);
            }
        }
    }

    /// <summary>Longest word kept for full text: PostgreSQL refuses lexemes over 2 047 bytes (a CJK letter is 3 bytes in UTF-8).</summary>
    public const int MaxWordLength = 500;

    /// <summary>
    /// Appends the folded words of <paramref name="text"/> (runs of letters and digits; everything else separates
    /// words), each preceded by one space unless the builder is empty: "Xã Tịnh Kỳ, 2024" → "xa tinh ky 2024".
    /// The data store's full text and its queries are cut by this one function, so both stores see the same words.
    /// </summary>
    public static void AppendWords(StringBuilder builder, string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var folded = '\0';
            var isWordChar = false;
            if (i < text.Length)
            {
                var c = text[i];
                folded = c < FoldTable.Length ? FoldTable[c] : char.ToLowerInvariant(c);
                // A dropped combining mark (folded to \0) belongs to the word it marks.
                isWordChar = folded == '\0' ? start >= 0 : char.IsLetterOrDigit(folded);
            }
            if (isWordChar)
            {
                if (start < 0)
                {
                    if (builder.Length > 0)
                    {
                        builder.Append(' ');
                    }
                    start = builder.Length;
                }
                if (folded != '\0')
                {
                    builder.Append(folded);
                }
            }
            else if (start >= 0)
            {
                if (builder.Length - start > MaxWordLength)
                {
                    builder.Length = start == 0 ? 0 : start - 1;
                }
                start = -1;
            }
        }
    }

    /// <summary>The folded words of a text (see <see cref="AppendWords"/>): "Đức Phổ!" → ["duc", "pho"].</summary>
    public static IReadOnlyList<string> Words(string text)
    {
        var builder = new StringBuilder(text.Length);
        AppendWords(builder, text);
        return builder.Length == 0 ? [] : builder.ToString().Split(' ');
    }

    /// <summary>Lower case without tone or vowel marks, đ → d: "Quảng Ngãi" → "quang ngai". Combining marks (Windows-1258 style) are dropped.</summary>
    public static string Fold(string text)
    {
        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                span[i] = c < FoldTable.Length ? FoldTable[c] : char.ToLowerInvariant(c);
            }
        }).Replace("\0", "", StringComparison.Ordinal);
    }

    private static readonly string[] Initials =
    [
        "ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr",
        "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", "",
    ];

    private static readonly string[] Finals = ["ch", "ng", "nh", "c", "m", "n", "p", "t", ""];

    // Vowel nuclei after tone marks are removed (vowel marks ă â ê ô ơ ư kept), with their glides (oa, uy, ươ...).
    private static readonly HashSet<string> Nuclei = new(StringComparer.Ordinal)
    {
        "a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y",
        "ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "ia", "iê", "iu", "oa", "oă", "oe", "oi", "oo", "ôi", "ơi",
        "ua", "uâ", "uê", "ui", "uô", "uơ", "uy", "ưa", "ưi", "ưu", "ươ", "yê",
        "iêu", "oai", "oay", "oeo", "uây", "uôi", "ươi", "ươu", "uya", "uyê", "uyu", "yêu", "ưa", "oao",
    };

    /// <summary>Whether a lower- or upper-case word is a well-formed Vietnamese syllable (at most one tone mark, a known shape).</summary>
    public static bool IsSyllable(string word)
    {
        if (word.Length is 0 or > 7)
        {
            return false;
        }
        var decomposed = word.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var tones = 0;
        var bare = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            switch (c)
            {
                case '\u0300' or '\u0301' or '\u0303' or '\u0309' or '\u0323':
                    tones++;
                    break;
                default:
                    bare.Append(c);
                    break;
            }
        }
        if (tones > 1)
        {
            return false;
        }
        var s = bare.ToString().Normalize(NormalizationForm.FormC);
        foreach (var initial in Initials)
        {
            if (!s.StartsWith(initial, StringComparison.Ordinal))
            {
                continue;
            }
            var rest = s[initial.Length..];
            foreach (var final in Finals)
            {
                if (rest.Length > final.Length && rest.EndsWith(final, StringComparison.Ordinal)
                    && Nuclei.Contains(rest[..^final.Length]))
                {
                    return true;
                }
            }
        }
        return false;
    }
}
