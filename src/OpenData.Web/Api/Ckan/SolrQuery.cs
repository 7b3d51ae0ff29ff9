using System.Text;

namespace OpenData.Web.Api.Ckan;

/// <summary>A query CKAN passes to Solr (q, fq) that this portal cannot understand; answered as a "Search Query Error" (400).</summary>
public sealed class SearchQueryException(string message) : Exception(message);

public enum Occur
{
    Must,
    Should,
    MustNot,
}

public abstract record QueryNode;

/// <summary>A word or a quoted phrase, in a field or (Field null) in the default text.</summary>
public sealed record TermNode(string? Field, string Value, bool Phrase = false) : QueryNode;

/// <summary>field:[From TO To] (inclusive ends) or field:{From TO To} (exclusive); "*" ends are null.</summary>
public sealed record RangeNode(string Field, string? From, string? To, bool IncludeFrom, bool IncludeTo) : QueryNode;

/// <summary>*:*</summary>
public sealed record MatchAllNode : QueryNode;

public sealed record BooleanClause(Occur Occur, QueryNode Node);

public sealed record BooleanNode(IReadOnlyList<BooleanClause> Clauses) : QueryNode;

/// <summary>
/// The Lucene/Solr standard query syntax as CKAN clients send it in q and fq: field:value, field:"phrase",
/// field:(a OR b), field:[x TO y], +/-/NOT/!, AND/OR/&amp;&amp;/||, parentheses. The default operator is AND, as
/// CKAN configures Solr. Odd input never throws anything but <see cref="SearchQueryException"/>.
/// </summary>
public sealed class SolrQueryParser
{
    private const int MaxDepth = 20;
    private const int MaxLength = 10_000;
    private readonly string _text;
    private int _position;

    private SolrQueryParser(string text) => _text = text;

    public static BooleanNode Parse(string text)
    {
        if (text.Length > MaxLength)
        {
            throw new SearchQueryException($"the query is longer than {MaxLength} characters");
        }
        var parser = new SolrQueryParser(text);
        var query = parser.ParseQuery(field: null, depth: 0);
        parser.SkipSpace();
        if (parser._position < text.Length)
        {
            throw new SearchQueryException($"unexpected '{text[parser._position]}' at position {parser._position + 1}");
        }
        return query;
    }

    private enum Conjunction
    {
        None,
        And,
        Or,
    }

    private enum Modifier
    {
        None,
        Required,
        Prohibited,
    }

    private BooleanNode ParseQuery(string? field, int depth)
    {
        if (depth > MaxDepth)
        {
            throw new SearchQueryException("the query nests parentheses too deeply");
        }
        var clauses = new List<(Occur Occur, QueryNode Node)>();
        while (true)
        {
            SkipSpace();
            if (AtEnd || Peek == ')')
            {
                break;
            }
            var conjunction = Conjunction.None;
            if (TryKeyword("AND") || TrySymbol("&&"))
            {
                conjunction = Conjunction.And;
            }
            else if (TryKeyword("OR") || TrySymbol("||"))
            {
                conjunction = Conjunction.Or;
            }
            if (conjunction != Conjunction.None && clauses.Count == 0)
            {
                throw new SearchQueryException("AND/OR needs a term on its left");
            }
            SkipSpace();
            var modifier = Modifier.None;
            if (TryKeyword("NOT") || TrySymbol("!"))
            {
                modifier = Modifier.Prohibited;
            }
            else if (!AtEnd && Peek is '+' or '-' && _position + 1 < _text.Length && !char.IsWhiteSpace(_text[_position + 1]))
            {
                modifier = Peek == '+' ? Modifier.Required : Modifier.Prohibited;
                _position++;
            }
            SkipSpace();
            if (AtEnd || Peek == ')')
            {
                throw new SearchQueryException(conjunction != Conjunction.None || modifier != Modifier.None
                    ? "an operator is missing its term"
                    : "a term is missing");
            }
            var node = ParsePrimary(field, depth);

            // Lucene's QueryParserBase.addClause with the default operator AND.
            if (clauses.Count > 0 && clauses[^1].Occur != Occur.MustNot)
            {
                if (conjunction == Conjunction.And)
                {
                    clauses[^1] = (Occur.Must, clauses[^1].Node);
                }
                else if (conjunction == Conjunction.Or)
                {
                    clauses[^1] = (Occur.Should, clauses[^1].Node);
                }
            }
            var occur = modifier == Modifier.Prohibited ? Occur.MustNot
                : modifier == Modifier.Required || conjunction != Conjunction.Or ? Occur.Must
                : Occur.Should;
            clauses.Add((occur, node));
        }
        return new BooleanNode(clauses.Select(c => new BooleanClause(c.Occur, c.Node)).ToList());
    }

    private QueryNode ParsePrimary(string? field, int depth)
    {
        if (Peek == '(')
        {
            _position++;
            var inner = ParseQuery(field, depth + 1);
            Expect(')');
            return inner;
        }
        if (Peek is '[' or '{')
        {
            return field is null ? throw new SearchQueryException("a range needs a field, e.g. metadata_modified:[2024-01-01T00:00:00Z TO *]") : ParseRange(field);
        }
        if (Peek == '"')
        {
            return new TermNode(field, ReadQuoted(), Phrase: true);
        }
        var word = ReadWord();
        if (!AtEnd && Peek == ':')
        {
            _position++;
            if (field is not null)
            {
                throw new SearchQueryException($"a field inside the field '{field}'");
            }
            if (word.Length == 0)
            {
                throw new SearchQueryException("a field name is missing before ':'");
            }
            SkipSpace();
            if (AtEnd)
            {
                throw new SearchQueryException($"the field '{word}' has no value");
            }
            if (word == "*" && Peek == '*')
            {
                _position++;
                return new MatchAllNode();
            }
            return Peek switch
            {
                '(' => ParsePrimary(word, depth),
                '[' or '{' => ParseRange(word),
                '"' => new TermNode(word, ReadQuoted(), Phrase: true),
                _ => ReadWord() is { Length: > 0 } value ? new TermNode(word, value) : throw new SearchQueryException($"the field '{word}' has no value"),
            };
        }
        if (word.Length == 0)
        {
            throw new SearchQueryException($"unexpected '{Peek}' at position {_position + 1}");
        }
        return new TermNode(field, word);
    }

    private RangeNode ParseRange(string field)
    {
        var includeFrom = _text[_position] == '[';
        _position++;
        var close = _text.IndexOfAny([']', '}'], _position);
        if (close < 0)
        {
            throw new SearchQueryException($"the range on '{field}' is not closed");
        }
        var inside = _text[_position..close].Trim();
        var includeTo = _text[close] == ']';
        _position = close + 1;
        var parts = inside.Split(" TO ", 2, StringSplitOptions.TrimEntries);
        if (parts.Length != 2 || parts[0].Length == 0 || parts[1].Length == 0)
        {
            throw new SearchQueryException($"the range on '{field}' must read [from TO to]");
        }
        static string? End(string value) => value == "*" ? null : value.Trim('"');
        return new RangeNode(field, End(parts[0]), End(parts[1]), includeFrom, includeTo);
    }

    private string ReadQuoted()
    {
        _position++;
        var builder = new StringBuilder();
        while (!AtEnd && Peek != '"')
        {
            if (Peek == '\\' && _position + 1 < _text.Length)
            {
                _position++;
            }
            builder.Append(_text[_position++]);
        }
        if (AtEnd)
        {
            throw new SearchQueryException("a quotation mark is not closed");
        }
        _position++;
        return builder.ToString();
    }

    private string ReadWord()
    {
        var builder = new StringBuilder();
        while (!AtEnd && !char.IsWhiteSpace(Peek) && Peek is not ('(' or ')' or '"' or ':' or '[' or ']' or '{' or '}'))
        {
            if (Peek == '\\' && _position + 1 < _text.Length)
            {
                _position++;
            }
            builder.Append(_text[_position++]);
        }
        return builder.ToString();
    }

    private bool TryKeyword(string keyword)
    {
        var end = _position + keyword.Length;
        if (end <= _text.Length && string.CompareOrdinal(_text, _position, keyword, 0, keyword.Length) == 0
            && (end == _text.Length || char.IsWhiteSpace(_text[end]) || _text[end] == '('))
        {
            _position = end;
            return true;
        }
        return false;
    }

    private bool TrySymbol(string symbol)
    {
        if (string.CompareOrdinal(_text, _position, symbol, 0, symbol.Length) == 0)
        {
            _position += symbol.Length;
            return true;
        }
        return false;
    }

    private void Expect(char c)
    {
        SkipSpace();
        if (AtEnd || Peek != c)
        {
            throw new SearchQueryException(c == ')' ? "a parenthesis is not closed" : $"'{c}' expected");
        }
        _position++;
    }

    private void SkipSpace()
    {
        while (!AtEnd && char.IsWhiteSpace(Peek))
        {
            _position++;
        }
    }

    private bool AtEnd => _position >= _text.Length;

    private char Peek => _text[_position];
}
