using OpenData.Dcat.Rdf;
using OpenData.Dcat.Shacl;

namespace OpenData.Dcat.Tests.Shacl;

public sealed class ShaclValidatorTests
{
    private const string Prefixes = """
        @prefix sh: <http://www.w3.org/ns/shacl#> .
        @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
        @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
        @prefix ex: <http://example.org/> .

        """;

    /// <summary>(constraint on ex:p of every ex:Thing, data about ex:a, expected component or null when it conforms).</summary>
    public static TheoryData<string, string, string?> Cases => new()
    {
        { "sh:minCount 1", "ex:a ex:p 1 .", null },
        { "sh:minCount 1", "ex:a ex:q 1 .", "MinCountConstraintComponent" },
        { "sh:maxCount 1", "ex:a ex:p 1, 2 .", "MaxCountConstraintComponent" },
        { "sh:maxCount 1", "ex:a ex:p 1 .", null },
        { "sh:datatype xsd:integer", "ex:a ex:p 1 .", null },
        { "sh:datatype xsd:integer", "ex:a ex:p \"1\" .", "DatatypeConstraintComponent" },
        { "sh:datatype xsd:date", "ex:a ex:p \"2024-02-30\"^^xsd:date .", "DatatypeConstraintComponent" },
        { "sh:datatype xsd:hexBinary", "ex:a ex:p \"0a1B\"^^xsd:hexBinary .", null },
        { "sh:datatype xsd:hexBinary", "ex:a ex:p \"xyz\"^^xsd:hexBinary .", "DatatypeConstraintComponent" },
        { "sh:datatype xsd:nonNegativeInteger", "ex:a ex:p \"-5\"^^xsd:nonNegativeInteger .", "DatatypeConstraintComponent" },
        { "sh:datatype xsd:dateTime", "ex:a ex:p \"2024-01-01T10:00:00Z\"^^xsd:dateTime .", null },
        { "sh:class ex:Kind", "ex:a ex:p ex:b . ex:b a ex:Kind .", null },
        { "sh:class ex:Kind", "ex:a ex:p ex:b . ex:b a ex:Sub . ex:Sub rdfs:subClassOf ex:Kind .", null },
        { "sh:class ex:Kind", "ex:a ex:p ex:b .", "ClassConstraintComponent" },
        { "sh:class rdfs:Resource", "ex:a ex:p <http://example.org/any> .", null },
        { "sh:class rdfs:Resource", "ex:a ex:p \"text\" .", "ClassConstraintComponent" },
        { "sh:nodeKind sh:IRI", "ex:a ex:p [] .", "NodeKindConstraintComponent" },
        { "sh:nodeKind sh:BlankNodeOrIRI", "ex:a ex:p [] .", null },
        { "sh:nodeKind sh:Literal", "ex:a ex:p ex:b .", "NodeKindConstraintComponent" },
        { "sh:in ( \"a\" \"b\" )", "ex:a ex:p \"b\" .", null },
        { "sh:in ( \"a\" \"b\" )", "ex:a ex:p \"c\" .", "InConstraintComponent" },
        { "sh:hasValue ex:v", "ex:a ex:p ex:v .", null },
        { "sh:hasValue ex:v", "ex:a ex:p ex:w .", "HasValueConstraintComponent" },
        { "sh:pattern \"^Q[0-9]+$\"", "ex:a ex:p \"Q12\" .", null },
        { "sh:pattern \"^q\" ; sh:flags \"i\"", "ex:a ex:p \"Q12\" .", null },
        { "sh:pattern \"^Q[0-9]+$\"", "ex:a ex:p \"X\" .", "PatternConstraintComponent" },
        { "sh:minLength 3", "ex:a ex:p \"Sở\" .", "MinLengthConstraintComponent" },
        { "sh:maxLength 3", "ex:a ex:p \"Quảng Ngãi\" .", "MaxLengthConstraintComponent" },
        { "sh:languageIn ( \"vi\" \"en\" )", "ex:a ex:p \"Tỉnh\"@vi-VN .", null },
        { "sh:languageIn ( \"vi\" )", "ex:a ex:p \"Province\"@en .", "LanguageInConstraintComponent" },
        { "sh:uniqueLang true", "ex:a ex:p \"a\"@vi, \"b\"@vi .", "UniqueLangConstraintComponent" },
        { "sh:uniqueLang true", "ex:a ex:p \"a\"@vi, \"b\"@en .", null },
        { "sh:minInclusive 0", "ex:a ex:p -1 .", "MinInclusiveConstraintComponent" },
        { "sh:node [ sh:property [ sh:path ex:name ; sh:minCount 1 ] ]", "ex:a ex:p ex:b . ex:b ex:name \"B\" .", null },
        { "sh:node [ sh:property [ sh:path ex:name ; sh:minCount 1 ] ]", "ex:a ex:p ex:b .", "NodeConstraintComponent" },
        { "sh:or ( [ sh:datatype xsd:integer ] [ sh:datatype xsd:string ] )", "ex:a ex:p \"x\" .", null },
        { "sh:or ( [ sh:datatype xsd:integer ] [ sh:datatype xsd:date ] )", "ex:a ex:p \"x\" .", "OrConstraintComponent" },
        { "sh:and ( [ sh:datatype xsd:string ] [ sh:minLength 2 ] )", "ex:a ex:p \"x\" .", "AndConstraintComponent" },
        { "sh:not [ sh:datatype xsd:string ]", "ex:a ex:p \"x\" .", "NotConstraintComponent" },
        { "sh:xone ( [ sh:datatype xsd:string ] [ sh:minLength 1 ] )", "ex:a ex:p \"x\" .", "XoneConstraintComponent" },
        { "sh:xone ( [ sh:datatype xsd:string ] [ sh:minLength 5 ] )", "ex:a ex:p \"x\" .", null },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_property_constraint_reports_exactly_the_expected_component(string constraint, string data, string? expected)
    {
        var shapes = Prefixes + $"ex:S a sh:NodeShape ; sh:targetClass ex:Thing ; sh:property [ sh:path ex:p ; {constraint} ] .";

        var report = Validate(shapes, Prefixes + "ex:a a ex:Thing .\n" + data);

        Assert.Equal(expected is null ? [] : [expected], report.Results.Select(r => r.Constraint.Value[Vocabulary.Sh.Namespace.Length..]).Distinct());
    }

    public static TheoryData<string, string, int> Paths => new()
    {
        { "[ sh:inversePath ex:p ]", "ex:b ex:p ex:a . ex:c ex:p ex:a .", 2 },
        { "( ex:p ex:q )", "ex:a ex:p ex:b . ex:b ex:q 1, 2 .", 2 },
        { "[ sh:alternativePath ( ex:p ex:q ) ]", "ex:a ex:p 1 ; ex:q 2 .", 2 },
        { "[ sh:zeroOrMorePath ex:p ]", "ex:a ex:p ex:b . ex:b ex:p ex:c .", 3 },
        { "[ sh:oneOrMorePath ex:p ]", "ex:a ex:p ex:b . ex:b ex:p ex:c .", 2 },
        { "[ sh:zeroOrOnePath ex:p ]", "ex:a ex:p ex:b . ex:b ex:p ex:c .", 2 },
    };

    [Theory]
    [MemberData(nameof(Paths))]
    public void Property_paths_reach_the_expected_number_of_values(string path, string data, int count)
    {
        // maxCount one less than the reachable values: exactly one result when the path reaches `count` values.
        var shapes = Prefixes + $"ex:S a sh:NodeShape ; sh:targetNode ex:a ; sh:property [ sh:path {path} ; sh:maxCount {count - 1} ] .";

        var report = Validate(shapes, Prefixes + data);

        Assert.Single(report.Results);
    }

    public static TheoryData<string, string> Targets => new()
    {
        { "sh:targetNode ex:a", "ex:a ex:other 1 ." },
        { "sh:targetClass ex:Thing", "ex:a a ex:Thing ." },
        { "sh:targetSubjectsOf ex:other", "ex:a ex:other 1 ." },
        { "sh:targetObjectsOf ex:link", "ex:z ex:link ex:a ." },
    };

    [Theory]
    [MemberData(nameof(Targets))]
    public void Each_kind_of_target_selects_the_focus_node(string target, string data)
    {
        var shapes = Prefixes + $"ex:S a sh:NodeShape ; {target} ; sh:property [ sh:path ex:p ; sh:minCount 1 ] .";

        var report = Validate(shapes, Prefixes + data);

        Assert.Equal("http://example.org/a", ((Iri)Assert.Single(report.Results).FocusNode).Value);
    }

    [Fact]
    public void A_deactivated_shape_reports_nothing()
    {
        var shapes = Prefixes + "ex:S a sh:NodeShape ; sh:deactivated true ; sh:targetNode ex:a ; sh:property [ sh:path ex:p ; sh:minCount 1 ] .";

        Assert.True(Validate(shapes, Prefixes + "ex:a ex:q 1 .").Conforms);
    }

    [Fact]
    public void Severity_and_message_come_from_the_shape()
    {
        var shapes = Prefixes + "ex:S a sh:NodeShape ; sh:targetNode ex:a ; sh:property [ sh:path ex:p ; sh:minCount 1 ; sh:severity sh:Warning ; sh:message \"Cần ex:p\"@vi ] .";

        var result = Assert.Single(Validate(shapes, Prefixes + "ex:a ex:q 1 .").Results);

        Assert.Equal((ShaclSeverity.Warning, "Cần ex:p"), (result.Severity, result.Message));
    }

    private static readonly string Backtracking = new string('a', 40) + "!";

    private static ShaclReport ValidatePattern(string pattern, string value, TimeSpan? timeout = null)
    {
        var shapes = Prefixes + $"ex:S a sh:NodeShape ; sh:targetNode ex:a ; sh:property [ sh:path ex:p ; sh:pattern \"{pattern}\" ] .";
        var validator = new ShaclValidator(RdfFormats.Parse(shapes, RdfFormat.Turtle)) { PatternTimeout = timeout ?? TimeSpan.FromSeconds(1) };
        return validator.Validate(RdfFormats.Parse(Prefixes + $"ex:a ex:p \"{value}\" .", RdfFormat.Turtle), TestContext.Current.CancellationToken);
    }

    [Fact]
    public void A_pattern_that_backtracks_exponentially_is_checked_without_backtracking()
    {
        var result = Assert.Single(ValidatePattern("^(a+)+$", Backtracking).Results);

        Assert.Equal("Value does not match pattern \"^(a+)+$\"", result.Message);
    }

    [Fact]
    public void A_pattern_that_cannot_be_checked_in_time_is_a_result_not_a_crash()
    {
        // A back-reference needs the backtracking engine, and this one never finishes on the value.
        var result = Assert.Single(ValidatePattern(@"^(a+)+\\1$", Backtracking, TimeSpan.FromMilliseconds(20)).Results);

        Assert.Equal("PatternConstraintComponent", result.Constraint.Value[Vocabulary.Sh.Namespace.Length..]);
        Assert.StartsWith("Value could not be checked against pattern", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_invalid_pattern_is_a_result_not_a_crash()
    {
        var result = Assert.Single(ValidatePattern("(unclosed", "x").Results);

        Assert.StartsWith("Pattern \"(unclosed\" is not a valid regular expression", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_closed_shape_reports_predicates_it_does_not_declare()
    {
        var shapes = Prefixes + "ex:S a sh:NodeShape ; sh:targetNode ex:a ; sh:closed true ; sh:ignoredProperties ( ex:ok ) ; sh:property [ sh:path ex:p ] .";

        var result = Assert.Single(Validate(shapes, Prefixes + "ex:a ex:p 1 ; ex:ok 2 ; ex:extra 3 .").Results);

        Assert.Equal("http://example.org/extra", result.PathIri?.Value);
    }

    private static ShaclReport Validate(string shapes, string data) =>
        new ShaclValidator(RdfFormats.Parse(shapes, RdfFormat.Turtle)).Validate(RdfFormats.Parse(data, RdfFormat.Turtle), TestContext.Current.CancellationToken);
}
