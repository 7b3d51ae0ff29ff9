using System.Text;

namespace OpenData.Web.DataStore;

/// <summary>The text encodings Vietnamese agencies really produce, by the names the data-store settings use.</summary>
public static class TextEncodings
{
    public const string Utf8 = "utf-8";
    public const string Utf8Bom = "utf-8-bom";
    public const string Utf16Le = "utf-16le";
    public const string Utf16Be = "utf-16be";
    public const string Windows1258 = "windows-1258";
    public const string Tcvn3 = "tcvn3";

    public static IReadOnlyList<string> All { get; } = [Utf8, Utf8Bom, Utf16Le, Utf16Be, Windows1258, Tcvn3];

    public static bool IsKnown(string? name) => name is not null && All.Contains(name);

    /// <summary>The decoder for a name; Windows-1258 text still needs NFC normalization (see <see cref="NeedsNormalization"/>).</summary>
    public static Encoding Get(string name) => name switch
    {
        Utf8 or Utf8Bom => new UTF8Encoding(false, false),
        Utf16Le => new UnicodeEncoding(false, false),
        Utf16Be => new UnicodeEncoding(true, false),
        Windows1258 => CodePagesEncodingProvider.Instance.GetEncoding(1258)!,
        Tcvn3 => Tcvn3Encoding.Instance,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "unknown encoding"),
    };

    /// <summary>Windows-1258 writes tone marks as combining characters after the vowel: "a" + U+0301; NFC makes them "á".</summary>
    public static bool NeedsNormalization(string name) => name == Windows1258;

    /// <summary>Bytes of a byte-order mark at the start of a file in this encoding, to skip.</summary>
    public static int PreambleLength(string name) => name switch
    {
        Utf8Bom => 3,
        _ => 0,
    };
}

/// <summary>
/// Guesses a file's encoding from its first bytes: a byte-order mark decides; then UTF-16 without a mark by
/// its zero bytes; then valid UTF-8; otherwise each 8-bit candidate (Windows-1258, TCVN3) is decoded and scored
/// by how many of its non-ASCII words are well-formed Vietnamese syllables, and the best wins.
/// </summary>
public static class EncodingDetector
{
    public const int SampleBytes = 256 * 1024;

    public static string Detect(ReadOnlySpan<byte> sample)
    {
        if (sample.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return TextEncodings.Utf8Bom;
        }
        if (sample.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return TextEncodings.Utf16Le;
        }
        if (sample.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return TextEncodings.Utf16Be;
        }
        if (LooksLikeUtf16(sample, out var bigEndian))
        {
            return bigEndian ? TextEncodings.Utf16Be : TextEncodings.Utf16Le;
        }
        if (IsValidUtf8(sample))
        {
            return TextEncodings.Utf8;
        }
        var windows = Score(TextEncodings.Windows1258, sample);
        var tcvn = Score(TextEncodings.Tcvn3, sample);
        return tcvn > windows ? TextEncodings.Tcvn3 : TextEncodings.Windows1258;
    }

    /// <summary>Mostly-ASCII text in UTF-16 has a zero in every other byte.</summary>
    private static bool LooksLikeUtf16(ReadOnlySpan<byte> sample, out bool bigEndian)
    {
        int evenZeros = 0, oddZeros = 0;
        var length = Math.Min(sample.Length, 4096) & ~1;
        for (var i = 0; i < length; i += 2)
        {
            evenZeros += sample[i] == 0 ? 1 : 0;
            oddZeros += sample[i + 1] == 0 ? 1 : 0;
        }
        var pairs = length / 2;
        bigEndian = evenZeros > oddZeros;
        return pairs >= 2 && Math.Max(evenZeros, oddZeros) > pairs * 0.3 && Math.Min(evenZeros, oddZeros) < pairs * 0.05;
    }

    /// <summary>Valid UTF-8, forgiving a multi-byte sequence cut off at the end of the sample.</summary>
    private static bool IsValidUtf8(ReadOnlySpan<byte> sample)
    {
        var trimmed = sample;
        for (var back = 1; back <= 3 && back <= sample.Length; back++)
        {
            var b = sample[^back];
            if ((b & 0xC0) == 0xC0)
            {
                var needed = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
                if (needed > back)
                {
                    trimmed = sample[..^back];
                }
                break;
            }
            if ((b & 0x80) == 0)
            {
                break;
            }
        }
        return System.Text.Unicode.Utf8.IsValid(trimmed);
    }

    /// <summary>Well-formed syllables minus malformed words, over words that have a non-ASCII letter.</summary>
    public static int Score(string encoding, ReadOnlySpan<byte> sample)
    {
        var text = TextEncodings.Get(encoding).GetString(sample);
        if (TextEncodings.NeedsNormalization(encoding))
        {
            text = text.Normalize(NormalizationForm.FormC);
        }
        var score = 0;
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && (char.IsLetter(text[i]) || char.GetUnicodeCategory(text[i]) == System.Globalization.UnicodeCategory.NonSpacingMark);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                var word = text[start..i];
                var boundary = i < text.Length ? text[i] : ' ';
                if (word.Any(c => c > 127))
                {
                    // A word glued to a symbol (TCVN3 letters decoded as "µ", "·") counts against the candidate.
                    score += VietnameseText.IsSyllable(word) && (boundary < 128 || char.IsWhiteSpace(boundary)) ? 1 : -1;
                }
                start = -1;
            }
            else if (!inWord && i < text.Length && text[i] > 127 && !char.IsWhiteSpace(text[i]))
            {
                score--;
            }
        }
        return score;
    }
}
