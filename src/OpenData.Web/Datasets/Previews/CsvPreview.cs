using System.Text;

namespace OpenData.Web.Datasets.Previews;

/// <summary>The first rows of a CSV file: a header row and up to <see cref="MaxRows"/> data rows.</summary>
public sealed record CsvTable(IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows, bool Truncated);

/// <summary>A small RFC 4180 reader: quoted fields with doubled quotes and line breaks, CRLF or LF, a UTF-8 BOM skipped.</summary>
public static class CsvPreview
{
    public const int MaxRows = 50;
    private const int MaxFieldLength = 2000;

    /// <summary>
    /// The preview reads at most this many characters: the first rows of any sensible file fit, and a file of one
    /// endless line (or a million delimiters) costs no more than this.
    /// </summary>
    public const int MaxChars = 1024 * 1024;

    public static async Task<CsvTable?> ReadAsync(Stream content, CancellationToken ct, int maxRows = MaxRows)
    {
        // detectEncodingFromByteOrderMarks: a BOM picks its encoding and is not part of the first header.
        using var reader = new StreamReader(content, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        var records = new List<IReadOnlyList<string>>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var inQuotes = false;
        var fieldStarted = false;
        var buffer = new char[8192];
        var truncated = false;
        int read;
        long total = 0;
        char? pending = null;
        while (!truncated && (read = await reader.ReadAsync(buffer.AsMemory(), ct)) > 0)
        {
            total += read;
            if (total > MaxChars)
            {
                read -= (int)(total - MaxChars);
                truncated = true;
            }
            for (var i = 0; i < read; i++)
            {
                var c = buffer[i];
                if (pending == '"')
                {
                    pending = null;
                    if (c == '"')
                    {
                        Append(field, '"');
                        continue;
                    }
                    inQuotes = false;
                }
                if (inQuotes)
                {
                    if (c == '"')
                    {
                        pending = '"';
                    }
                    else
                    {
                        Append(field, c);
                    }
                    continue;
                }
                switch (c)
                {
                    case '"' when field.Length == 0 && !fieldStarted:
                        inQuotes = true;
                        fieldStarted = true;
                        break;
                    case ',':
                        fields.Add(field.ToString());
                        field.Clear();
                        fieldStarted = false;
                        break;
                    case '\r':
                        break;
                    case '\n':
                        fields.Add(field.ToString());
                        field.Clear();
                        fieldStarted = false;
                        records.Add(fields);
                        fields = [];
                        if (records.Count > maxRows)
                        {
                            truncated = true;
                        }
                        break;
                    default:
                        Append(field, c);
                        fieldStarted = true;
                        break;
                }
                if (records.Count > maxRows)
                {
                    break;
                }
            }
        }
        if (!truncated && (field.Length > 0 || fields.Count > 0 || fieldStarted))
        {
            fields.Add(field.ToString());
            records.Add(fields);
        }
        records.RemoveAll(r => r.Count == 1 && r[0].Length == 0);
        if (records.Count == 0)
        {
            return null;
        }
        var rows = records.Skip(1).Take(maxRows).ToList();
        return new CsvTable(records[0], rows, truncated || records.Count - 1 > maxRows);
    }

    private static void Append(StringBuilder field, char c)
    {
        if (field.Length < MaxFieldLength)
        {
            field.Append(c);
        }
    }
}
