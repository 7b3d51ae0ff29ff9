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
    private const string ModifiedVowels = "ăâêôơư";

    public static bool IsToneMark(char c) =>
        c is '\u0300' or '\u0301' or '\u0303' or '\u0309' or '\u0323';

    public static bool IsVowel(char c) => Vowels.Contains(char.ToLowerInvariant(c));

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

    /// <summary>
    /// Puts <paramref name="tone"/> on the vowel that carries it in the "new" placement
    /// (Quy tắc đặt dấu thanh, Bộ GD&amp;ĐT 1984: hoà, thuỷ, khoẻ). Returns null when
    /// <paramref name="letters"/> is not shaped like one Vietnamese syllable.
    /// </summary>
    public static string? PlaceTone(string letters, Tone tone)
    {
        if (letters.Length == 0)
        {
            return null;
        }
        var lower = letters.ToLowerInvariant();
        var start = 0;
        while (start < lower.Length && !IsVowel(lower[start]))
        {
            if (!char.IsLetter(lower[start]))
            {
                return null;
            }
            start++;
        }
        if (start == lower.Length)
        {
            return null;
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
                return null; // a second vowel group: not one syllable
            }
        }
        var cluster = lower[start..end];
        if (cluster.Length > 3)
        {
            return null;
        }
        var hasFinal = end < lower.Length;
        int target;
        var modified = cluster.LastIndexOfAny(ModifiedVowels.ToCharArray());
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
        if (tone == Tone.None)
        {
            return letters;
        }
        var position = start + target;
        var vowel = letters[position].ToString().Normalize(NormalizationForm.FormD) + (char)tone;
        return (letters[..position] + vowel.Normalize(NormalizationForm.FormC) + letters[(position + 1)..])
            .Normalize(NormalizationForm.FormC);
    }
}
