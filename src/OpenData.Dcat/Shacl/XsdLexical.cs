using System.Globalization;
using System.Text.RegularExpressions;
using OpenData.Dcat.Rdf;

namespace OpenData.Dcat.Shacl;

/// <summary>
/// Lexical-space checks for the XSD datatypes (XML Schema 1.1 Part 2). SHACL §4.1.2: a literal whose lexical form is
/// ill-formed for its datatype does not satisfy sh:datatype.
/// </summary>
public static partial class XsdLexical
{
    public static bool IsValid(Literal literal)
    {
        var ns = Vocabulary.Xsd.Namespace;
        var type = literal.Datatype.Value;
        if (!type.StartsWith(ns, StringComparison.Ordinal))
        {
            return true;
        }
        var text = literal.LexicalForm;
        return type[ns.Length..] switch
        {
            "integer" or "long" or "int" or "short" or "byte" => IntegerPattern().IsMatch(text),
            "nonNegativeInteger" or "unsignedLong" or "unsignedInt" or "unsignedShort" or "unsignedByte" =>
                IntegerPattern().IsMatch(text) && !text.TrimStart().StartsWith('-') || text.Trim() is "-0",
            "positiveInteger" => IntegerPattern().IsMatch(text) && decimal.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var p) && p > 0,
            "negativeInteger" => IntegerPattern().IsMatch(text) && decimal.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n < 0,
            "nonPositiveInteger" => IntegerPattern().IsMatch(text) && decimal.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var np) && np <= 0,
            "decimal" => DecimalPattern().IsMatch(text),
            "double" or "float" => DoublePattern().IsMatch(text),
            "boolean" => text is "true" or "false" or "1" or "0",
            "date" => DatePattern().IsMatch(text) && DateOnly.TryParseExact(text[..10].TrimStart('-'), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
            "dateTime" => DateTimePattern().IsMatch(text),
            "dateTimeStamp" => DateTimePattern().IsMatch(text) && TimezonePattern().IsMatch(text),
            "time" => TimePattern().IsMatch(text),
            "gYear" => GYearPattern().IsMatch(text),
            "gYearMonth" => GYearMonthPattern().IsMatch(text),
            "duration" => DurationPattern().IsMatch(text) && !text.EndsWith('T') && text.TrimStart('-') != "P",
            "hexBinary" => text.Length % 2 == 0 && HexPattern().IsMatch(text),
            "base64Binary" => IsBase64(text),
            "anyURI" => !text.Any(char.IsWhiteSpace) || Uri.TryCreate(text, UriKind.RelativeOrAbsolute, out _),
            _ => true,
        };
    }

    private static bool IsBase64(string text)
    {
        var buffer = new byte[text.Length];
        return Convert.TryFromBase64String(text.Replace(" ", "", StringComparison.Ordinal), buffer, out _);
    }

    [GeneratedRegex(@"^[+-]?[0-9]+$")]
    private static partial Regex IntegerPattern();

    [GeneratedRegex(@"^[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)$")]
    private static partial Regex DecimalPattern();

    [GeneratedRegex(@"^([+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][+-]?[0-9]+)?|[+-]?INF|NaN)$")]
    private static partial Regex DoublePattern();

    [GeneratedRegex(@"^-?[0-9]{4,}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])(Z|[+-]([01][0-9]|1[0-4]):[0-5][0-9])?$")]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"^-?[0-9]{4,}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T(([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\.[0-9]+)?|24:00:00(\.0+)?)(Z|[+-]([01][0-9]|1[0-4]):[0-5][0-9])?$")]
    private static partial Regex DateTimePattern();

    [GeneratedRegex(@"(Z|[+-][0-9]{2}:[0-9]{2})$")]
    private static partial Regex TimezonePattern();

    [GeneratedRegex(@"^(([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\.[0-9]+)?|24:00:00(\.0+)?)(Z|[+-]([01][0-9]|1[0-4]):[0-5][0-9])?$")]
    private static partial Regex TimePattern();

    [GeneratedRegex(@"^-?[0-9]{4,}(Z|[+-]([01][0-9]|1[0-4]):[0-5][0-9])?$")]
    private static partial Regex GYearPattern();

    [GeneratedRegex(@"^-?[0-9]{4,}-(0[1-9]|1[0-2])(Z|[+-]([01][0-9]|1[0-4]):[0-5][0-9])?$")]
    private static partial Regex GYearMonthPattern();

    [GeneratedRegex(@"^-?P([0-9]+Y)?([0-9]+M)?([0-9]+D)?(T([0-9]+H)?([0-9]+M)?([0-9]+(\.[0-9]+)?S)?)?$")]
    private static partial Regex DurationPattern();

    [GeneratedRegex(@"^[0-9A-Fa-f]*$")]
    private static partial Regex HexPattern();
}
