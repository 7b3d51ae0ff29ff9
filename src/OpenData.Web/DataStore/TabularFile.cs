using System.Text;
using OpenData.Web.Hosting;

namespace OpenData.Web.DataStore;

/// <summary>How to read a tabular file: XLSX, or CSV in an encoding with a delimiter.</summary>
public sealed record TabularFormat(bool IsXlsx, string? Encoding, char? Delimiter);

/// <summary>Opens CSV and XLSX files as records (the header is the first record), streaming; each call reads the file afresh.</summary>
public static class TabularFile
{
    public static bool IsTabular(string? format, string? fileName, string? url) =>
        KindOf(format, fileName, url) is not null;

    /// <summary>"csv", "xlsx" or null, from the resource's format label or its file name.</summary>
    public static string? KindOf(string? format, string? fileName, string? url)
    {
        var f = format?.Trim().ToLowerInvariant();
        if (f is "csv" or "tsv" or "text/csv")
        {
            return "csv";
        }
        if (f is "xlsx" or "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        {
            return "xlsx";
        }
        var name = (fileName ?? (Uri.TryCreate(url, UriKind.Absolute, out var u) ? u.AbsolutePath : "")).ToLowerInvariant();
        return name.EndsWith(".csv", StringComparison.Ordinal) || name.EndsWith(".tsv", StringComparison.Ordinal) ? "csv"
            : name.EndsWith(".xlsx", StringComparison.Ordinal) ? "xlsx"
            : null;
    }

    /// <summary>Detects the encoding (unless forced) and the delimiter of a CSV file from its first bytes; XLSX by its ZIP signature.</summary>
    public static TabularFormat Sniff(string path, string? forcedEncoding)
    {
        var sample = new byte[EncodingDetector.SampleBytes];
        int length;
        using (var stream = File.OpenRead(path))
        {
            length = stream.ReadAtLeast(sample, sample.Length, throwOnEndOfStream: false);
        }
        var bytes = sample.AsSpan(0, length);
        if (bytes.StartsWith("PK\u0003\u0004"u8))
        {
            return new TabularFormat(true, null, null);
        }
        var encoding = TextEncodings.IsKnown(forcedEncoding) ? forcedEncoding! : EncodingDetector.Detect(bytes);
        var text = TextEncodings.Get(encoding).GetString(bytes);
        return new TabularFormat(false, encoding, DelimiterDetector.Detect(text.TrimStart('\uFEFF')));
    }

    /// <summary>The file's records, read within <paramref name="limits"/> (the defaults when null).</summary>
    public static IEnumerable<TabularRecord> Records(string path, TabularFormat format, InputLimits? limits = null)
    {
        limits ??= InputLimits.Default;
        if (format.IsXlsx)
        {
            return XlsxReader.Records(path, limits);
        }
        return CsvRecords(path, format.Encoding ?? TextEncodings.Utf8, format.Delimiter ?? ',', limits);
    }

    private static IEnumerable<TabularRecord> CsvRecords(string path, string encoding, char delimiter, InputLimits limits)
    {
        using var reader = new StreamReader(path, TextEncodings.Get(encoding), detectEncodingFromByteOrderMarks: true, new FileStreamOptions { BufferSize = 1 << 16 });
        var normalize = TextEncodings.NeedsNormalization(encoding);
        var first = true;
        foreach (var record in new CsvParser(reader, delimiter, limits.MaxCellChars, limits.MaxRowChars).Records())
        {
            if (first && record.Fields.Length > 0)
            {
                record.Fields[0] = record.Fields[0].TrimStart('\uFEFF');
            }
            first = false;
            if (normalize)
            {
                for (var i = 0; i < record.Fields.Length; i++)
                {
                    if (!Ascii.IsValid(record.Fields[i]))
                    {
                        record.Fields[i] = record.Fields[i].Normalize(NormalizationForm.FormC);
                    }
                }
            }
            yield return record;
        }
    }

    /// <summary>Field ids from a header row: trimmed; blank ones become column_N; repeats get _2, _3; a leading underscore (reserved for _id) is dropped.</summary>
    public static IReadOnlyList<string> FieldIds(IReadOnlyList<string> header)
    {
        var ids = new List<string>(header.Count);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < header.Count; i++)
        {
            var name = header[i].Trim().TrimStart('_').Trim();
            if (name.Length == 0)
            {
                name = $"column_{i + 1}";
            }
            if (name.Length > 200)
            {
                name = name[..200];
            }
            var candidate = name;
            for (var n = 2; !seen.Add(candidate); n++)
            {
                candidate = $"{name}_{n}";
            }
            ids.Add(candidate);
        }
        return ids;
    }
}

/// <summary>
/// A file the loader cannot read, named by its text in SharedResource (with the text's arguments: a line, a
/// limit) so the loader reports it in the portal's language.
/// </summary>
public sealed class UnreadableFileException(string textKey, params object[] arguments) : Exception(textKey)
{
    public string TextKey { get; } = textKey;

    public IReadOnlyList<object> Arguments { get; } = arguments;
}
