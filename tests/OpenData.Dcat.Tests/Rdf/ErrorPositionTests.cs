using OpenData.Dcat.Rdf;

namespace OpenData.Dcat.Tests.Rdf;

public sealed class ErrorPositionTests
{
    public static TheoryData<RdfFormat, string, int, int> Errors => new()
    {
        { RdfFormat.NTriples, "<http://e/s> <http://e/p> <http://e/o> .\n<http://e/s> <http://e/p> <relative> .\n", 2, 27 },
        { RdfFormat.NTriples, "<http://e/s> <http://e/p> \"a\" \n", 1, 31 },
        { RdfFormat.Turtle, "@prefix e: <http://e/> .\n\ne:s e:p e:o ;\n    e:q undeclared:x .\n", 4, 9 },
        { RdfFormat.Turtle, "@prefix e: <http://e/> .\ne:s e:p \"bad \\q escape\" .\n", 2, 15 },
        { RdfFormat.RdfXml, "<rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#' xmlns:e='http://e/'>\n  <rdf:Description rdf:about='http://e/s'>\n    <e:p rdf:resource='http://e/o' rdf:nodeID='x'/>\n  </rdf:Description>\n</rdf:RDF>", 3, 6 },
        { RdfFormat.RdfXml, "<rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'>\n  <rdf:Description>\n</rdf:RDF>", 3, 3 },
        { RdfFormat.JsonLd, "{\n  \"@id\": \"http://e/s\",\n  \"http://e/p\": tru\n}", 3, 20 },
    };

    [Theory]
    [MemberData(nameof(Errors))]
    public void Syntax_errors_report_line_and_column(RdfFormat format, string document, int line, int column)
    {
        var error = Assert.Throws<RdfSyntaxException>(() => RdfFormats.Parse(document, format));

        Assert.Equal((line, column), (error.Line, error.Column));
        Assert.Contains($"line {line}, column {column}", error.Message, StringComparison.Ordinal);
    }
}
