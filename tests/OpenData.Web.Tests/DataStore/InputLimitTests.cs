using System.IO.Compression;
using System.Text;
using OpenData.Web.DataStore;
using OpenData.Web.Hosting;
using OpenData.Web.Tests.Infrastructure;

namespace OpenData.Web.Tests.DataStore;

/// <summary>Uploads built to exhaust the portal's memory (a zip bomb, an endless line) fail with a message instead.</summary>
public sealed class InputLimitTests
{
    private const int MiB = 1024 * 1024;

    /// <summary>A small limit set for the tests that need the limits close: 100-character cells, 300-character rows.</summary>
    private static readonly InputLimits Small = new() { MaxCellChars = 100, MaxRowChars = 300 };

    private static UnreadableFileException ReadFails(string path, InputLimits? limits = null) =>
        Assert.Throws<UnreadableFileException>(() => TabularFile.Records(path, TabularFile.Sniff(path, null), limits).ToList());

    [Theory]
    [InlineData("inline")]
    [InlineData("shared")]
    public void An_xlsx_with_one_256_MiB_cell_fails_at_the_cell_limit_without_holding_the_cell(string kind)
    {
        var path = XlsxBomb.OneHugeCell(256L * MiB, shared: kind == "shared");
        Assert.True(new FileInfo(path).Length < 2 * MiB, "the bomb is small on disk");
        var before = GC.GetAllocatedBytesForCurrentThread();

        var failure = ReadFails(path);

        // The cell alone would be 512 MiB as a string; the reader stops after the first megabyte of it.
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 64L * MiB, $"{(GC.GetAllocatedBytesForCurrentThread() - before) / MiB} MiB allocated");
        Assert.Equal(kind == "shared" ? "Datastore.XlsxSharedStringTooLong" : "Datastore.CellTooLong", failure.TextKey);
        Assert.Equal(InputLimits.Default.MaxCellChars, failure.Arguments[1]);
    }

    [Fact]
    public void An_xlsx_part_that_inflates_a_thousand_times_fails_at_the_ratio_limit()
    {
        // 64 MiB of one repeated empty element: harmless XML, but no real sheet compresses like that.
        var path = XlsxBomb.Write(sheet => XlsxBomb.Repeat(sheet, "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>a</t></is></c></row>", "<x/>", 64L * MiB, "</sheetData>"));

        var failure = ReadFails(path);

        Assert.Equal("Datastore.XlsxInflateRatio", failure.TextKey);
        Assert.Equal(new object[] { "xl/worksheets/sheet1.xml", 100 }, failure.Arguments);
    }

    [Fact]
    public void An_xlsx_part_past_the_inflated_size_limit_fails_at_that_limit()
    {
        var limits = new InputLimits { MaxInflatedPartBytes = 2 * MiB, MaxInflateRatio = int.MaxValue };
        var path = XlsxBomb.Write(sheet => XlsxBomb.Repeat(sheet, "<sheetData>", "<row><c t=\"inlineStr\"><is><t>Xã Tịnh Kỳ</t></is></c></row>", 3L * MiB, "</sheetData>"));

        var failure = ReadFails(path, limits);

        Assert.Equal("Datastore.XlsxPartTooLarge", failure.TextKey);
        Assert.Equal(new object[] { "xl/worksheets/sheet1.xml", 2L * MiB }, failure.Arguments);
    }

    [Fact]
    public void An_xlsx_row_longer_than_the_row_limit_fails_with_its_line()
    {
        var cells = string.Concat(Enumerable.Range(0, 4).Select(_ => $"<c t=\"inlineStr\"><is><t>{new string('x', 90)}</t></is></c>"));
        var path = XlsxBomb.Write(sheet => XlsxBomb.Text(sheet, $"<sheetData><row r=\"1\"><c t=\"inlineStr\"><is><t>a</t></is></c></row><row r=\"2\">{cells}</row></sheetData>"));

        var failure = ReadFails(path, Small);

        Assert.Equal("Datastore.RowTooLong", failure.TextKey);
        Assert.Equal(new object[] { 2L, 300 }, failure.Arguments);
    }

    [Fact]
    public void An_xlsx_attribute_of_many_megabytes_fails_before_the_xml_reader_holds_it()
    {
        var path = XlsxBomb.Write(sheet => XlsxBomb.Repeat(sheet, "<sheetData><row r=\"1\"><c r=\"A1\" s=\"", "1", 32L * MiB, "\"/></row></sheetData>"));

        var failure = ReadFails(path, new InputLimits { MaxInflateRatio = int.MaxValue });

        Assert.Equal("Datastore.XlsxMarkupTooLong", failure.TextKey);
    }

    [Fact]
    public void An_xlsx_cell_past_column_XFD_fails_instead_of_padding_the_row()
    {
        var path = XlsxBomb.Write(sheet => XlsxBomb.Text(sheet, "<sheetData><row r=\"1\"><c r=\"ZZZZZZZZ1\" t=\"inlineStr\"><is><t>a</t></is></c></row></sheetData>"));

        var failure = ReadFails(path);

        Assert.Equal("Datastore.XlsxCellOutsideSheet", failure.TextKey);
        Assert.Equal(new object[] { 1L, "ZZZZZZZZ1" }, failure.Arguments);
    }

    [Fact]
    public void A_small_xlsx_written_by_hand_still_reads()
    {
        var path = XlsxBomb.Write(sheet => XlsxBomb.Text(sheet,
            "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Tên</t></is></c><c r=\"C1\" t=\"inlineStr\"><is><r><t>Dân </t></r><r><t>số</t></r></is></c></row>"
            + "<row r=\"3\"><c r=\"A3\" t=\"s\"><v>0</v></c><c r=\"C3\"><v>8003</v></c></row></sheetData>"), sharedStrings: ["Xã Tịnh Kỳ"]);

        var records = TabularFile.Records(path, TabularFile.Sniff(path, null)).ToList();

        Assert.Equal(["Tên", "", "Dân số"], records[0].Fields);
        Assert.Equal(["Xã Tịnh Kỳ", "", "8003"], records[1].Fields);
        Assert.Equal(3, records[1].Line);
    }

    public static TheoryData<string, string, long> OverlongCsv => new()
    {
        // One line of 150 characters and no delimiter: a field past 100.
        { "a,b\n1,2\n" + new string('x', 150) + "\n", "Datastore.CellTooLong", 3 },
        // A quoted field that runs over several lines counts from the line it starts on.
        { "a,b\n\"" + string.Join("\n", Enumerable.Repeat(new string('y', 40), 4)) + "\",2\n", "Datastore.CellTooLong", 2 },
        // Short fields, but 4 × 90 characters and their delimiters make a 363-character record.
        { "a,b,c,d\n" + string.Join(",", Enumerable.Repeat(new string('z', 90), 4)) + "\n", "Datastore.RowTooLong", 2 },
    };

    [Theory]
    [MemberData(nameof(OverlongCsv))]
    public void A_csv_line_or_field_past_its_limit_fails_with_the_line(string csv, string textKey, long line)
    {
        var path = TabularReadingTests.WriteTemp(Encoding.UTF8.GetBytes(csv));

        var failure = ReadFails(path, Small);

        Assert.Equal(textKey, failure.TextKey);
        Assert.Equal(line, failure.Arguments[0]);
    }

    [Fact]
    public void A_csv_of_one_endless_line_fails_without_holding_the_line()
    {
        var path = Path.Combine(Path.GetTempPath(), "opendata-ds-" + Guid.NewGuid().ToString("N") + ".csv");
        using (var file = File.Create(path))
        {
            file.Write("a\n"u8);
            var chunk = Encoding.ASCII.GetBytes(new string('x', MiB));
            for (var i = 0; i < 64; i++)
            {
                file.Write(chunk);
            }
        }
        var before = GC.GetAllocatedBytesForCurrentThread();

        var failure = ReadFails(path);

        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 32L * MiB, $"{(GC.GetAllocatedBytesForCurrentThread() - before) / MiB} MiB allocated");
        Assert.Equal("Datastore.CellTooLong", failure.TextKey);
        File.Delete(path);
    }
}

/// <summary>The data store's loader fails such uploads with the message an editor reads on the resource page.</summary>
public sealed class DatastoreInputLimitTests(EmptySqlitePortal portal) : IClassFixture<EmptySqlitePortal>
{
    [Fact]
    public async Task An_xlsx_bomb_upload_fails_its_load_with_a_vietnamese_message()
    {
        var bytes = await File.ReadAllBytesAsync(XlsxBomb.OneHugeCell(256L * 1024 * 1024, shared: false), TestContext.Current.CancellationToken);

        var info = await DatastoreFixtures.UploadAndWaitForAsync(portal, bytes, "bom.xlsx");

        Assert.Equal(DatastoreStatus.Failed, info.Status);
        Assert.Equal("Dòng 2 có một ô dài hơn 1.000.000 ký tự: tệp không được nạp", info.Message);
    }

    [Fact]
    public async Task A_csv_with_an_overlong_line_fails_its_load_with_a_vietnamese_message()
    {
        var csv = "mã,tên\n1,Xã Tịnh Kỳ\n2," + new string('x', 1_000_001) + "\n";

        var info = await DatastoreFixtures.UploadAndWaitForAsync(portal, Encoding.UTF8.GetBytes(csv), "dai.csv");

        Assert.Equal(DatastoreStatus.Failed, info.Status);
        Assert.Equal("Dòng 3 có một ô dài hơn 1.000.000 ký tự: tệp không được nạp", info.Message);
    }
}

/// <summary>Minimal XLSX packages written byte by byte, so a test can make a part no spreadsheet program would.</summary>
internal static class XlsxBomb
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    /// <summary>A header row and a second row whose one cell is <paramref name="length"/> letters 'A' (inline or in the shared strings).</summary>
    public static string OneHugeCell(long length, bool shared)
    {
        const string header = "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>ghi chú</t></is></c></row><row r=\"2\">";
        return shared
            ? Write(sheet => Text(sheet, header + "<c r=\"A2\" t=\"s\"><v>0</v></c></row></sheetData>"),
                strings => Repeat(strings, $"<sst xmlns=\"{Main}\"><si><t>", "A", length, "</t></si></sst>"))
            : Write(sheet => Repeat(sheet, header + "<c r=\"A2\" t=\"inlineStr\"><is><t>", "A", length, "</t></is></c></row></sheetData>"));
    }

    public static string Write(Action<Stream> sheetData, string[] sharedStrings) =>
        Write(sheetData, strings => Text(strings, $"<sst xmlns=\"{Main}\">" + string.Concat(sharedStrings.Select(s => $"<si><t>{s}</t></si>")) + "</sst>"));

    /// <summary>A workbook of one sheet: <paramref name="sheetData"/> writes what goes inside &lt;worksheet&gt;.</summary>
    public static string Write(Action<Stream> sheetData, Action<Stream>? sharedStrings = null)
    {
        var path = Path.Combine(Path.GetTempPath(), "opendata-ds-" + Guid.NewGuid().ToString("N") + ".xlsx");
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        void Entry(string name, Action<Stream> write)
        {
            using var stream = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
            write(stream);
        }
        Entry("[Content_Types].xml", s => Text(s, "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>"));
        Entry("_rels/.rels", s => Text(s, "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"));
        Entry("xl/workbook.xml", s => Text(s, $"<workbook xmlns=\"{Main}\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"));
        Entry("xl/_rels/workbook.xml.rels", s => Text(s, "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
            + (sharedStrings is null ? "" : "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>")
            + "</Relationships>"));
        Entry("xl/worksheets/sheet1.xml", s =>
        {
            Text(s, $"<worksheet xmlns=\"{Main}\">");
            sheetData(s);
            Text(s, "</worksheet>");
        });
        if (sharedStrings is not null)
        {
            Entry("xl/sharedStrings.xml", sharedStrings);
        }
        return path;
    }

    public static void Text(Stream stream, string text) => stream.Write(Encoding.UTF8.GetBytes(text));

    /// <summary>Writes <paramref name="head"/>, whole <paramref name="unit"/>s for at least <paramref name="bytes"/> bytes, then <paramref name="tail"/>.</summary>
    public static void Repeat(Stream stream, string head, string unit, long bytes, string tail)
    {
        Text(stream, head);
        var block = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(unit, Math.Max(1, 1024 * 1024 / unit.Length))));
        for (long written = 0; written < bytes; written += block.Length)
        {
            stream.Write(block);
        }
        Text(stream, tail);
    }
}
