using OpenData.Dcat.Rdf;

namespace OpenData.Dcat.Tests.Rdf;

public sealed class RdfFormatsTests
{
    [Theory]
    [InlineData("ntriples", RdfFormat.NTriples, "application/n-triples", ".nt")]
    [InlineData("turtle", RdfFormat.Turtle, "text/turtle", ".ttl")]
    [InlineData("rdfxml", RdfFormat.RdfXml, "application/rdf+xml", ".rdf")]
    [InlineData("jsonld", RdfFormat.JsonLd, "application/ld+json", ".jsonld")]
    public void Each_format_is_known_by_name_media_type_and_extension(string name, RdfFormat format, string mediaType, string extension)
    {
        Assert.Equal(format, RdfFormats.FromName(name.ToUpperInvariant()));
        Assert.Equal(format, RdfFormats.FromMediaType(mediaType + "; charset=utf-8"));
        Assert.Equal(format, RdfFormats.FromExtension("catalog" + extension));
        Assert.Equal((name, mediaType, extension), (RdfFormats.Info(format).Name, RdfFormats.Info(format).MediaType, RdfFormats.Info(format).Extension));
    }

    [Fact]
    public void Unknown_names_are_not_guessed() => Assert.Null(RdfFormats.FromName("n3"));

    [Theory]
    [InlineData(null, RdfFormat.Turtle)]
    [InlineData("", RdfFormat.Turtle)]
    [InlineData("application/ld+json", RdfFormat.JsonLd)]
    [InlineData("text/turtle;q=0.5, application/rdf+xml", RdfFormat.RdfXml)]
    [InlineData("application/n-triples;q=0.9, application/ld+json;q=0.8", RdfFormat.NTriples)]
    [InlineData("*/*", RdfFormat.Turtle)]
    [InlineData("application/*", RdfFormat.JsonLd)]
    [InlineData("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", RdfFormat.Turtle)]
    [InlineData("application/ld+json;q=0, */*;q=0.1", RdfFormat.Turtle)]
    [InlineData("text/turtle;q=0, */*", RdfFormat.JsonLd)]
    public void Accept_header_picks_the_best_format(string? accept, RdfFormat expected) =>
        Assert.Equal(expected, RdfFormats.Negotiate(accept));

    [Theory]
    [InlineData("text/html")]
    [InlineData("application/json;q=1, text/turtle;q=0")]
    public void Accept_header_with_nothing_supported_gives_null(string accept) =>
        Assert.Null(RdfFormats.Negotiate(accept));

    [Fact]
    public void Parse_and_write_convert_between_formats_like_the_cli()
    {
        using var input = new MemoryStream("<http://e/s> <http://e/p> \"Sở Tài nguyên và Môi trường\"@vi .\n"u8.ToArray());
        var graph = RdfFormats.Parse(input, RdfFormat.NTriples);

        var turtle = RdfFormats.WriteToString(graph, RdfFormat.Turtle);

        Assert.Contains("\"Sở Tài nguyên và Môi trường\"@vi", turtle, StringComparison.Ordinal);
    }

    [Fact]
    public void Turtle_output_declares_the_common_prefixes_the_graph_uses()
    {
        var graph = RdfFormats.Parse("<http://e/d> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://www.w3.org/ns/dcat#Dataset> .\n", RdfFormat.NTriples);

        var turtle = RdfFormats.WriteToString(graph, RdfFormat.Turtle);

        Assert.Equal("@prefix dcat: <http://www.w3.org/ns/dcat#> .\n@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .\n\n<http://e/d> a dcat:Dataset .\n\n", turtle);
    }

    [Fact]
    public void Convert_keeps_the_prefixes_of_the_source_document()
    {
        using var input = new StringReader("@prefix dcat: <http://www.w3.org/ns/dcat#> .\n<http://e/d> a dcat:Dataset .\n");
        using var output = new StringWriter();

        RdfFormats.Convert(input, RdfFormat.Turtle, output, RdfFormat.RdfXml);

        Assert.Contains("<dcat:Dataset rdf:about=\"http://e/d\"", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void RdfXml_streams_follow_the_encoding_in_the_xml_declaration()
    {
        var xml = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns:e=\"http://e/\"><rdf:Description rdf:about=\"http://e/s\"><e:p>café</e:p></rdf:Description></rdf:RDF>";
        using var input = new MemoryStream(System.Text.Encoding.Latin1.GetBytes(xml));

        var graph = RdfFormats.Parse(input, RdfFormat.RdfXml);

        Assert.Equal(Literal.Plain("café"), graph.Triples.Single().Object);
    }
}
