using OpenData.Web.Api.Csv;

namespace OpenData.Web.Tests.Api.Csv;

public sealed class CsvWriterTests
{
    [Theory]
    [InlineData("Dân số", "Dân số")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("nói \"xin chào\"", "\"nói \"\"xin chào\"\"\"")]
    [InlineData("dòng 1\ndòng 2", "\"dòng 1\ndòng 2\"")]
    [InlineData("dòng 1\r\ndòng 2", "\"dòng 1\r\ndòng 2\"")]
    [InlineData("", "")]
    [InlineData(null, "")]
    [InlineData(" khoảng trắng ", " khoảng trắng ")]
    public void Fields_are_quoted_as_rfc_4180_says(string? field, string expected)
    {
        Assert.Equal(expected, CsvWriter.Escape(field));
    }

    [Fact]
    public async Task Rows_are_separated_by_crlf()
    {
        var output = new StringWriter();
        var csv = new CsvWriter(output);
        await csv.WriteRowAsync(["ten", "so_luong"], TestContext.Current.CancellationToken);
        await csv.WriteRowAsync(["Xã Tịnh Khê, TP Quảng Ngãi", null], TestContext.Current.CancellationToken);
        Assert.Equal("ten,so_luong\r\n\"Xã Tịnh Khê, TP Quảng Ngãi\",\r\n", output.ToString());
    }
}
