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
/// <remarks>
/// Lucene.NET 4.8 keeps score and numeric sort values in <see cref="FieldDoc.Fields"/> as J2N boxes
/// (<see cref="J2N.Numerics.Single"/>, <see cref="J2N.Numerics.Int64"/>), not as <c>float</c>/<c>long</c>, and its
/// comparers expect the same boxes back in <c>searchAfter</c>. Each value is written with a one-letter type tag
/// and decoded into exactly the type the sort field's comparer takes.
/// </remarks>
internal static class SearchCursor
{
    private const char Separator = '|';

    /// <param name="sortName">Names the sort the cursor belongs to, so a cursor from another sort with the same value types is refused.</param>
    public static string Encode(FieldDoc doc, string sortName)
    {
        var values = doc.Fields.Select(f => f switch
        {
            J2N.Numerics.Single s => Score(s.ToSingle()),
            float s => Score(s),
            J2N.Numerics.Int64 l => Number(l.ToInt64()),
            J2N.Numerics.Int32 i => Number(i.ToInt32()),
            long l => Number(l),
            int i => Number(i),
            BytesRef b => "b" + Convert.ToBase64String(b.Bytes, b.Offset, b.Length),
            // A document without a value for a string sort field.
            _ => "n",
        });
        var parts = values.Prepend("s" + sortName);
        return Base64Url.EncodeToString(Encoding.UTF8.GetBytes(string.Join(Separator, parts)));
    }

    private static string Score(float score) => "f" + score.ToString("R", CultureInfo.InvariantCulture);

    private static string Number(long number) => "l" + number.ToString(CultureInfo.InvariantCulture);

    /// <summary>Null when the cursor is malformed or does not fit the sort (the request then starts at the top).</summary>
    public static FieldDoc? TryDecode(string cursor, Sort sort, string sortName)
    {
        try
        {
            var raw = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor));
            var all = raw.Split(Separator);
            var fields = sort.GetSort();
            if (all.Length != fields.Length + 1 || all[0] != "s" + sortName)
            {
                return null;
            }
            var parts = all[1..];
            var values = new object?[parts.Length];
            var score = float.NaN;
            for (var i = 0; i < parts.Length; i++)
            {
                var p = parts[i];
                var tag = p.Length > 0 ? p[0] : '\0';
                switch (fields[i].Type)
                {
                    case SortFieldType.SCORE when tag == 'f':
                        score = float.Parse(p.AsSpan(1), NumberStyles.Float, CultureInfo.InvariantCulture);
                        values[i] = J2N.Numerics.Single.GetInstance(score);
                        break;
                    case SortFieldType.INT64 when tag == 'l':
                        values[i] = J2N.Numerics.Int64.GetInstance(long.Parse(p.AsSpan(1), NumberStyles.Integer, CultureInfo.InvariantCulture));
                        break;
                    case SortFieldType.STRING when tag == 'b':
                        values[i] = new BytesRef(Convert.FromBase64String(p[1..]));
                        break;
                    case SortFieldType.STRING when tag == 'n':
                        values[i] = null;
                        break;
                    default:
                        return null;
                }
            }
            // Doc = MaxValue: the id tie-break makes every sort key unique, so Lucene's doc-number tie-break never decides.
            return new FieldDoc(int.MaxValue, score, values);
        }
        catch (FormatException)
        {
            return null;
        }
        catch (OverflowException)
        {
            return null;
        }
    }
}
