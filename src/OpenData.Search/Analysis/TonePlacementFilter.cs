using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace OpenData.Search.Analysis;

/// <summary>
/// Moves the tone mark to one canonical vowel, so the old placement (hòa, thủy, khỏe) and the new one
/// (hoà, thuỷ, khoẻ) index as the same term. Canonical form: the new placement (see <see cref="VietnameseText.PlaceTone"/>).
/// Tokens that are not one Vietnamese syllable are left alone.
/// </summary>
public sealed class TonePlacementFilter(TokenStream input) : TokenFilter(input)
{
    private readonly ICharTermAttribute _term = input.AddAttribute<ICharTermAttribute>();

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }
        if (HasNonAscii())
        {
            VietnameseText.MoveToneInPlace(_term.Buffer.AsSpan(0, _term.Length));
        }
        return true;
    }

    private bool HasNonAscii()
    {
        var buffer = _term.Buffer;
        for (var i = 0; i < _term.Length; i++)
        {
            if (buffer[i] > 0x7F)
            {
                return true;
            }
        }
        return false;
    }
}
