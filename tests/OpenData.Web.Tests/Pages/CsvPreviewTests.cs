using System.Text;
using OpenData.Web.Datasets.Previews;

namespace OpenData.Web.Tests.Pages;

public sealed class CsvPreviewTests
{
    private static Task<CsvTable?> Read(string text, bool bom = false, int maxRows = 50)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var content = bom ? [0xEF, 0xBB, 0xBF, .. bytes] : bytes;
        return CsvPreview.ReadAsync(new MemoryStream(content), TestContext.Current.CancellationToken, maxRows);
    }

    [Theory]
    [InlineData("Mã xã,Tên xã\r\n21025,Phường Cẩm Thành\r\n", "Phường Cẩm Thành")]
    [InlineData("Mã xã,Tên xã\n21025,\"Xã Tịnh Khê, Sơn Tịnh\"\n", "Xã Tịnh Khê, Sơn Tịnh")]
    [InlineData("Mã xã,Tên xã\n21025,\"Nói \"\"có\"\"\"\n", "Nói \"có\"")]
    [InlineData("Mã xã,Tên xã\n21025,\"hai\ndòng\"", "hai\ndòng")]
    public async Task Reads_rfc4180_fields(string csv, string expected)
    {
        var table = await Read(csv);

        Assert.NotNull(table);
        Assert.Equal(["Mã xã", "Tên xã"], table.Header);
        Assert.Equal(expected, table.Rows[0][1]);
    }

    [Fact]
    public async Task A_utf8_byte_order_mark_is_not_part_of_the_first_header()
    {
        var table = await Read("Mã xã,Tên xã\n1,a\n", bom: true);

        Assert.Equal("Mã xã", table?.Header[0]);
    }

    [Fact]
    public async Task Only_the_first_rows_are_read_and_the_table_says_so()
    {
        var csv = "a,b\n" + string.Concat(Enumerable.Range(1, 80).Select(i => $"{i},{i}\n"));

        var table = await Read(csv, maxRows: 50);

        Assert.Equal(50, table?.Rows.Count);
        Assert.True(table?.Truncated);
    }

    [Fact]
    public async Task A_file_of_one_endless_line_of_delimiters_gets_no_preview()
    {
        var table = await Read(new string(',', 10_000_000));

        Assert.Null(table);
    }

    [Fact]
    public async Task Rows_past_the_character_budget_are_left_out_and_the_table_says_so()
    {
        var line = new string('x', 100_000);
        var csv = "a,b\n" + string.Concat(Enumerable.Range(1, 20).Select(i => $"{i},{line}\n"));

        var table = await Read(csv);

        Assert.Equal(CsvPreview.MaxChars / 100_003, table?.Rows.Count);
        Assert.True(table?.Truncated);
    }
}
