using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using OpenData.Web.DataStore;

namespace OpenData.Web.Tests.DataStore;

public sealed class TabularReadingTests
{
    private const string Sentence = "Cộng hoà xã hội chủ nghĩa Việt Nam - Độc lập - Tự do - Hạnh phúc";

    // The same sentence as an old .VnTime document stores it, written here as its Windows-1252 glyphs.
    private const string SentenceTcvn3Glyphs = "Céng hoµ x· héi chñ nghÜa ViÖt Nam - §éc lËp - Tù do - H¹nh phóc";

    static TabularReadingTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static TheoryData<string, string> Encodings => new()
    {
        { "utf-8", TextEncodings.Utf8 },
        { "utf-8-bom", TextEncodings.Utf8Bom },
        { "utf-16le-bom", TextEncodings.Utf16Le },
        { "utf-16be-bom", TextEncodings.Utf16Be },
        { "utf-16le", TextEncodings.Utf16Le },
        { "utf-16be", TextEncodings.Utf16Be },
        { "windows-1258", TextEncodings.Windows1258 },
        { "tcvn3", TextEncodings.Tcvn3 },
    };

    [Theory]
    [MemberData(nameof(Encodings))]
    public void Each_encoding_reads_back_the_same_NFC_text(string fixture, string expectedEncoding)
    {
        var path = WriteTemp(Bytes(fixture, "Câu\r\n" + Sentence + "\r\n"));
        var format = TabularFile.Sniff(path, forcedEncoding: null);
        var records = TabularFile.Records(path, format).ToList();

        Assert.Equal(expectedEncoding, format.Encoding);
        Assert.Equal("Câu", records[0].Fields[0]);
        Assert.Equal(Sentence, records[1].Fields[0]);
        Assert.True(records[1].Fields[0].IsNormalized(NormalizationForm.FormC));
    }

    [Fact]
    public void A_forced_encoding_overrides_the_guess()
    {
        var path = WriteTemp(Bytes("tcvn3", "Câu\r\n" + Sentence + "\r\n"));
        var format = TabularFile.Sniff(path, TextEncodings.Windows1258);
        Assert.Equal(TextEncodings.Windows1258, format.Encoding);
    }

    [Theory]
    [InlineData(0xB8, 'á')]
    [InlineData(0xB5, 'à')]
    [InlineData(0xB6, 'ả')]
    [InlineData(0xB7, 'ã')]
    [InlineData(0xB9, 'ạ')]
    [InlineData(0xAE, 'đ')]
    [InlineData(0xA7, 'Đ')]
    [InlineData(0xA8, 'ă')]
    [InlineData(0xA9, 'â')]
    [InlineData(0xAA, 'ê')]
    [InlineData(0xAB, 'ô')]
    [InlineData(0xAC, 'ơ')]
    [InlineData(0xAD, 'ư')]
    [InlineData(0xA1, 'Ă')]
    [InlineData(0xA2, 'Â')]
    [InlineData(0xA3, 'Ê')]
    [InlineData(0xA4, 'Ô')]
    [InlineData(0xA5, 'Ơ')]
    [InlineData(0xA6, 'Ư')]
    [InlineData(0xBE, 'ắ')]
    [InlineData(0xC6, 'ặ')]
    [InlineData(0xCA, 'ấ')]
    [InlineData(0xCB, 'ậ')]
    [InlineData(0xD5, 'ế')]
    [InlineData(0xD6, 'ệ')]
    [InlineData(0xDC, 'ĩ')]
    [InlineData(0xE8, 'ố')]
    [InlineData(0xE9, 'ộ')]
    [InlineData(0xED, 'ớ')]
    [InlineData(0xEE, 'ợ')]
    [InlineData(0xF8, 'ứ')]
    [InlineData(0xF9, 'ự')]
    [InlineData(0xFD, 'ý')]
    [InlineData(0xFE, 'ỵ')]
    [InlineData(0x41, 'A')]
    public void Tcvn3_bytes_decode_to_their_letters(int code, char letter) =>
        Assert.Equal(letter, Tcvn3Encoding.Decode((byte)code));

    [Fact]
    public void Tcvn3_table_holds_every_lower_case_toned_letter_and_the_seven_capitals()
    {
        var decoded = Enumerable.Range(0xA1, 0xFF - 0xA1).Select(b => Tcvn3Encoding.Decode((byte)b)).ToList();
        const string vowels = "aăâeêioôơuưy";
        var expected = vowels.SelectMany(v => new[] { "\u0300", "\u0301", "\u0303", "\u0309", "\u0323" }.Select(t => (v + t).Normalize(NormalizationForm.FormC)[0]))
            .Concat("ăâêôơưđĂÂÊÔƠƯĐ").ToList();
        Assert.All(expected, c => Assert.Contains(c, decoded));
    }

    [Theory]
    [InlineData("người", true)]
    [InlineData("nghiêng", true)]
    [InlineData("quyết", true)]
    [InlineData("Quảng", true)]
    [InlineData("hoà", true)]
    [InlineData("giữa", true)]
    [InlineData("khuỷu", true)]
    [InlineData("hoµ", false)]
    [InlineData("cụũng", false)]
    [InlineData("xyz", false)]
    [InlineData("ảá", false)]
    public void Syllable_validator_knows_Vietnamese_syllables(string word, bool valid) =>
        Assert.Equal(valid, VietnameseText.IsSyllable(word));

    [Theory]
    [InlineData("Quảng Ngãi", "quang ngai")]
    [InlineData("ĐẮK LẮK", "dak lak")]
    [InlineData("Trường THPT", "truong thpt")]
    public void Folding_drops_case_and_diacritics(string text, string folded) =>
        Assert.Equal(folded, VietnameseText.Fold(text));

    [Theory]
    [InlineData("Xã Tịnh Kỳ, 2024", "xa tinh ky 2024")]
    [InlineData("  Hộ cận-nghèo (đã rà soát)  ", "ho can ngheo da ra soat")]
    [InlineData("55.72 km²", "55 72 km")]
    [InlineData("hoa\u0300 bi\u0300nh", "hoa binh")]
    [InlineData("—", "")]
    public void Words_are_folded_runs_of_letters_and_digits_separated_by_one_space(string text, string words) =>
        Assert.Equal(words, string.Join(" ", VietnameseText.Words(text)));

    [Theory]
    [InlineData("a,b,c\n1,2,3\n4,5,6\n", ',')]
    [InlineData("a;b;c\n1,5;2;3\n4;5,5;6\n", ';')]
    [InlineData("a\tb\tc\n1\t2\t3\n", '\t')]
    [InlineData("a|b|c\n1|2|3\n", '|')]
    [InlineData("tên;ghi chú\n\"Nguyễn, Văn A\";x\nB;y\n", ';')]
    public void Delimiter_is_the_one_with_consistent_field_counts(string text, char expected) =>
        Assert.Equal(expected, DelimiterDetector.Detect(text));

    [Fact]
    public void Quoted_fields_keep_delimiters_newlines_and_doubled_quotes()
    {
        var text = "a,b\r\n\"x, y\",\"dòng 1\ndòng 2\"\r\n\"nói \"\"có\"\"\",3\r\n";
        var records = new CsvParser(new StringReader(text), ',').Records().ToList();

        Assert.Equal(["x, y", "dòng 1\ndòng 2"], records[1].Fields);
        Assert.Equal(["nói \"có\"", "3"], records[2].Fields);
        Assert.Equal(4, records[2].Line);
    }

    [Theory]
    [InlineData(new[] { "Tên", "", "Tên", " " }, new[] { "Tên", "column_2", "Tên_2", "column_4" })]
    [InlineData(new[] { "_id", "a" }, new[] { "id", "a" })]
    public void Header_names_are_made_unique_and_never_blank(string[] header, string[] ids) =>
        Assert.Equal(ids, TabularFile.FieldIds(header));

    [Theory]
    [InlineData(new[] { "1", "22", "-3" }, FieldType.Int)]
    [InlineData(new[] { "1", "2.5" }, FieldType.Numeric)]
    [InlineData(new[] { "1.234,5", "12" }, FieldType.Numeric)]
    [InlineData(new[] { "0905123456", "0912000000" }, FieldType.Text)]
    [InlineData(new[] { "true", "false", "" }, FieldType.Bool)]
    [InlineData(new[] { "có", "không" }, FieldType.Bool)]
    [InlineData(new[] { "2024-01-31", "31/12/2025" }, FieldType.Date)]
    [InlineData(new[] { "2024-01-31 08:00", "2024-02-01" }, FieldType.Timestamp)]
    [InlineData(new[] { "1", "hai" }, FieldType.Text)]
    [InlineData(new[] { "", "" }, FieldType.Text)]
    public void Column_type_is_inferred_from_every_value(string[] values, FieldType expected)
    {
        var inference = new ColumnInference();
        foreach (var value in values)
        {
            inference.Observe(value);
        }
        Assert.Equal(expected, inference.Type);
    }

    [Fact]
    public void A_column_whose_999th_row_is_text_becomes_text()
    {
        var inference = new ColumnInference();
        for (var i = 1; i <= 1000; i++)
        {
            inference.Observe(i == 999 ? "không rõ" : i.ToString(CultureInfo.InvariantCulture));
        }
        Assert.Equal(FieldType.Text, inference.Type);
    }

    [Theory]
    [InlineData(new[] { "1.234,5" }, "1.234,5", 1234.5)]
    [InlineData(new[] { "12,5", "1.234" }, "1.234", 1234)]
    [InlineData(new[] { "1,234.5" }, "1,234.5", 1234.5)]
    [InlineData(new[] { "1.234" }, "1.234", 1.234)]
    [InlineData(new[] { "1,5" }, "1,5", 1.5)]
    [InlineData(new[] { "55.72", "143.6" }, "55.72", 55.72)]
    public void Numbers_follow_the_column_decimal_mark(string[] column, string value, double expected)
    {
        var inference = new ColumnInference();
        foreach (var v in column)
        {
            inference.Observe(v);
        }
        Assert.True(FieldTypes.TryConvert(value, FieldType.Numeric, inference.Mark, out var number));
        Assert.Equal((decimal)expected, number);
    }

    [Fact]
    public async Task Bad_rows_are_reported_by_line_while_good_rows_load()
    {
        var path = WriteTemp(Encoding.UTF8.GetBytes("xã,dân số\nA,10\nB,20,30\nC,30\n\"D\nE\",40\nF\n"));
        var loaded = new List<object?[]>();

        var result = await TabularImport.LoadAsync(path, null, [], (_, _, rows) =>
        {
            loaded.AddRange(rows);
            return Task.FromResult((long)loaded.Count);
        }, SharedResource.Localizer(), CancellationToken.None);

        Assert.Equal(["A", "C", "D\nE"], loaded.Select(r => (string)r[0]!));
        Assert.Equal([3L, 7L], result.BadRows.Select(b => b.Line));
    }

    [Fact]
    public async Task A_forced_type_reports_values_that_do_not_fit()
    {
        var path = WriteTemp(Encoding.UTF8.GetBytes("mã,tên\n1,A\nx2,B\n3,C\n"));
        var dictionary = new[] { new DatastoreField { Id = "mã", Column = "c1", Type = FieldType.Int, TypeOverride = true } };
        var loaded = new List<object?[]>();

        var result = await TabularImport.LoadAsync(path, null, dictionary, (fields, _, rows) =>
        {
            loaded.AddRange(rows);
            return Task.FromResult((long)loaded.Count);
        }, SharedResource.Localizer(), CancellationToken.None);

        Assert.Equal([1L, 3L], loaded.Select(r => (long)r[0]!));
        Assert.Equal(3, Assert.Single(result.BadRows).Line);
    }

    [Fact]
    public void Xlsx_first_sheet_reads_shared_and_inline_strings_numbers_dates_and_booleans()
    {
        var path = XlsxFixtures.Write(
            ["Tên xã", "Dân số", "Ngày", "Có chợ", "Ghi chú"],
            [
                [XlsxFixtures.Shared("Phường Cẩm Thành"), XlsxFixtures.Number(8003), XlsxFixtures.Date(new DateTime(2024, 7, 1)), XlsxFixtures.Bool(true), XlsxFixtures.Inline("ổn định")],
                [XlsxFixtures.Shared("Xã Tịnh Kỳ"), XlsxFixtures.Number(1234.5), XlsxFixtures.Date(new DateTime(2025, 1, 2)), XlsxFixtures.Bool(false), XlsxFixtures.Inline("")],
            ]);

        var records = XlsxReader.Records(path).ToList();

        Assert.Equal(["Tên xã", "Dân số", "Ngày", "Có chợ", "Ghi chú"], records[0].Fields);
        Assert.Equal(["Phường Cẩm Thành", "8003", "2024-07-01", "true", "ổn định"], records[1].Fields);
        Assert.Equal(["Xã Tịnh Kỳ", "1234.5", "2025-01-02", "false"], records[2].Fields);
        Assert.Equal(3, records[2].Line);
    }

    internal static string WriteTemp(byte[] bytes, string extension = ".csv")
    {
        var path = Path.Combine(Path.GetTempPath(), "opendata-ds-" + Guid.NewGuid().ToString("N") + extension);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>The text in a fixture's encoding, made with the framework's encoders (not the code under test).</summary>
    internal static byte[] Bytes(string fixture, string text) => fixture switch
    {
        "utf-8" => new UTF8Encoding(false).GetBytes(text),
        "utf-8-bom" => [0xEF, 0xBB, 0xBF, .. new UTF8Encoding(false).GetBytes(text)],
        "utf-16le-bom" => [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(text)],
        "utf-16be-bom" => [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(text)],
        "utf-16le" => Encoding.Unicode.GetBytes(text),
        "utf-16be" => Encoding.BigEndianUnicode.GetBytes(text),
        "windows-1258" => Encoding.GetEncoding(1258).GetBytes(SplitToneMarks(text)),
        "tcvn3" => Encoding.GetEncoding(1252).GetBytes(text.Replace(Sentence, SentenceTcvn3Glyphs).Replace("Câu", "C©u")),
        _ => throw new ArgumentOutOfRangeException(nameof(fixture)),
    };

    /// <summary>Windows-1258 keeps vowel shapes (ô, ư) precomposed and writes the tone as a combining mark after them.</summary>
    private static string SplitToneMarks(string text)
    {
        var builder = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormC))
        {
            var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
            var tone = decomposed.FirstOrDefault(d => d is '\u0300' or '\u0301' or '\u0303' or '\u0309' or '\u0323');
            if (tone == default)
            {
                builder.Append(c);
                continue;
            }
            builder.Append(decomposed.Replace(tone.ToString(), "").Normalize(NormalizationForm.FormC)).Append(tone);
        }
        return builder.ToString();
    }
}

/// <summary>Small XLSX workbooks made with OpenXml for tests.</summary>
internal static class XlsxFixtures
{
    internal sealed record CellSpec(string Kind, string Value);

    public static CellSpec Shared(string text) => new("shared", text);
    public static CellSpec Inline(string text) => new("inline", text);
    public static CellSpec Number(double value) => new("number", value.ToString("R", CultureInfo.InvariantCulture));
    public static CellSpec Date(DateTime value) => new("date", value.ToOADate().ToString("R", CultureInfo.InvariantCulture));
    public static CellSpec Bool(bool value) => new("bool", value ? "1" : "0");

    public static string Write(string[] header, CellSpec[][] rows)
    {
        var path = Path.Combine(Path.GetTempPath(), "opendata-ds-" + Guid.NewGuid().ToString("N") + ".xlsx");
        using var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        var styles = workbook.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = new Stylesheet(
            new Fonts(new Font()), new Fills(new Fill()), new Borders(new Border()),
            new CellFormats(new CellFormat(), new CellFormat { NumberFormatId = 14, ApplyNumberFormat = true }));
        var strings = workbook.AddNewPart<SharedStringTablePart>();
        strings.SharedStringTable = new SharedStringTable();
        var sheetPart = workbook.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        var all = new List<CellSpec[]> { header.Select(Shared).ToArray() };
        all.AddRange(rows);
        for (var r = 0; r < all.Count; r++)
        {
            var row = new Row { RowIndex = (uint)(r + 1) };
            for (var c = 0; c < all[r].Length; c++)
            {
                var spec = all[r][c];
                var cell = new Cell { CellReference = $"{(char)('A' + c)}{r + 1}" };
                switch (spec.Kind)
                {
                    case "shared":
                        strings.SharedStringTable.AppendChild(new SharedStringItem(new Text(spec.Value)));
                        cell.DataType = CellValues.SharedString;
                        cell.CellValue = new CellValue((strings.SharedStringTable.ChildElements.Count - 1).ToString(CultureInfo.InvariantCulture));
                        break;
                    case "inline":
                        cell.DataType = CellValues.InlineString;
                        cell.InlineString = new InlineString(new Text(spec.Value));
                        break;
                    case "bool":
                        cell.DataType = CellValues.Boolean;
                        cell.CellValue = new CellValue(spec.Value);
                        break;
                    case "date":
                        cell.StyleIndex = 1;
                        cell.CellValue = new CellValue(spec.Value);
                        break;
                    default:
                        cell.CellValue = new CellValue(spec.Value);
                        break;
                }
                row.AppendChild(cell);
            }
            data.AppendChild(row);
        }
        sheetPart.Worksheet = new Worksheet(data);
        workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = "Sheet1" }));
        document.Save();
        return path;
    }
}
