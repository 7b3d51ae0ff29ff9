using System.Text;
using OpenData.Search.Indexing;

namespace OpenData.Search.Querying;

/// <summary>A word or a "quoted phrase" of the search box, possibly excluded with a leading '-'.</summary>
public sealed record QueryClause(string Text, bool IsPhrase, bool IsExcluded);

/// <summary>A field:value filter typed in the search box (field is canonical, see <see cref="FacetFields"/>).</summary>
public sealed record QueryFilter(string Field, string Value, bool IsExcluded);

public sealed record ParsedQuery(IReadOnlyList<QueryClause> Clauses, IReadOnlyList<QueryFilter> Filters)
{
    public static ParsedQuery Empty { get; } = new([], []);
    public bool HasText => Clauses.Any(c => !c.IsExcluded);
}

/// <summary>
/// The search-box language: words, "quoted phrases", -exclusions and field:value filters
/// (organization: theme: tag: format: licence:/license: access: spatial:, values may be quoted).
/// Never throws: unbalanced quotes close at the end, unknown fields and Lucene syntax are plain text.
/// </summary>
public static class SearchQueryParser
{
    public const int MaxLength = 1000;
    public const int MaxClauses = 32;

    public static ParsedQuery Parse(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return ParsedQuery.Empty;
        }
        var text = input.Length > MaxLength ? input[..MaxLength] : input;
        var clauses = new List<QueryClause>();
        var filters = new List<QueryFilter>();
        var i = 0;
        while (i < text.Length && clauses.Count + filters.Count < MaxClauses)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }
            var excluded = false;
            if (text[i] == '-' && i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]))
            {
                excluded = true;
                i++;
            }
            if (text[i] == '"')
            {
                var phrase = ReadQuoted(text, ref i);
                if (phrase.Length > 0)
                {
                    clauses.Add(new QueryClause(phrase, IsPhrase: true, excluded));
                }
                continue;
            }
            var start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] != '"' && text[i] != ':')
            {
                i++;
            }
            var word = text[start..i];
            if (i < text.Length && text[i] == ':' && FacetFields.Canonical(word) is { } field)
            {
                i++;
                var value = i < text.Length && text[i] == '"' ? ReadQuoted(text, ref i) : ReadWord(text, ref i);
                if (value.Length > 0)
                {
                    filters.Add(new QueryFilter(field, value, excluded));
                }
                continue;
            }
            if (i < text.Length && text[i] == ':')
            {
                // Not a known field ("10:30", "http://..."): keep it as text.
                word += ReadWord(text, ref i);
            }
            if (word.Length > 0)
            {
                clauses.Add(new QueryClause(word, IsPhrase: false, excluded));
            }
        }
        return new ParsedQuery(clauses, filters);
    }

    private static string ReadQuoted(string text, ref int i)
    {
        i++; // opening quote
        var start = i;
        while (i < text.Length && text[i] != '"')
        {
            i++;
        }
        var value = text[start..i].Trim();
        if (i < text.Length)
        {
            i++; // closing quote; an unbalanced quote runs to the end
        }
        return value;
    }

    private static string ReadWord(string text, ref int i)
    {
        var sb = new StringBuilder();
        while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] != '"')
        {
            sb.Append(text[i]);
            i++;
        }
        return sb.ToString();
    }
}
