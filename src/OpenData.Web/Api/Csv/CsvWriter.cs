namespace OpenData.Web.Api.Csv;

/// <summary>
/// Writes RFC 4180 CSV: fields with a comma, quotation mark, CR or LF are quoted, quotation marks doubled,
/// records end with CRLF. Rows go straight to the underlying writer, so a large export is never held in memory.
/// </summary>
public sealed class CsvWriter(TextWriter output)
{
    public async Task WriteRowAsync(IEnumerable<string?> fields, CancellationToken ct)
    {
        var first = true;
        foreach (var field in fields)
        {
            if (!first)
            {
                await output.WriteAsync(',');
            }
            first = false;
            await output.WriteAsync(Escape(field).AsMemory(), ct);
        }
        await output.WriteAsync("\r\n".AsMemory(), ct);
    }

    public static string Escape(string? field)
    {
        if (string.IsNullOrEmpty(field))
        {
            return "";
        }
        return field.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + field.Replace("\"", "\"\"") + "\"" : field;
    }
}
