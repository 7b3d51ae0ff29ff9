using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace OpenData.Web.DataStore;

/// <summary>
/// The first sheet of an XLSX workbook as text records, streamed row by row with the SAX-style
/// <see cref="OpenXmlReader"/> so big sheets never sit in memory. Numbers are written invariantly ("1234.5"),
/// dates (numbers with a date style) as ISO 8601, booleans as true/false; the line is the sheet's row number.
/// </summary>
public static class XlsxReader
{
    public static IEnumerable<TabularRecord> Records(string path)
    {
        using var document = SpreadsheetDocument.Open(path, false);
        var workbook = document.WorkbookPart ?? throw new UnreadableFileException("Datastore.XlsxNoSheet");
        var sheet = workbook.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault() ?? throw new UnreadableFileException("Datastore.XlsxNoSheet");
        var part = (WorksheetPart)workbook.GetPartById(sheet.Id!.Value!);
        var strings = SharedStrings(workbook);
        var dateStyles = DateStyles(workbook);

        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            if (reader.ElementType != typeof(Row) || !reader.IsStartElement)
            {
                continue;
            }
            var row = (Row)reader.LoadCurrentElement()!;
            var values = new List<string>();
            foreach (var cell in row.Elements<Cell>())
            {
                var column = cell.CellReference?.Value is { } reference ? ColumnIndex(reference) : values.Count;
                while (values.Count < column)
                {
                    values.Add("");
                }
                values.Add(CellText(cell, strings, dateStyles));
            }
            while (values.Count > 0 && values[^1].Length == 0)
            {
                values.RemoveAt(values.Count - 1);
            }
            if (values.Count > 0)
            {
                yield return new TabularRecord(row.RowIndex?.Value ?? 0, [.. values]);
            }
        }
    }

    private static string CellText(Cell cell, List<string> strings, HashSet<uint> dateStyles)
    {
        var type = cell.DataType?.Value;
        if (type == CellValues.InlineString)
        {
            return cell.InlineString?.InnerText ?? "";
        }
        var raw = cell.CellValue?.Text ?? "";
        if (type == CellValues.SharedString)
        {
            return int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) && i >= 0 && i < strings.Count ? strings[i] : "";
        }
        if (type == CellValues.Boolean)
        {
            return raw == "1" ? "true" : "false";
        }
        if (type == CellValues.String || type == CellValues.Error)
        {
            return raw;
        }
        if (raw.Length > 0 && double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            if (cell.StyleIndex?.Value is { } style && dateStyles.Contains(style) && number is > -657435 and < 2958466)
            {
                var date = DateTime.FromOADate(number);
                return date.TimeOfDay == TimeSpan.Zero
                    ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                    : date.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture);
            }
            return number.ToString("R", CultureInfo.InvariantCulture);
        }
        return raw;
    }

    private static List<string> SharedStrings(WorkbookPart workbook)
    {
        var list = new List<string>();
        if (workbook.SharedStringTablePart is not { } part)
        {
            return list;
        }
        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            if (reader.ElementType == typeof(SharedStringItem) && reader.IsStartElement)
            {
                list.Add(reader.LoadCurrentElement()!.InnerText);
            }
        }
        return list;
    }

    /// <summary>Style indexes whose number format shows a date: built-in formats 14–22 and 45–47, or a custom code with d, m or y.</summary>
    private static HashSet<uint> DateStyles(WorkbookPart workbook)
    {
        var result = new HashSet<uint>();
        var stylesheet = workbook.WorkbookStylesPart?.Stylesheet;
        if (stylesheet?.CellFormats is null)
        {
            return result;
        }
        var custom = stylesheet.NumberingFormats?.Elements<NumberingFormat>()
            .Where(f => f.NumberFormatId?.Value is not null)
            .ToDictionary(f => f.NumberFormatId!.Value, f => f.FormatCode?.Value ?? "") ?? [];
        uint index = 0;
        foreach (var format in stylesheet.CellFormats.Elements<CellFormat>())
        {
            var id = format.NumberFormatId?.Value ?? 0;
            if (id is >= 14 and <= 22 or >= 45 and <= 47 || custom.TryGetValue(id, out var code) && IsDateCode(code))
            {
                result.Add(index);
            }
            index++;
        }
        return result;
    }

    private static bool IsDateCode(string code)
    {
        var inQuotes = false;
        var inBrackets = false;
        foreach (var c in code)
        {
            switch (c)
            {
                case '"':
                    inQuotes = !inQuotes;
                    break;
                case '[':
                    inBrackets = true;
                    break;
                case ']':
                    inBrackets = false;
                    break;
                case 'd' or 'D' or 'm' or 'M' or 'y' or 'Y' when !inQuotes && !inBrackets:
                    return true;
            }
        }
        return false;
    }

    private static int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var c in reference)
        {
            if (!char.IsAsciiLetter(c))
            {
                break;
            }
            index = index * 26 + (char.ToUpperInvariant(c) - 'A' + 1);
        }
        return index - 1;
    }
}

/// <summary>A file the loader cannot read, named by its text in SharedResource so the loader reports it in the portal's language.</summary>
public sealed class UnreadableFileException(string textKey) : Exception(textKey)
{
    public string TextKey { get; } = textKey;
}
