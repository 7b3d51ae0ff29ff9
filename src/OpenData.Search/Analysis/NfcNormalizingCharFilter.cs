using System.Globalization;
using System.Text;
using Lucene.Net.Analysis.CharFilters;

namespace OpenData.Search.Analysis;

/// <summary>
/// Composes text to Unicode NFC before tokenizing. Some keyboards (macOS, some Telex IMEs) and text pulled
/// out of PDFs produce NFD ("a" + U+0301), which would otherwise index as a different term than "á".
/// Offsets are corrected so snippets still point into the original text.
/// </summary>
public sealed class NfcNormalizingCharFilter(TextReader input) : BaseCharFilter(input)
{
    private string? _output;
    private int _position;

    public override int Read(char[] cbuf, int off, int len)
    {
        _output ??= Normalize(m_input.ReadToEnd());
        var remaining = _output.Length - _position;
        if (remaining <= 0)
        {
            return 0;
        }
        var n = Math.Min(len, remaining);
        _output.CopyTo(_position, cbuf, off, n);
        _position += n;
        return n;
    }

    public override int Read() =>
        Read(_single, 0, 1) == 0 ? -1 : _single[0];

    private readonly char[] _single = new char[1];

    private string Normalize(string text)
    {
        if (text.IsNormalized(NormalizationForm.FormC))
        {
            return text;
        }
        // Normalize one base character with its combining marks at a time, recording where lengths change.
        var sb = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            var j = i + 1;
            while (j < text.Length && IsCombining(text[j]))
            {
                j++;
            }
            var segment = text[i..j];
            var composed = segment.IsNormalized(NormalizationForm.FormC) ? segment : segment.Normalize(NormalizationForm.FormC);
            sb.Append(composed);
            if (composed.Length != segment.Length)
            {
                AddOffCorrectMap(sb.Length, j - sb.Length);
            }
            i = j;
        }
        return sb.ToString();
    }

    private static bool IsCombining(char c) =>
        CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
}
