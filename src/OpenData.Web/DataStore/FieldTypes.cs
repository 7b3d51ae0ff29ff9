using System.Globalization;
using System.Text.RegularExpressions;

namespace OpenData.Web.DataStore;

/// <summary>The column types of the data store, named as CKAN's DataStore names them in field lists.</summary>
public enum FieldType
{
    Int,
    Numeric,
    Bool,
    Date,
    Timestamp,
    Text,
}

/// <summary>Which separator marks the decimals in a numeric column: "1,234.5" (point) or the Vietnamese "1.234,5" (comma).</summary>
public enum DecimalMark
{
    Point,
    Comma,
}

public static partial class FieldTypes
{
    public static string Name(FieldType type) => type switch
    {
        FieldType.Int => "int",
        FieldType.Numeric => "numeric",
        FieldType.Bool => "bool",
        FieldType.Date => "date",
        FieldType.Timestamp => "timestamp",
        _ => "text",
    };

    /// <summary>A type by its CKAN or PostgreSQL name (int, int4, int8, integer, bigint, numeric, float8, ...); null when unknown.</summary>
    public static FieldType? Parse(string? name) => name?.Trim().ToLowerInvariant() switch
    {
        "int" or "int4" or "int8" or "integer" or "bigint" => FieldType.Int,
        "numeric" or "float" or "float8" or "double" or "decimal" or "number" => FieldType.Numeric,
        "bool" or "boolean" => FieldType.Bool,
        "date" => FieldType.Date,
        "timestamp" or "datetime" => FieldType.Timestamp,
        "text" or "string" => FieldType.Text,
        _ => null,
    };

    [GeneratedRegex(@"^-?(0|[1-9][0-9]*)$", RegexOptions.CultureInvariant)]
    private static partial Regex IntegerPattern();

    // Point style: 1234.5, 1,234.5, 1,234,567; comma style (Vietnamese): 1234,5, 1.234,5, 1.234.567.
    [GeneratedRegex(@"^-?((0|[1-9][0-9]*)(\.[0-9]+)?|[1-9][0-9]{0,2}(,[0-9]{3})+(\.[0-9]+)?)$", RegexOptions.CultureInvariant)]
    private static partial Regex PointNumberPattern();

    [GeneratedRegex(@"^-?((0|[1-9][0-9]*)(,[0-9]+)?|[1-9][0-9]{0,2}(\.[0-9]{3})+(,[0-9]+)?)$", RegexOptions.CultureInvariant)]
    private static partial Regex CommaNumberPattern();

    private static readonly string[] DateFormats = ["yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy"];

    private static readonly string[] TimestampFormats =
    [
        "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF",
        "yyyy-MM-dd'T'HH:mm:ss'Z'", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", "dd/MM/yyyy HH:mm:ss", "dd/MM/yyyy HH:mm", "d/M/yyyy H:mm", "d/M/yyyy H:mm:ss",
    ];

    private static readonly string[] TrueWords = ["true", "yes", "có", "đúng"];
    private static readonly string[] FalseWords = ["false", "no", "không", "sai"];

    public static bool IsInteger(string value) => IntegerPattern().IsMatch(value) && long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _);

    public static bool IsNumber(string value, DecimalMark mark) => value.Length <= 40 && (mark == DecimalMark.Point ? PointNumberPattern() : CommaNumberPattern()).IsMatch(value);

    public static bool TryParseBool(string value, out bool result)
    {
        var lower = value.ToLowerInvariant();
        result = TrueWords.Contains(lower);
        return result || FalseWords.Contains(lower);
    }

    public static bool TryParseDate(string value, out DateOnly date) =>
        DateOnly.TryParseExact(value, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    public static bool TryParseTimestamp(string value, out DateTime timestamp)
    {
        if (TryParseDate(value, out var date))
        {
            timestamp = date.ToDateTime(TimeOnly.MinValue);
            return true;
        }
        return DateTime.TryParseExact(value, TimestampFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out timestamp);
    }

    public static bool TryParseNumber(string value, DecimalMark mark, out decimal number)
    {
        number = 0;
        if (!IsNumber(value, mark))
        {
            return false;
        }
        var invariant = mark == DecimalMark.Point ? value.Replace(",", "") : value.Replace(".", "").Replace(',', '.');
        return decimal.TryParse(invariant, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out number);
    }

    /// <summary>The stored value for a field's text (trimmed; empty is null); false when the text does not fit the type.</summary>
    public static bool TryConvert(string raw, FieldType type, DecimalMark mark, out object? value)
    {
        var text = raw.Trim();
        value = null;
        if (text.Length == 0)
        {
            return true;
        }
        switch (type)
        {
            case FieldType.Int when long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l):
                value = l;
                return true;
            case FieldType.Numeric when TryParseNumber(text, mark, out var d) || TryParseNumber(text, Other(mark), out d):
                value = d;
                return true;
            case FieldType.Bool when TryParseBool(text, out var b):
                value = b;
                return true;
            case FieldType.Date when TryParseDate(text, out var date):
                value = date;
                return true;
            case FieldType.Timestamp when TryParseTimestamp(text, out var t):
                value = t;
                return true;
            case FieldType.Text:
                value = text;
                return true;
            default:
                return false;
        }
    }

    private static DecimalMark Other(DecimalMark mark) => mark == DecimalMark.Point ? DecimalMark.Comma : DecimalMark.Point;
}

/// <summary>
/// Infers a column's type from every value in the file (not a sample): each non-empty value rules out the
/// types it does not fit, so a single non-conforming value makes the column text. Order of preference:
/// int, numeric, bool, date, timestamp, text. Integers with a leading zero ("0905...", codes) stay text.
/// Numbers: a column is read with the decimal point ("1,234.5") unless a value only fits the Vietnamese
/// decimal comma ("1.234,5", "12,5"); if both readings fit every value (only values like "1.234"), the
/// separator that appears is the decimal mark, so "1.234" alone is 1.234, never 1234.
/// </summary>
public sealed class ColumnInference
{
    public const int DistinctCap = 1000;

    private bool _int = true, _point = true, _comma = true, _bool = true, _date = true, _timestamp = true, _sawPoint;
    private readonly HashSet<string> _distinct = new(StringComparer.Ordinal);

    public long NonEmpty { get; private set; }

    /// <summary>Distinct values seen, or null when there were more than <see cref="DistinctCap"/>.</summary>
    public int? DistinctCount => _distinct.Count > DistinctCap ? null : _distinct.Count;

    public void Observe(string raw)
    {
        var value = raw.Trim();
        if (value.Length == 0)
        {
            return;
        }
        NonEmpty++;
        if (_distinct.Count <= DistinctCap)
        {
            _distinct.Add(value);
        }
        var digitFirst = char.IsAsciiDigit(value[0]) || value[0] == '-';
        if (_int && (!digitFirst || !FieldTypes.IsInteger(value)))
        {
            _int = false;
        }
        if (!_int)
        {
            if (_point && (!digitFirst || !FieldTypes.IsNumber(value, DecimalMark.Point)))
            {
                _point = false;
            }
            if (_comma && (!digitFirst || !FieldTypes.IsNumber(value, DecimalMark.Comma)))
            {
                _comma = false;
            }
            _sawPoint |= value.Contains('.');
        }
        if (_bool && !FieldTypes.TryParseBool(value, out _))
        {
            _bool = false;
        }
        if (_date && (!digitFirst || !FieldTypes.TryParseDate(value, out _)))
        {
            _date = false;
        }
        // A date is also a timestamp (midnight): only test the timestamp formats once dates are ruled out.
        if (_timestamp && !_date && (!digitFirst || !FieldTypes.TryParseTimestamp(value, out _)))
        {
            _timestamp = false;
        }
    }

    public FieldType Type =>
        NonEmpty == 0 ? FieldType.Text
        : _int ? FieldType.Int
        : _point || _comma ? FieldType.Numeric
        : _bool ? FieldType.Bool
        : _date ? FieldType.Date
        : _timestamp ? FieldType.Timestamp
        : FieldType.Text;

    public DecimalMark Mark => _point && (!_comma || _sawPoint) ? DecimalMark.Point : _comma ? DecimalMark.Comma : DecimalMark.Point;
}
