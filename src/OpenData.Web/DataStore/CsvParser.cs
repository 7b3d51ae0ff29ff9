using System.Text;

namespace OpenData.Web.DataStore;

/// <summary>One record of a tabular file and the line (1-based, in the file) where it starts.</summary>
public sealed record TabularRecord(long Line, string[] Fields);

/// <summary>
/// RFC 4180 records from text: fields in double quotes may hold the delimiter, line breaks and doubled quotes;
/// CRLF, LF or CR end a record. Lenient where files in the wild are: a quote inside an unquoted field is kept
/// as text, and text after a closing quote is appended to the field. A field longer than
/// <paramref name="maxFieldChars"/> or a record longer than <paramref name="maxRecordChars"/> (its fields and
/// delimiters) stops the reading with an <see cref="UnreadableFileException"/> naming its line, before it is
/// held in memory: a file of one endless line must not take the portal's memory with it.
/// </summary>
public sealed class CsvParser(TextReader reader, char delimiter, int maxFieldChars = int.MaxValue, int maxRecordChars = int.MaxValue)
{
    private readonly char[] _buffer = new char[64 * 1024];
    private int _length;
    private int _position;
    private long _line = 1;
    private long _recordLine;
    private long _recordChars;

    public IEnumerable<TabularRecord> Records()
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        while (true)
        {
            var startLine = _line;
            fields.Clear();
            var ended = ReadRecord(fields, field);
            // A blank line carries nothing to load.
            if (!(fields.Count == 1 && fields[0].Length == 0))
            {
                yield return new TabularRecord(startLine, [.. fields]);
            }
            if (ended)
            {
                yield break;
            }
        }
    }

    /// <summary>Reads one record into <paramref name="fields"/>; true at the end of the input.</summary>
    /// <remarks>Scans the buffer with vectorized IndexOfAny and cuts fields straight from it; a field that spans two buffer fills goes through <paramref name="field"/>.</remarks>
    private bool ReadRecord(List<string> fields, StringBuilder field)
    {
        _recordLine = _line;
        _recordChars = 0;
        while (true)
        {
            field.Clear();
            if (!EnsureData())
            {
                fields.Add("");
                return true;
            }
            string value;
            if (_buffer[_position] == '"')
            {
                _position++;
                ReadQuoted(field);
                value = ReadUnquoted(field, alwaysBuild: true);
            }
            else
            {
                value = ReadUnquoted(field, alwaysBuild: false);
            }
            fields.Add(value);
            if (!EnsureData())
            {
                return true;
            }
            var terminator = _buffer[_position++];
            if (terminator == delimiter)
            {
                Take(0, 1);
                continue;
            }
            if (terminator == '\r' && EnsureData() && _buffer[_position] == '\n')
            {
                _position++;
            }
            _line++;
            return false;
        }
    }

    /// <summary>Text up to the next delimiter or line break (not consumed); a stray quote is kept as text.</summary>
    private string ReadUnquoted(StringBuilder field, bool alwaysBuild)
    {
        while (true)
        {
            var span = _buffer.AsSpan(_position, _length - _position);
            var end = span.IndexOfAny(delimiter, '\r', '\n');
            if (end >= 0)
            {
                Take(field.Length, end);
                _position += end;
                if (!alwaysBuild && field.Length == 0)
                {
                    return end == 0 ? "" : new string(span[..end]);
                }
                field.Append(span[..end]);
                return field.ToString();
            }
            Take(field.Length, span.Length);
            field.Append(span);
            _position = _length;
            if (!Fill())
            {
                return field.ToString();
            }
        }
    }

    /// <summary>The inside of a quoted field, after its opening quote, up to and including the closing quote.</summary>
    private void ReadQuoted(StringBuilder field)
    {
        while (EnsureData())
        {
            var span = _buffer.AsSpan(_position, _length - _position);
            var quote = span.IndexOf('"');
            var chunk = quote >= 0 ? span[..quote] : span;
            Take(field.Length, chunk.Length);
            _line += chunk.Count('\n');
            field.Append(chunk);
            if (quote < 0)
            {
                _position = _length;
                continue;
            }
            _position += quote + 1;
            if (EnsureData() && _buffer[_position] == '"')
            {
                Take(field.Length, 1);
                field.Append('"');
                _position++;
                continue;
            }
            return;
        }
    }

    /// <summary>Counts <paramref name="adding"/> more characters into a field of <paramref name="fieldLength"/> and the record, before they are kept.</summary>
    private void Take(int fieldLength, int adding)
    {
        if (fieldLength + (long)adding > maxFieldChars)
        {
            throw new UnreadableFileException("Datastore.CellTooLong", _recordLine, maxFieldChars);
        }
        _recordChars += adding;
        if (_recordChars > maxRecordChars)
        {
            throw new UnreadableFileException("Datastore.RowTooLong", _recordLine, maxRecordChars);
        }
    }

    private bool EnsureData() => _position < _length || Fill();

    private bool Fill()
    {
        _length = reader.Read(_buffer, 0, _buffer.Length);
        _position = 0;
        return _length > 0;
    }
}

/// <summary>Chooses the delimiter (, ; tab |) whose field counts are most consistent over a sample of lines.</summary>
public static class DelimiterDetector
{
    public static readonly char[] Candidates = [',', ';', '\t', '|'];

    public static char Detect(string sample)
    {
        var best = ',';
        var bestScore = 0.0;
        foreach (var candidate in Candidates)
        {
            var counts = new CsvParser(new StringReader(sample), candidate).Records().Take(50).Select(r => r.Fields.Length).ToList();
            // The last sampled line may be cut off; leave it out when there are others.
            if (counts.Count > 2)
            {
                counts.RemoveAt(counts.Count - 1);
            }
            if (counts.Count == 0)
            {
                continue;
            }
            var mode = counts.GroupBy(c => c).OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key).First();
            if (mode.Key < 2)
            {
                continue;
            }
            // Share of lines with the usual count, with a little weight for more columns to break ties.
            var score = (double)mode.Count() / counts.Count + mode.Key * 0.001;
            if (score > bestScore)
            {
                best = candidate;
                bestScore = score;
            }
        }
        return best;
    }
}
