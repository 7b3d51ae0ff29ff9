using OpenData.Dcat.Rdf;

namespace OpenData.Dcat.Tests.Rdf;

public sealed class NTriplesWriterTests
{
    [Theory]
    [InlineData("plain", "\"plain\"")]
    [InlineData("say \"hi\"", "\"say \\\"hi\\\"\"")]
    [InlineData("a\\b", "\"a\\\\b\"")]
    [InlineData("line\nbreak\r", "\"line\\nbreak\\r\"")]
    [InlineData("tab\tbs\bff\f", "\"tab\\tbs\\bff\\f\"")]
    [InlineData("nul\u0000del\u007F", "\"nul\\u0000del\\u007F\"")]
    [InlineData("Sở Tài nguyên và Môi trường", "\"Sở Tài nguyên và Môi trường\"")]
    public void Literals_use_canonical_escapes(string value, string expected) =>
        Assert.Equal(expected, Literal.Plain(value).ToNTriples());

    [Fact]
    public void Typed_and_language_literals_carry_their_suffix()
    {
        Assert.Equal("\"1\"^^<http://www.w3.org/2001/XMLSchema#integer>", Literal.Typed("1", Vocabulary.Xsd.Integer).ToNTriples());
        Assert.Equal("\"Hà Nội\"@vi", Literal.Lang("Hà Nội", "vi").ToNTriples());
    }

    [Fact]
    public void Writer_emits_one_triple_per_line()
    {
        using var output = new StringWriter();
        var writer = new NTriplesWriter(output);
        writer.BeginDocument(new Dictionary<string, string>());
        writer.WriteSubjectGroup([new Triple(new Iri("http://e/s"), new Iri("http://e/p"), new BlankNode("x"))]);
        writer.EndDocument();

        Assert.Equal("<http://e/s> <http://e/p> _:x .\n", output.ToString());
    }
}
