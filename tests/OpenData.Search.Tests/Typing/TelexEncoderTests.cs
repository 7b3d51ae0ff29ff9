using OpenData.Search.Typing;

namespace OpenData.Search.Tests.Typing;

public sealed class TelexEncoderTests
{
    [Theory]
    [InlineData("dữ liệu", "dwx lieeuj")]
    [InlineData("Đất đai", "ddaats ddai")]
    [InlineData("trường mầm non", "trwowngf maamf non")]
    [InlineData("GIS 2024", "gis 2024")]
    public void Encodes_accented_text_as_telex_keystrokes(string text, string expected) =>
        Assert.Equal(expected, TelexEncoder.Encode(text));

    [Theory]
    [InlineData("dữ")]
    [InlineData("liệu")]
    [InlineData("trường")]
    [InlineData("khuyến")]
    [InlineData("nước")]
    [InlineData("thuỷ")]
    public void Encoded_syllables_decode_back(string syllable) =>
        Assert.Equal(syllable, VietnameseTypingDecoder.Decode(TelexEncoder.Encode(syllable), TypingMethod.Telex));
}
