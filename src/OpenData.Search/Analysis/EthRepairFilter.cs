using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace OpenData.Search.Analysis;

/// <summary>
/// Replaces the Icelandic eth (Ð U+00D0, ð U+00F0), which legacy fonts and OCR put where Vietnamese has
/// đ (U+0110/U+0111), so "Ðà Nẵng" and "Đà Nẵng" index the same.
/// </summary>
public sealed class EthRepairFilter(TokenStream input) : TokenFilter(input)
{
    private readonly ICharTermAttribute _term = input.AddAttribute<ICharTermAttribute>();

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }
        var buffer = _term.Buffer;
        for (var i = 0; i < _term.Length; i++)
        {
            buffer[i] = buffer[i] switch
            {
                '\u00D0' => '\u0110',
                '\u00F0' => '\u0111',
                var c => c,
            };
        }
        return true;
    }
}
