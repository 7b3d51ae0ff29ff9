using System.Text;
using OpenData.Search.Analysis;

namespace OpenData.Search.Typing;

/// <summary>
/// Writes accented text as the Telex keystrokes someone would leave behind with the input method switched off
/// ("dữ liệu" → "dwx lieeuj"). Lets tests and evaluations generate Telex-typed variants of queries.
/// </summary>
public static class TelexEncoder
{
    public static string Encode(string text)
    {
        var sb = new StringBuilder(text.Length + 8);
        var word = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormC))
        {
            if (char.IsLetter(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                word.Append(c);
                continue;
            }
            Flush(word, sb);
            sb.Append(c);
        }
        Flush(word, sb);
        return sb.ToString();
    }

    private static void Flush(StringBuilder word, StringBuilder output)
    {
        if (word.Length == 0)
        {
            return;
        }
        var (letters, tone, _) = VietnameseText.SplitTone(word.ToString().ToLowerInvariant());
        foreach (var c in letters)
        {
            output.Append(c switch
            {
                'đ' => "dd",
                'ă' => "aw",
                'â' => "aa",
                'ê' => "ee",
                'ô' => "oo",
                'ơ' => "ow",
                'ư' => "w",
                _ => c.ToString(),
            });
        }
        output.Append(tone switch
        {
            Tone.Acute => "s",
            Tone.Grave => "f",
            Tone.HookAbove => "r",
            Tone.Tilde => "x",
            Tone.DotBelow => "j",
            _ => "",
        });
        word.Clear();
    }
}
