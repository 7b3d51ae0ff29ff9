using OpenData.Search.Analysis;

namespace OpenData.Search.Tests.Analysis;

public sealed class EthRepairFilterTests
{
    [Theory]
    [InlineData("\u00D0à Nẵng", "Đà Nẵng")]
    [InlineData("\u00F0ất", "đất")]
    [InlineData("Đà đất", "Đà đất")]
    [InlineData("data", "data")]
    public void Replaces_eth_with_d_stroke(string input, string expected) =>
        Assert.Equal(expected, Tokens.Through(s => new EthRepairFilter(s), input));
}
