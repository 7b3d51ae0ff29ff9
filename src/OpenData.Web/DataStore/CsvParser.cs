using System.Text;

namespace OpenData.Web.DataStore;

/// <summary>One record of a tabular file and the line (1-based, in the file) where it starts.</summary>
public sealed record TabularRecord(long Line, string[] Fields);

/// <summary>
/// RFC 4180 records from text: fields in double quotes may hold the delimiter, line breaks and doubled quotes;
/// CRLF, LF or CR end a record. Lenient where files in the wild are: a quote inside an unquoted field is kept
/// as text, and text after a closing quote is appended to the field.
/// </summary>
public sealed class CsvParser(TextReader reader, char delimiter)
{
    private readonly char[] _buffer = new char[64 * 1024];
    private int _length;
    private int _position;
    private long _line = 1;

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
    private bool ReadRecord(List<string> fields, StringBuilder field)
    {
        field.Clear();
        var quoted = false;
        var inQuotes = false;
        while (true)
        {
            var next = Read();
            if (next < 0)
            {
                fields.Add(field.ToString());
                return true;
            }
            var c = (char)next;
            if (inQuotes)
            {
                if (c == '"')
                {
                    if (Peek() == '"')
                    {
                        Read();
                        field.Append('"');
                    }
                    else
                    {
                        inQuotes = false;
                    }
                }
                else
                {
                    if (c == '\n' || (c == '\r' && Peek() != '\n'))
                    {
                        _line++;
                    }
                    field.Append(c);
                }
                continue;
            }
            if (c == '"' && field.Length == 0 && !quoted)
            {
                quoted = inQuotes = true;
            }
            else if (c == delimiter)
            {
                fields.Add(field.ToString());
                field.Clear();
                quoted = false;
            }
            else if (c is '\r' or '\n')
            {
                if (c == '\r' && Peek() == '\n')
                {
                    Read();
                }
                _line++;
                fields.Add(field.ToString());
                return false;
            }
            else
            {
                field.Append(c);
            }
        }
    }

    private int Read()
    {
        if (_position >= _length && !Fill())
        {
            return -1;
        }
        return _buffer[_position++];
    }

    private int Peek()
    {
        if (_position >= _length && !Fill())
        {
            return -1;
        }
        return _buffer[_position];
    }

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
