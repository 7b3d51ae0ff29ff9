using System.Buffers.Text;
using System.Globalization;
using System.Text;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace OpenData.Search.Indexing;

/// <summary>
/// An opaque "search_after" cursor: the sort values of the last hit of a page, the last one being the dataset id,
/// so the cursor stays valid across index refreshes (Lucene doc numbers do not).
/// </summary>
internal static class SearchCursor
{
    public static string Encode(FieldDoc doc)
    {
        var parts = doc.Fields.Select(f => f switch
        {
            float s => "f" + s.ToString("R", CultureInfo.InvariantCulture),
            long l => "l" + l.ToString(CultureInfo.InvariantCulture),
            int i => "l" + i.ToString(CultureInfo.InvariantCulture),
            BytesRef b => "b" + Convert.ToBase64String(b.Bytes, b.Offset, b.Length),
            null => "n",
            _ => "n",
        });
        return Base64Url.EncodeToString(Encoding.UTF8.GetBytes(string.Join('|', parts)));
    }

    /// <summary>Null when the cursor is malformed or does not fit the sort (the request then starts at the top).</summary>
    public static FieldDoc? TryDecode(string cursor, Sort sort)
    {
        try
        {
            var raw = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor));
            var parts = raw.Split('|');
            var fields = sort.GetSort();
            if (parts.Length != fields.Length)
            {
                return null;
            }
            var values = new object?[parts.Length];
            for (var i = 0; i < parts.Length; i++)
            {
                var p = parts[i];
                values[i] = p[0] switch
                {
                    'f' => float.Parse(p.AsSpan(1), CultureInfo.InvariantCulture),
                    'l' => long.Parse(p.AsSpan(1), CultureInfo.InvariantCulture),
                    'b' => new BytesRef(Convert.FromBase64String(p[1..])),
                    _ => null,
                };
                var expected = fields[i].Type switch
                {
                    SortFieldType.SCORE => typeof(float),
                    SortFieldType.INT64 => typeof(long),
                    _ => typeof(BytesRef),
                };
                if (values[i]?.GetType() != expected)
                {
                    return null;
                }
            }
            var score = values[0] is float f ? f : float.NaN;
            return new FieldDoc(int.MaxValue, score, values);
        }
        catch (FormatException)
        {
            return null;
        }
        catch (IndexOutOfRangeException)
        {
            return null;
        }
        catch (OverflowException)
        {
            return null;
        }
    }
}
