using System.Text;
using OpenData.Search.Analysis;

namespace OpenData.Search.Typing;

/// <summary>The two common ways of typing Vietnamese on a plain keyboard.</summary>
public enum TypingMethod
{
    /// <summary>Letters as modifiers: aa=â, aw=ă, ow=ơ, uw/w=ư, dd=đ; s f r x j = sắc huyền hỏi ngã nặng.</summary>
    Telex,
    /// <summary>Digits as modifiers: 6=^, 7=horn, 8=breve, 9=đ; 1-5 = sắc huyền hỏi ngã nặng.</summary>
    Vni,
}

/// <summary>
/// Turns keystrokes left behind when an input method was off ("lieeuj", "lie6u5") back into the syllable
/// ("liệu"). Works on one token at a time; returns null when the token does not decode to one Vietnamese syllable.
/// </summary>
public static class VietnameseTypingDecoder
{
    /// <summary>Tries Telex, then VNI; null when neither changes the token into a syllable.</summary>
    public static string? Decode(string token) =>
        Decode(token, TypingMethod.Telex) ?? Decode(token, TypingMethod.Vni);

    public static string? Decode(string token, TypingMethod method)
    {
        if (token.Length < 2 || token.Length > 12 || !VietnameseText.IsAscii(token))
        {
            return null;
        }
        var lower = token.ToLowerInvariant();
        var letters = new StringBuilder(lower.Length);
        var tone = Tone.None;
        var changed = false;
        foreach (var c in lower)
        {
            var applied = method == TypingMethod.Telex ? ApplyTelex(letters, c, ref tone) : ApplyVni(letters, c, ref tone);
            if (applied)
            {
                changed = true;
                continue;
            }
            if (!char.IsAsciiLetterLower(c))
            {
                return null;
            }
            letters.Append(c);
        }
        if (!changed)
        {
            return null;
        }
        var decoded = VietnameseText.PlaceTone(letters.ToString(), tone);
        return decoded is null || decoded == lower ? null : decoded;
    }

    private static bool ApplyTelex(StringBuilder letters, char c, ref Tone tone)
    {
        switch (c)
        {
            case 'd' when letters.Length == 1 && letters[0] == 'd':
                letters[0] = 'đ';
                return true;
            case 'a' or 'e' or 'o':
                return AddCircumflex(letters, c);
            case 'w':
                if (AddHornOrBreve(letters))
                {
                    return true;
                }
                if (VowelClusterStart(letters) < 0)
                {
                    letters.Append('ư'); // "w" alone types ư
                    return true;
                }
                return false;
            case 's' or 'f' or 'r' or 'x' or 'j' when VowelClusterStart(letters) >= 0 && tone == Tone.None:
                tone = c switch
                {
                    's' => Tone.Acute,
                    'f' => Tone.Grave,
                    'r' => Tone.HookAbove,
                    'x' => Tone.Tilde,
                    _ => Tone.DotBelow,
                };
                return true;
            case 'z' when VowelClusterStart(letters) >= 0:
                tone = Tone.None;
                return true;
            default:
                return false;
        }
    }

    private static bool ApplyVni(StringBuilder letters, char c, ref Tone tone)
    {
        switch (c)
        {
            case '9':
                var d = letters.ToString().IndexOf('d');
                if (d < 0)
                {
                    return false;
                }
                letters[d] = 'đ';
                return true;
            case '6':
                for (var i = letters.Length - 1; i >= 0; i--)
                {
                    if (letters[i] is 'a' or 'e' or 'o')
                    {
                        return AddCircumflex(letters, letters[i]);
                    }
                }
                return false;
            case '7':
            case '8':
                return AddHornOrBreve(letters);
            case >= '1' and <= '5' when VowelClusterStart(letters) >= 0 && tone == Tone.None:
                tone = c switch
                {
                    '1' => Tone.Acute,
                    '2' => Tone.Grave,
                    '3' => Tone.HookAbove,
                    '4' => Tone.Tilde,
                    _ => Tone.DotBelow,
                };
                return true;
            case '0' when VowelClusterStart(letters) >= 0:
                tone = Tone.None;
                return true;
            default:
                return false;
        }
    }

    // aa → â, ee → ê, oo → ô.
    private static bool AddCircumflex(StringBuilder letters, char vowel)
    {
        var start = VowelClusterStart(letters);
        if (start < 0)
        {
            return false;
        }
        // Only within the vowel group itself ("lieeu", "hoaa"), never across a consonant ("data" stays data).
        for (var i = letters.Length - 1; i >= start && VietnameseText.IsVowel(letters[i]); i--)
        {
            if (letters[i] == vowel)
            {
                letters[i] = vowel switch { 'a' => 'â', 'e' => 'ê', _ => 'ô' };
                return true;
            }
        }
        return false;
    }

    private static bool AddHornOrBreve(StringBuilder letters)
    {
        var start = VowelClusterStart(letters);
        if (start < 0)
        {
            return false;
        }
        var cluster = letters.ToString(start, letters.Length - start);
        var uo = cluster.IndexOf("uo", StringComparison.Ordinal);
        if (uo >= 0)
        {
            letters[start + uo] = 'ư';
            letters[start + uo + 1] = 'ơ';
            return true;
        }
        for (var i = letters.Length - 1; i >= start; i--)
        {
            var replacement = letters[i] switch { 'u' => 'ư', 'o' => 'ơ', 'a' => 'ă', _ => '\0' };
            if (replacement != '\0')
            {
                letters[i] = replacement;
                return true;
            }
        }
        return false;
    }

    /// <summary>Index where the (last) vowel group starts, including final consonants after it; -1 when there is no vowel yet.</summary>
    private static int VowelClusterStart(StringBuilder letters)
    {
        var i = letters.Length - 1;
        while (i >= 0 && !VietnameseText.IsVowel(letters[i]))
        {
            i--;
        }
        if (i < 0)
        {
            return -1;
        }
        while (i > 0 && VietnameseText.IsVowel(letters[i - 1]))
        {
            i--;
        }
        return i;
    }
}
