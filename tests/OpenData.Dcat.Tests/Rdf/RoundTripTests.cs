using OpenData.Dcat.Rdf;
using OpenData.TestSupport;

namespace OpenData.Dcat.Tests.Rdf;

public sealed class RoundTripTests
{
    private const string Sample = """
        @prefix dcat: <http://www.w3.org/ns/dcat#> .
        @prefix dct: <http://purl.org/dc/terms/> .
        @prefix foaf: <http://xmlns.com/foaf/0.1/> .
        @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
        @prefix ex: <https://opendata.example.gov.vn/> .

        ex:catalog a dcat:Catalog ;
            dct:title "Cổng dữ liệu mở tỉnh"@vi, "Provincial open data portal"@en ;
            dcat:dataset ex:dataset\/1, <https://opendata.example.gov.vn/dataset/quan-trac-moi-truong> .

        <https://opendata.example.gov.vn/dataset/quan-trac-moi-truong> a dcat:Dataset ;
            dct:title "Quan trắc môi trường"@vi ;
            dct:description "Dòng 1\nDòng 2 with \"quotes\", a \\ backslash, <angle> & ampersand\ttab"@vi ;
            dct:publisher [ a foaf:Organization ; foaf:name "Sở Tài nguyên và Môi trường" ] ;
            dcat:keyword "môi trường", "nước", "không khí" ;
            dct:issued "2024-01-15"^^xsd:date ;
            dcat:byteSize 1024 ;
            ex:ratio 0.75 ;
            ex:big 1.5e10 ;
            ex:open true ;
            ex:order ( "một" "hai" [ foaf:name "ba" ] ) ;
            ex:empty () ;
            ex:shared _:shared ;
            ex:again _:shared ;
            ex:xml "<b>đậm</b>"^^<http://www.w3.org/1999/02/22-rdf-syntax-ns#XMLLiteral> .

        _:shared foaf:name "Dùng chung" .
        _:cycle1 ex:next _:cycle2 .
        _:cycle2 ex:next _:cycle1 .
        """;

    public static TheoryData<RdfFormat> Formats => [RdfFormat.NTriples, RdfFormat.Turtle, RdfFormat.RdfXml, RdfFormat.JsonLd];

    private static Graph RoundTrip(Graph graph, RdfFormat format)
    {
        var text = RdfFormats.WriteToString(graph, format);
        try
        {
            return RdfFormats.Parse(text, format);
        }
        catch (RdfSyntaxException e)
        {
            throw new InvalidOperationException("Written document does not parse: " + e.Message + "\n" + text, e);
        }
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Writing_then_reading_gives_an_isomorphic_graph(RdfFormat format)
    {
        var graph = RdfFormats.Parse(Sample, RdfFormat.Turtle);

        var again = RoundTrip(graph, format);

        Assert.True(GraphIsomorphism.AreIsomorphic(graph, again), RdfFormats.WriteToString(graph, format));
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Vietnamese_text_survives_a_round_trip(RdfFormat format)
    {
        var graph = new Graph();
        graph.Assert(new Iri("https://opendata.example.gov.vn/org/stnmt"), Vocabulary.Foaf.Name, Literal.Lang("Sở Tài nguyên và Môi trường", "vi"));

        var again = RoundTrip(graph, format);

        Assert.Contains(again.Triples, t => t.Object is Literal { LexicalForm: "Sở Tài nguyên và Môi trường", Language: "vi" });
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Writing_is_deterministic(RdfFormat format)
    {
        var graph = RdfFormats.Parse(Sample, RdfFormat.Turtle);

        Assert.Equal(RdfFormats.WriteToString(graph, format), RdfFormats.WriteToString(graph, format));
    }

    [Fact]
    public void Turtle_writer_nests_blank_nodes_and_lists_referenced_once()
    {
        var graph = RdfFormats.Parse(Sample, RdfFormat.Turtle);

        var text = RdfFormats.WriteToString(graph, RdfFormat.Turtle);

        Assert.Contains("dct:publisher [", text, StringComparison.Ordinal);
        Assert.Contains("( \"một\" \"hai\" [", text, StringComparison.Ordinal);
    }

    [Fact]
    public void RdfXml_writer_nests_blank_nodes_referenced_once_as_typed_node_elements()
    {
        var graph = RdfFormats.Parse(Sample, RdfFormat.Turtle);

        var xml = RdfFormats.WriteToString(graph, RdfFormat.RdfXml);

        Assert.Matches(@"<dct:publisher>\s*<foaf:Organization>\s*<foaf:name>Sở Tài nguyên và Môi trường</foaf:name>", xml);
    }

    [Fact]
    public void Writers_stream_subject_groups_page_by_page()
    {
        using var output = new StringWriter();
        var writer = new TurtleWriter(output);
        writer.BeginDocument(Vocabulary.CommonPrefixes);
        for (var page = 0; page < 3; page++)
        {
            var subject = new Iri($"https://opendata.example.gov.vn/dataset/{page}");
            writer.WriteSubjectGroup([new Triple(subject, Vocabulary.Rdf.Type, Vocabulary.Dcat.Dataset)]);
        }
        writer.EndDocument();

        var graph = RdfFormats.Parse(output.ToString(), RdfFormat.Turtle);

        Assert.Equal(3, graph.SubjectsOf(Vocabulary.Rdf.Type, Vocabulary.Dcat.Dataset).Count());
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void A_long_chain_of_blank_nodes_round_trips_without_deep_recursion(RdfFormat format)
    {
        var graph = new Graph();
        Term node = new Iri("http://e/start");
        for (var i = 0; i < 2_000; i++)
        {
            var next = graph.NewBlankNode();
            graph.Assert(node, new Iri("http://e/next"), next);
            node = next;
        }
        graph.Assert(node, new Iri("http://e/value"), Literal.Plain("end"));

        Assert.True(GraphIsomorphism.AreIsomorphic(graph, RoundTrip(graph, format)));
    }

    /// <summary>
    /// Chains longer than the nesting limit give the blank nodes past it labels inside their group; the RDF/XML writer
    /// forgets those labels after the group, and labels of later groups must still not collide with earlier ones.
    /// </summary>
    [Theory]
    [MemberData(nameof(Formats))]
    public void Blank_node_labels_stay_distinct_across_groups_of_long_chains(RdfFormat format)
    {
        var graph = new Graph();
        for (var chain = 0; chain < 5; chain++)
        {
            Term node = new Iri($"http://e/start/{chain}");
            for (var i = 0; i < 100; i++)
            {
                var next = graph.NewBlankNode();
                graph.Assert(node, new Iri("http://e/next"), next);
                node = next;
            }
            graph.Assert(node, new Iri("http://e/value"), Literal.Plain($"end {chain}"));
        }

        Assert.True(GraphIsomorphism.AreIsomorphic(graph, RoundTrip(graph, format)));
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Many_interchangeable_blank_nodes_round_trip(RdfFormat format)
    {
        var graph = new Graph();
        for (var i = 0; i < 2_000; i++)
        {
            var distribution = graph.NewBlankNode();
            graph.Assert(new Iri("http://e/dataset"), Vocabulary.Dcat.DistributionProp, distribution);
            graph.Assert(distribution, Vocabulary.Rdf.Type, Vocabulary.Dcat.Distribution);
        }

        Assert.True(GraphIsomorphism.AreIsomorphic(graph, RoundTrip(graph, format)));
    }

    /// <summary>Every expected graph of the W3C Turtle evaluation tests goes through every writer and back.</summary>
    [Theory]
    [MemberData(nameof(Formats))]
    public void W3c_turtle_results_round_trip_through_each_writer(RdfFormat format)
    {
        SharedFixtures.Path("rdf-tests", "rdf-turtle", "manifest.ttl");
        var failures = new List<string>();
        foreach (var test in W3cSuite.Load("rdf-turtle").Where(t => t.Type == "TestTurtleEval"))
        {
            var resultIri = test.Result ?? throw new InvalidOperationException("eval test without result");
            var graph = W3cSuite.Parse(new NTriplesParser(), W3cSuite.LocalPath(test, resultIri), resultIri);
            if (format == RdfFormat.RdfXml && !XmlCanHold(graph))
            {
                continue;
            }
            try
            {
                if (!GraphIsomorphism.AreIsomorphic(graph, RoundTrip(graph, format)))
                {
                    failures.Add(test.Name + ": not isomorphic");
                }
            }
            catch (Exception e) when (e is InvalidOperationException or RdfSyntaxException)
            {
                failures.Add(test.Name + ": " + e.Message);
            }
        }
        Assert.Empty(failures);
    }

    /// <summary>XML 1.0 cannot carry most control characters, and RDF/XML needs predicates that end in an XML name.</summary>
    private static bool XmlCanHold(Graph graph) =>
        graph.Triples.All(t => RdfXmlWriter.Split(t.Predicate.Value) is not null
            && !(t.Object is Literal l && l.LexicalForm.Any(c => c < 0x20 && c is not ('\t' or '\n' or '\r'))));
}
