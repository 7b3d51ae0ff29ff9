using System.Text;
using OpenData.Search.Typing;

namespace OpenData.Search.Tests.Typing;

public sealed class VietnameseTypingDecoderTests
{
    [Theory]
    [InlineData("lieeuj", "liệu")]
    [InlineData("dux", "dũ")]
    [InlineData("dwx", "dữ")]
    [InlineData("duwx", "dữ")]
    [InlineData("ddaats", "đất")]
    [InlineData("truwowngf", "trường")]
    [InlineData("trwowngf", "trường")]
    [InlineData("hoaf", "hoà")]
    [InlineData("nuwowcs", "nước")]
    [InlineData("mamf", "màm")]
    [InlineData("maamf", "mầm")]
    [InlineData("thuyr", "thuỷ")]
    public void Decodes_telex(string typed, string expected) =>
        Assert.Equal(expected.Normalize(NormalizationForm.FormC), VietnameseTypingDecoder.Decode(typed, TypingMethod.Telex));

    [Theory]
    [InlineData("lie6u5", "liệu")]
    [InlineData("d9a6t1", "đất")]
    [InlineData("tru7o7ng2", "trường")]
    [InlineData("hoa2", "hoà")]
    public void Decodes_vni(string typed, string expected) =>
        Assert.Equal(expected.Normalize(NormalizationForm.FormC), VietnameseTypingDecoder.Decode(typed, TypingMethod.Vni));

    [Theory]
    [InlineData("data")]
    [InlineData("google")]
    [InlineData("2024")]
    [InlineData("x")]
    [InlineData("dân")]
    public void Leaves_tokens_that_are_not_keystrokes(string typed) =>
        Assert.Null(VietnameseTypingDecoder.Decode(typed));
}
