using System.Globalization;
using System.Text;

namespace OpenData.Search.Analysis;

/// <summary>The five Vietnamese tones other than level (thanh ngang), as Unicode combining marks.</summary>
public enum Tone
{
    None = 0,
    Acute = 0x0301, // sắc
    Grave = 0x0300, // huyền
    HookAbove = 0x0309, // hỏi
    Tilde = 0x0303, // ngã
    DotBelow = 0x0323, // nặng
}

/// <summary>
/// Character-level helpers for Vietnamese syllables: splitting a syllable into its letters and its tone,
/// placing the tone on the right vowel, folding diacritics away. Used by the analysis filters, the
/// Telex/VNI decoder and the snippet builder so that all of them agree.
/// </summary>
public static class VietnameseText
{
    private const string Vowels = "aăâeêioôơuưy";
    private static readonly System.Buffers.SearchValues<char> ModifiedVowels = System.Buffers.SearchValues.Create("ăâêôơư");

    public static bool IsToneMark(char c) =>
        c is '\u0300' or '\u0301' or '\u0303' or '\u0309' or '\u0323';

    public static bool IsVowel(char c) => Vowels.Contains(char.ToLowerInvariant(c), StringComparison.Ordinal);

    /// <summary>Removes every diacritic (tones and vowel marks) and maps đ to d, as ASCIIFoldingFilter does for Vietnamese.</summary>
    public static string Fold(string text)
    {
        if (IsAscii(text))
        {
            return text;
        }
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            sb.Append(c switch
            {
                'đ' or 'ð' => 'd',
                'Đ' or 'Ð' => 'D',
                _ => c,
            });
        }
        return sb.ToString().Normalize(NormalizationForm.FormC);
    }

    public static bool IsAscii(string text)
    {
        foreach (var c in text)
        {
            if (c > 0x7F)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Splits an NFC syllable into its toneless letters (still NFC, keeping â, ơ, đ ...) and its tone.</summary>
    public static (string Letters, Tone Tone, int ToneCount) SplitTone(string syllable)
    {
        var decomposed = syllable.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        var tone = Tone.None;
        var count = 0;
        foreach (var c in decomposed)
        {
            if (IsToneMark(c))
            {
                tone = (Tone)c;
                count++;
                continue;
            }
            sb.Append(c);
        }
        return (sb.ToString().Normalize(NormalizationForm.FormC), tone, count);
    }

    private static readonly Dictionary<char, (char Base, Tone Tone)> ToneOf = BuildToneTable();
    private static readonly Dictionary<(char Base, Tone Tone), char> WithTone =
        ToneOf.ToDictionary(kv => (kv.Value.Base, kv.Value.Tone), kv => kv.Key);

    private static Dictionary<char, (char, Tone)> BuildToneTable()
    {
        var table = new Dictionary<char, (char, Tone)>();
        for (var c = '\u00C0'; c <= '\u1EF9'; c++)
        {
            var d = c.ToString().Normalize(NormalizationForm.FormD);
            var toneMark = d.FirstOrDefault(IsToneMark);
            if (toneMark == default)
            {
                continue;
            }
            var rest = d.Replace(toneMark.ToString(), "", StringComparison.Ordinal).Normalize(NormalizationForm.FormC);
            if (rest.Length == 1 && IsVowel(rest[0]))
            {
                table[c] = (rest[0], (Tone)toneMark);
            }
        }
        return table;
    }

    /// <summary>
    /// Moves the tone of one NFC syllable, in place, to the vowel that carries it in the "new" placement
    /// (hoà, thuỷ, khoẻ). Allocation-free: it runs on every indexed token. Returns false when nothing moved.
    /// </summary>
    public static bool MoveToneInPlace(Span<char> syllable)
    {
        if (syllable.Length > 16)
        {
            return false;
        }
        Span<char> letters = stackalloc char[syllable.Length];
        var tonePosition = -1;
        var tone = Tone.None;
        for (var i = 0; i < syllable.Length; i++)
        {
            var c = syllable[i];
            if (ToneOf.TryGetValue(c, out var split))
            {
                if (tonePosition >= 0)
                {
                    return false; // two tones: not one syllable
                }
                tonePosition = i;
                tone = split.Tone;
                c = split.Base;
            }
            letters[i] = char.ToLowerInvariant(c);
        }
        if (tonePosition < 0)
        {
            return false;
        }
        var target = TonePosition(letters);
        if (target < 0 || target == tonePosition || !WithTone.TryGetValue((syllable[target], tone), out var toned))
        {
            return false;
        }
        syllable[tonePosition] = ToneOf[syllable[tonePosition]].Base;
        syllable[target] = toned;
        return true;
    }

    /// <summary>
    /// Puts <paramref name="tone"/> on the vowel that carries it in the "new" placement
    /// (Quy tắc đặt dấu thanh, Bộ GD&amp;ĐT 1984: hoà, thuỷ, khoẻ). Returns null when
    /// <paramref name="letters"/> is not shaped like one Vietnamese syllable.
    /// </summary>
    public static string? PlaceTone(string letters, Tone tone)
    {
        var position = TonePosition(letters.ToLowerInvariant());
        if (position < 0)
        {
            return null;
        }
        if (tone == Tone.None)
        {
            return letters;
        }
        var chars = letters.ToCharArray();
        if (!WithTone.TryGetValue((chars[position], tone), out var toned))
        {
            return null;
        }
        chars[position] = toned;
        return new string(chars);
    }

    /// <summary>Index of the vowel that takes the tone in lower-case toneless <paramref name="lower"/>; -1 when not one syllable.</summary>
    private static int TonePosition(ReadOnlySpan<char> lower)
    {
        if (lower.Length == 0)
        {
            return -1;
        }
        var start = 0;
        while (start < lower.Length && !IsVowel(lower[start]))
        {
            if (!char.IsLetter(lower[start]))
            {
                return -1;
            }
            start++;
        }
        if (start == lower.Length)
        {
            return -1;
        }
        // "qu" and "gi" are initial consonants when a vowel follows: quà, già.
        if (start > 0 && start + 1 < lower.Length && IsVowel(lower[start + 1]) &&
            ((lower[start - 1] == 'q' && lower[start] == 'u') || (lower[start - 1] == 'g' && lower[start] == 'i')))
        {
            start++;
        }
        var end = start;
        while (end < lower.Length && IsVowel(lower[end]))
        {
            end++;
        }
        for (var i = end; i < lower.Length; i++)
        {
            if (!char.IsLetter(lower[i]) || IsVowel(lower[i]))
            {
                return -1; // a second vowel group: not one syllable
            }
        }
        var cluster = lower[start..end];
        if (cluster.Length > 3)
        {
            return -1;
        }
        var hasFinal = end < lower.Length;
        int target;
        var modified = cluster.LastIndexOfAny(ModifiedVowels);
        if (modified >= 0)
        {
            target = modified;
        }
        else if (hasFinal)
        {
            target = cluster.Length - 1;
        }
        else if (cluster is "oa" or "oe" or "uy")
        {
            target = 1;
        }
        else
        {
            target = cluster.Length == 3 ? 1 : 0;
        }
        return start + target;
    }
}
