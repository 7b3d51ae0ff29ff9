using OpenData.Dcat.Rdf;
using OpenData.TestSupport;

namespace OpenData.Dcat.Tests.Rdf;

public sealed class W3cNTriplesTests
{
    public static TheoryData<string> Tests => W3cSuite.Ids("rdf-n-triples", "TestNTriplesPositiveSyntax", "TestNTriplesNegativeSyntax");

    [Theory]
    [MemberData(nameof(Tests))]
    public void NTriples_test_passes(string name) =>
        Assert.Null(W3cSuite.Run(W3cSuite.Get("rdf-n-triples", name), new NTriplesParser()));
}

public sealed class W3cTurtleTests
{
    public static TheoryData<string> Tests => W3cSuite.Ids(
        "rdf-turtle", "TestTurtlePositiveSyntax", "TestTurtleNegativeSyntax", "TestTurtleEval", "TestTurtleNegativeEval");

    [Theory]
    [MemberData(nameof(Tests))]
    public void Turtle_test_passes(string name) =>
        Assert.Null(W3cSuite.Run(W3cSuite.Get("rdf-turtle", name), new TurtleParser()));
}

public sealed class W3cRdfXmlTests
{
    public static TheoryData<string> Tests => W3cSuite.Ids("rdf-xml", "TestXMLEval", "TestXMLNegativeSyntax");

    [Theory]
    [MemberData(nameof(Tests))]
    public void RdfXml_test_passes(string name) =>
        Assert.Null(W3cSuite.Run(W3cSuite.Get("rdf-xml", name), new RdfXmlParser()));
}

/// <summary>Guards against silently losing tests: every manifest entry of every suite must pass.</summary>
public sealed class W3cPassCountTests
{
    [Theory]
    [InlineData("rdf-n-triples", 70)]
    [InlineData("rdf-turtle", 313)]
    [InlineData("rdf-xml", 166)]
    public void Every_manifest_entry_passes(string suite, int total)
    {
        SharedFixtures.Path("rdf-tests", suite, "manifest.ttl");
        var tests = W3cSuite.Load(suite);
        IRdfReader reader = suite switch
        {
            "rdf-n-triples" => new NTriplesParser(),
            "rdf-turtle" => new TurtleParser(),
            _ => new RdfXmlParser(),
        };
        var failed = tests.Where(t => W3cSuite.Run(t, reader) is not null).Select(t => t.Name).ToList();
        TestContext.Current.SendDiagnosticMessage($"{suite}: {tests.Count - failed.Count}/{tests.Count} passed");
        Assert.Equal(total, tests.Count);
        Assert.Empty(failed);
    }
}
