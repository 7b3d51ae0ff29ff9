using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;
using OpenData.Dcat.Io;
using OpenData.Web.Hosting;

namespace OpenData.Web.DataStore;

/// <summary>
/// The first sheet of an XLSX workbook as text records, streamed row by row so big sheets never sit in memory.
/// Numbers are written invariantly ("1234.5"), dates (numbers with a date style) as ISO 8601, booleans as
/// true/false; the line is the sheet's row number.
/// </summary>
/// <remarks>
/// The parts are read with <see cref="XmlReader"/> straight from the zip, each through a <see cref="BoundedStream"/>,
/// and cell text in chunks (<see cref="XmlReader.ReadValueChunk"/>), so an upload is held to
/// <see cref="InputLimits"/> while it inflates: a 262 KB file with one 256 MiB cell fails after its first
/// megabyte instead of growing the portal by gigabytes (the OpenXml SDK's DOM loaded every row and the whole
/// shared-string table). Element names are matched without their namespace, so Strict OOXML files read too.
/// </remarks>
public static class XlsxReader
{
    /// <summary>ECMA-376 Part 1, §18.17.2.4 and Excel's limits: columns run from A to XFD.</summary>
    public const int MaxColumns = 16_384;

    /// <summary>
    /// Excel allows 64 000 cell formats; the style table is read only for the date formats, and entries past this
    /// many are ignored rather than held.
    /// </summary>
    private const int MaxStyles = 65_536;

    private static readonly XmlReaderSettings Settings = new()
    {
        // No part of a workbook has a DTD; prohibiting it rules out entity expansion.
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = true,
    };

    public static IEnumerable<TabularRecord> Records(string path, InputLimits? limits = null)
    {
        limits ??= InputLimits.Default;
        ZipArchive zip;
        try
        {
            zip = ZipFile.OpenRead(path);
        }
        catch (InvalidDataException)
        {
            throw new UnreadableFileException("Datastore.XlsxCorrupt");
        }
        using (zip)
        {
            var package = new Package(zip, limits);
            IEnumerator<TabularRecord>? rows = null;
            try
            {
                while (true)
                {
                    try
                    {
                        rows ??= package.FirstSheetRows().GetEnumerator();
                        if (!rows.MoveNext())
                        {
                            yield break;
                        }
                    }
                    catch (Exception e) when (e is XmlException or InvalidDataException or InputTooLargeException)
                    {
                        throw package.Failure(e);
                    }
                    yield return rows.Current;
                }
            }
            finally
            {
                rows?.Dispose();
            }
        }
    }

    private sealed record Relationship(string Type, string Target);

    private sealed class Package(ZipArchive zip, InputLimits limits)
    {
        private readonly Dictionary<string, ZipArchiveEntry> _entries = Index(zip);
        private readonly char[] _chunk = new char[8192];
        private string _part = "";
        private bool _boundByRatio;

        private static Dictionary<string, ZipArchiveEntry> Index(ZipArchive zip)
        {
            // OPC part names are case-insensitive (ECMA-376 Part 2, §9.1.1.1); some tools write backslashes.
            var entries = new Dictionary<string, ZipArchiveEntry>(StringComparer.OrdinalIgnoreCase);
            foreach (var entry in zip.Entries)
            {
                entries.TryAdd(entry.FullName.Replace('\\', '/').TrimStart('/'), entry);
            }
            return entries;
        }

        /// <summary>What to tell the editor when reading the part failed: its limit when its <see cref="BoundedStream"/> stopped it, otherwise that the file is damaged.</summary>
        public UnreadableFileException Failure(Exception e) => e switch
        {
            InputTooLargeException when _boundByRatio => new("Datastore.XlsxInflateRatio", _part, limits.MaxInflateRatio),
            InputTooLargeException => new("Datastore.XlsxPartTooLarge", _part, limits.MaxInflatedPartBytes),
            _ => new("Datastore.XlsxCorrupt"),
        };

        public IEnumerable<TabularRecord> FirstSheetRows()
        {
            var workbook = Relationships("").Values.FirstOrDefault(r => r.Type.EndsWith("/officeDocument", StringComparison.Ordinal))?.Target
                ?? "xl/workbook.xml";
            var relationships = Relationships(workbook);
            var sheet = FirstSheetRelationship(workbook) is { } id && relationships.TryGetValue(id, out var found)
                ? found.Target
                : throw new UnreadableFileException("Datastore.XlsxNoSheet");
            var strings = relationships.Values.FirstOrDefault(r => r.Type.EndsWith("/sharedStrings", StringComparison.Ordinal)) is { } s
                ? SharedStrings(s.Target)
                : [];
            var dateStyles = relationships.Values.FirstOrDefault(r => r.Type.EndsWith("/styles", StringComparison.Ordinal)) is { } st
                ? DateStyles(st.Target)
                : [];
            return Rows(sheet, strings, dateStyles);
        }

        private XmlReader? Open(string part)
        {
            if (!_entries.TryGetValue(part, out var entry))
            {
                return null;
            }
            var byRatio = Math.Max(InputLimits.InflateRatioGraceBytes,
                entry.CompressedLength > long.MaxValue / limits.MaxInflateRatio ? long.MaxValue : entry.CompressedLength * limits.MaxInflateRatio);
            _part = part;
            _boundByRatio = byRatio < limits.MaxInflatedPartBytes;
            // The longest run of bytes without a '<' is the longest name, attribute or text the XML reader could
            // be made to hold at once: enough for a cell of MaxCellChars characters written as character references.
            var maxRun = Math.Max(64 * 1024, 10L * limits.MaxCellChars);
            var stream = new MarkupRunStream(new BoundedStream(entry.Open(), Math.Min(byRatio, limits.MaxInflatedPartBytes)), maxRun, part);
            return XmlReader.Create(stream, Settings);
        }

        /// <summary>The relationships of a part ("" for the package), by id, with targets resolved to part names.</summary>
        private Dictionary<string, Relationship> Relationships(string source)
        {
            var slash = source.LastIndexOf('/');
            var relsPart = source.Length == 0 ? "_rels/.rels" : $"{source[..(slash + 1)]}_rels/{source[(slash + 1)..]}.rels";
            var result = new Dictionary<string, Relationship>(StringComparer.Ordinal);
            using var reader = Open(relsPart);
            if (reader is null)
            {
                return result;
            }
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "Relationship"
                    && reader.GetAttribute("Id") is { } id && reader.GetAttribute("Target") is { } target
                    && reader.GetAttribute("TargetMode") != "External")
                {
                    result.TryAdd(id, new Relationship(reader.GetAttribute("Type") ?? "", Resolve(source, target)));
                }
            }
            return result;
        }

        private static string Resolve(string source, string target)
        {
            target = Uri.UnescapeDataString(target.Replace('\\', '/'));
            var slash = source.LastIndexOf('/');
            var path = target.StartsWith('/') ? target : source[..(slash + 1)] + target;
            var segments = new List<string>();
            foreach (var segment in path.Split('/', StringSplitOptions.RemoveEmptyEntries))
            {
                if (segment == "..")
                {
                    if (segments.Count > 0)
                    {
                        segments.RemoveAt(segments.Count - 1);
                    }
                }
                else if (segment != ".")
                {
                    segments.Add(segment);
                }
            }
            return string.Join('/', segments);
        }

        /// <summary>The relationship id (r:id) of the workbook's first sheet.</summary>
        private string? FirstSheetRelationship(string workbook)
        {
            using var reader = Open(workbook) ?? throw new UnreadableFileException("Datastore.XlsxNoSheet");
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "sheet")
                {
                    while (reader.MoveToNextAttribute())
                    {
                        if (reader.LocalName == "id" && reader.NamespaceURI.Length > 0)
                        {
                            return reader.Value;
                        }
                    }
                    return null;
                }
            }
            return null;
        }

        private List<string> SharedStrings(string part)
        {
            var list = new List<string>();
            using var reader = Open(part);
            if (reader is null)
            {
                return list;
            }
            long total = 0;
            var text = new StringBuilder();
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "si")
                {
                    continue;
                }
                text.Clear();
                ReadRichText(reader, text, () => new UnreadableFileException("Datastore.XlsxSharedStringTooLong", list.Count + 1, limits.MaxCellChars));
                // An empty item costs a list entry too: count it as one character.
                total += Math.Max(1, text.Length);
                if (total > limits.MaxSharedStringChars)
                {
                    throw new UnreadableFileException("Datastore.XlsxTooManySharedStrings", limits.MaxSharedStringChars);
                }
                list.Add(text.ToString());
            }
            return list;
        }

        /// <summary>Style indexes whose number format shows a date: built-in formats 14–22 and 45–47, or a custom code with d, m or y.</summary>
        private HashSet<uint> DateStyles(string part)
        {
            var result = new HashSet<uint>();
            using var reader = Open(part);
            if (reader is null)
            {
                return result;
            }
            // CT_Stylesheet lists numFmts before cellXfs, so each xf's format is known when it is met.
            var custom = new Dictionary<uint, bool>();
            var inCellFormats = false;
            uint index = 0;
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.EndElement && reader.LocalName == "cellXfs")
                {
                    inCellFormats = false;
                }
                if (reader.NodeType != XmlNodeType.Element)
                {
                    continue;
                }
                switch (reader.LocalName)
                {
                    case "numFmt" when custom.Count < MaxStyles && UInt(reader.GetAttribute("numFmtId")) is { } id:
                        custom[id] = IsDateCode(reader.GetAttribute("formatCode") ?? "");
                        break;
                    case "cellXfs":
                        inCellFormats = !reader.IsEmptyElement;
                        break;
                    case "xf" when inCellFormats && index < MaxStyles:
                        var format = UInt(reader.GetAttribute("numFmtId")) ?? 0;
                        if (format is >= 14 and <= 22 or >= 45 and <= 47 || custom.GetValueOrDefault(format))
                        {
                            result.Add(index);
                        }
                        index++;
                        break;
                }
            }
            return result;
        }

        private IEnumerable<TabularRecord> Rows(string part, List<string> strings, HashSet<uint> dateStyles)
        {
            using var reader = Open(part) ?? throw new UnreadableFileException("Datastore.XlsxNoSheet");
            var values = new List<string>();
            var text = new StringBuilder();
            long rowNumber = 0;
            long rowChars = 0;
            var inRow = false;
            var inCell = false;
            string? reference = null, type = null;
            uint? style = null;
            string? raw = null, inline = null;

            UnreadableFileException CellTooLong() => new("Datastore.CellTooLong", rowNumber, limits.MaxCellChars);

            void EndCell()
            {
                inCell = false;
                var column = reference is null ? values.Count : ColumnIndex(reference);
                if (column >= MaxColumns)
                {
                    throw new UnreadableFileException("Datastore.XlsxCellOutsideSheet", rowNumber, reference!.Length > 20 ? reference[..20] + "…" : reference);
                }
                if (column < 0)
                {
                    column = values.Count;
                }
                var value = CellText(type, style, raw, inline, strings, dateStyles);
                // An empty cell skipped over counts one character, as the delimiter does in a CSV line.
                rowChars += Math.Max(0, column - values.Count) + value.Length + 1;
                if (rowChars > limits.MaxRowChars)
                {
                    throw new UnreadableFileException("Datastore.RowTooLong", rowNumber, limits.MaxRowChars);
                }
                while (values.Count < column)
                {
                    values.Add("");
                }
                values.Add(value);
            }

            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element)
                {
                    switch (reader.LocalName)
                    {
                        case "row":
                            rowNumber = UInt(reader.GetAttribute("r")) ?? rowNumber + 1;
                            values.Clear();
                            rowChars = 0;
                            inRow = !reader.IsEmptyElement;
                            break;
                        case "c" when inRow:
                            reference = reader.GetAttribute("r");
                            type = reader.GetAttribute("t");
                            style = UInt(reader.GetAttribute("s"));
                            raw = inline = null;
                            inCell = true;
                            if (reader.IsEmptyElement)
                            {
                                EndCell();
                            }
                            break;
                        case "v" when inCell:
                            text.Clear();
                            AppendText(reader, text, CellTooLong);
                            raw = text.ToString();
                            break;
                        case "is" when inCell:
                            text.Clear();
                            ReadRichText(reader, text, CellTooLong);
                            inline = text.ToString();
                            break;
                    }
                }
                else if (reader.NodeType == XmlNodeType.EndElement)
                {
                    if (reader.LocalName == "c" && inCell)
                    {
                        EndCell();
                    }
                    else if (reader.LocalName == "row" && inRow)
                    {
                        inRow = false;
                        while (values.Count > 0 && values[^1].Length == 0)
                        {
                            values.RemoveAt(values.Count - 1);
                        }
                        if (values.Count > 0)
                        {
                            yield return new TabularRecord(rowNumber, [.. values]);
                        }
                    }
                }
            }
        }

        /// <summary>
        /// The text of a string item (<c>si</c>, <c>is</c>): its <c>t</c> elements, plain or in runs, without the
        /// phonetic runs (<c>rPh</c>). Leaves the reader on the item's end.
        /// </summary>
        private void ReadRichText(XmlReader reader, StringBuilder into, Func<Exception> tooLong)
        {
            if (reader.IsEmptyElement)
            {
                return;
            }
            var depth = reader.Depth;
            reader.Read();
            while (!(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
            {
                if (reader.EOF)
                {
                    throw new XmlException("unexpected end of a string item");
                }
                if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "rPh")
                {
                    reader.Skip();
                    continue;
                }
                if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "t")
                {
                    AppendText(reader, into, tooLong);
                }
                reader.Read();
            }
        }

        /// <summary>An element's text, read in chunks and refused past MaxCellChars before it is held; leaves the reader on the element's end.</summary>
        private void AppendText(XmlReader reader, StringBuilder into, Func<Exception> tooLong)
        {
            if (reader.IsEmptyElement)
            {
                return;
            }
            var depth = reader.Depth;
            while (reader.Read() && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
            {
                if (reader.NodeType is not (XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace))
                {
                    continue;
                }
                int read;
                while ((read = reader.ReadValueChunk(_chunk, 0, _chunk.Length)) > 0)
                {
                    if (into.Length + read > limits.MaxCellChars)
                    {
                        throw tooLong();
                    }
                    into.Append(_chunk, 0, read);
                }
            }
        }
    }

    private static string CellText(string? type, uint? style, string? raw, string? inline, List<string> strings, HashSet<uint> dateStyles)
    {
        if (type == "inlineStr")
        {
            return inline ?? "";
        }
        raw ??= "";
        switch (type)
        {
            case "s":
                return int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) && i >= 0 && i < strings.Count ? strings[i] : "";
            case "b":
                return raw == "1" ? "true" : "false";
            case "str" or "e":
                return raw;
        }
        if (raw.Length > 0 && double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            if (style is { } s && dateStyles.Contains(s) && number is > -657435 and < 2958466)
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

    private static uint? UInt(string? text) =>
        uint.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;

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

    /// <summary>The 0-based column of a reference ("C7" → 2), <see cref="MaxColumns"/> for one past XFD, -1 without letters.</summary>
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
            if (index > MaxColumns)
            {
                return MaxColumns;
            }
        }
        return index - 1;
    }

    /// <summary>
    /// Refuses a part in which more than <c>maxRun</c> bytes pass without a '&lt;': the XML reader holds a whole
    /// name or attribute value in memory, so this bounds what it can be made to hold outside the cell text.
    /// </summary>
    private sealed class MarkupRunStream(Stream inner, long maxRun, string part) : Stream
    {
        private long _run;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var read = inner.Read(buffer);
            var data = buffer[..read];
            var first = data.IndexOf((byte)'<');
            if (first < 0)
            {
                _run += read;
            }
            else
            {
                _run += first;
                if (_run <= maxRun)
                {
                    _run = read - data.LastIndexOf((byte)'<') - 1;
                }
            }
            if (_run > maxRun)
            {
                throw new UnreadableFileException("Datastore.XlsxMarkupTooLong", part, maxRun);
            }
            return read;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }
            base.Dispose(disposing);
        }
    }
}
