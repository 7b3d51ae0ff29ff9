using OpenData.Dcat.Rdf;

namespace OpenData.Dcat.Tests.Rdf;

public sealed class JsonLdReaderTests
{
    /// <summary>Small JSON-LD documents and the N-Triples they mean (compared by graph isomorphism).</summary>
    public static TheoryData<string, string, string> Cases => new()
    {
        {
            "inline context with prefixes and @type",
            """{"@context": {"dcat": "http://www.w3.org/ns/dcat#", "dct": "http://purl.org/dc/terms/"}, "@id": "http://ex.org/d1", "@type": "dcat:Dataset", "dct:title": "Dữ liệu"}""",
            """
            <http://ex.org/d1> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://www.w3.org/ns/dcat#Dataset> .
            <http://ex.org/d1> <http://purl.org/dc/terms/title> "Dữ liệu" .
            """
        },
        {
            "@vocab and @base",
            """{"@context": {"@vocab": "http://schema.org/", "@base": "http://ex.org/base/"}, "@id": "item", "name": "A", "url": {"@id": "../other"}}""",
            """
            <http://ex.org/base/item> <http://schema.org/name> "A" .
            <http://ex.org/base/item> <http://schema.org/url> <http://ex.org/other> .
            """
        },
        {
            "document base when there is no @base",
            """{"@context": {"p": {"@id": "http://ex.org/p", "@type": "@id"}}, "@id": "a", "p": "b"}""",
            """<http://doc.example/dir/a> <http://ex.org/p> <http://doc.example/dir/b> ."""
        },
        {
            "@type coercion to @vocab and datatypes",
            """{"@context": {"@vocab": "http://ex.org/", "kind": {"@type": "@vocab"}, "issued": {"@type": "http://www.w3.org/2001/XMLSchema#date"}}, "@id": "http://ex.org/s", "kind": "Open", "issued": "2024-05-01"}""",
            """
            <http://ex.org/s> <http://ex.org/kind> <http://ex.org/Open> .
            <http://ex.org/s> <http://ex.org/issued> "2024-05-01"^^<http://www.w3.org/2001/XMLSchema#date> .
            """
        },
        {
            "array of contexts and default language",
            """{"@context": [{"ex": "http://ex.org/"}, {"@language": "vi", "title": "ex:title"}], "@id": "ex:s", "title": "Tiêu đề", "ex:code": {"@value": "A1"}}""",
            """
            <http://ex.org/s> <http://ex.org/title> "Tiêu đề"@vi .
            <http://ex.org/s> <http://ex.org/code> "A1" .
            """
        },
        {
            "language container and term language",
            """{"@context": {"ex": "http://ex.org/", "label": {"@id": "ex:label", "@container": "@language"}, "code": {"@id": "ex:code", "@language": null}}, "@id": "ex:s", "label": {"vi": "Hà Nội", "en": "Hanoi"}, "code": "HN"}""",
            """
            <http://ex.org/s> <http://ex.org/label> "Hà Nội"@vi .
            <http://ex.org/s> <http://ex.org/label> "Hanoi"@en .
            <http://ex.org/s> <http://ex.org/code> "HN" .
            """
        },
        {
            "@list container and @list objects",
            """{"@context": {"ex": "http://ex.org/", "items": {"@id": "ex:items", "@container": "@list"}}, "@id": "ex:s", "items": [1, 2], "ex:other": {"@list": []}}""",
            """
            <http://ex.org/s> <http://ex.org/items> _:l1 .
            _:l1 <http://www.w3.org/1999/02/22-rdf-syntax-ns#first> "1"^^<http://www.w3.org/2001/XMLSchema#integer> .
            _:l1 <http://www.w3.org/1999/02/22-rdf-syntax-ns#rest> _:l2 .
            _:l2 <http://www.w3.org/1999/02/22-rdf-syntax-ns#first> "2"^^<http://www.w3.org/2001/XMLSchema#integer> .
            _:l2 <http://www.w3.org/1999/02/22-rdf-syntax-ns#rest> <http://www.w3.org/1999/02/22-rdf-syntax-ns#nil> .
            <http://ex.org/s> <http://ex.org/other> <http://www.w3.org/1999/02/22-rdf-syntax-ns#nil> .
            """
        },
        {
            "@set container, native numbers and booleans",
            """{"@context": {"ex": "http://ex.org/", "tags": {"@id": "ex:tag", "@container": "@set"}}, "@id": "ex:s", "tags": ["a"], "ex:n": 5.5, "ex:b": false, "ex:i": 7}""",
            """
            <http://ex.org/s> <http://ex.org/tag> "a" .
            <http://ex.org/s> <http://ex.org/n> "5.5E0"^^<http://www.w3.org/2001/XMLSchema#double> .
            <http://ex.org/s> <http://ex.org/b> "false"^^<http://www.w3.org/2001/XMLSchema#boolean> .
            <http://ex.org/s> <http://ex.org/i> "7"^^<http://www.w3.org/2001/XMLSchema#integer> .
            """
        },
        {
            "@graph, nested node objects and blank nodes",
            """{"@context": {"ex": "http://ex.org/"}, "@graph": [{"@id": "ex:a", "ex:knows": {"ex:name": "B"}}, {"@id": "_:c", "ex:knows": {"@id": "_:c"}}]}""",
            """
            <http://ex.org/a> <http://ex.org/knows> _:b .
            _:b <http://ex.org/name> "B" .
            _:c <http://ex.org/knows> _:c .
            """
        },
        {
            "@reverse keyword and reverse terms",
            """{"@context": {"ex": "http://ex.org/", "memberOf": {"@reverse": "ex:member"}}, "@id": "ex:child", "memberOf": {"@id": "ex:parent"}, "@reverse": {"ex:owns": {"@id": "ex:owner"}}}""",
            """
            <http://ex.org/parent> <http://ex.org/member> <http://ex.org/child> .
            <http://ex.org/owner> <http://ex.org/owns> <http://ex.org/child> .
            """
        },
        {
            "@included and keyword aliases",
            """{"@context": {"ex": "http://ex.org/", "id": "@id", "type": "@type"}, "id": "ex:a", "type": "ex:T", "@included": [{"id": "ex:b", "ex:p": "x"}]}""",
            """
            <http://ex.org/a> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://ex.org/T> .
            <http://ex.org/b> <http://ex.org/p> "x" .
            """
        },
        {
            "value objects with @language and @type, unmapped keys dropped",
            """{"@context": {"ex": "http://ex.org/"}, "@id": "ex:s", "ex:v": [{"@value": "chào", "@language": "vi"}, {"@value": "3", "@type": "http://www.w3.org/2001/XMLSchema#integer"}], "unmapped": "dropped"}""",
            """
            <http://ex.org/s> <http://ex.org/v> "chào"@vi .
            <http://ex.org/s> <http://ex.org/v> "3"^^<http://www.w3.org/2001/XMLSchema#integer> .
            """
        },
        {
            "remote context from the local loader",
            """{"@context": "https://contexts.example/dcat.jsonld", "@id": "http://ex.org/d", "title": "T"}""",
            """<http://ex.org/d> <http://purl.org/dc/terms/title> "T" ."""
        },
        {
            "scoped context on a property",
            """{"@context": {"ex": "http://ex.org/", "publisher": {"@id": "ex:publisher", "@context": {"name": "http://xmlns.com/foaf/0.1/name"}}}, "@id": "ex:d", "publisher": {"name": "Sở"}}""",
            """
            <http://ex.org/d> <http://ex.org/publisher> _:p .
            _:p <http://xmlns.com/foaf/0.1/name> "Sở" .
            """
        },
        {
            "@nest groups properties of the same node",
            """{"@context": {"ex": "http://ex.org/", "meta": "@nest"}, "@id": "ex:s", "meta": {"ex:p": "v"}}""",
            """<http://ex.org/s> <http://ex.org/p> "v" ."""
        },
        {
            "lists of lists",
            """{"@context": {"ex": "http://ex.org/"}, "@id": "ex:s", "ex:m": {"@list": [["a"]]}}""",
            """
            <http://ex.org/s> <http://ex.org/m> _:outer .
            _:outer <http://www.w3.org/1999/02/22-rdf-syntax-ns#first> _:inner .
            _:outer <http://www.w3.org/1999/02/22-rdf-syntax-ns#rest> <http://www.w3.org/1999/02/22-rdf-syntax-ns#nil> .
            _:inner <http://www.w3.org/1999/02/22-rdf-syntax-ns#first> "a" .
            _:inner <http://www.w3.org/1999/02/22-rdf-syntax-ns#rest> <http://www.w3.org/1999/02/22-rdf-syntax-ns#nil> .
            """
        },
        {
            "@index container values and type-scoped context",
            """{"@context": {"ex": "http://ex.org/", "byCode": {"@id": "ex:item", "@container": "@index"}, "Org": {"@id": "ex:Org", "@context": {"name": "ex:orgName"}}}, "@id": "ex:s", "@type": "Org", "name": "Sở", "byCode": {"x1": {"@id": "ex:i1"}, "x2": "plain"}}""",
            """
            <http://ex.org/s> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://ex.org/Org> .
            <http://ex.org/s> <http://ex.org/orgName> "Sở" .
            <http://ex.org/s> <http://ex.org/item> <http://ex.org/i1> .
            <http://ex.org/s> <http://ex.org/item> "plain" .
            """
        },
        {
            "@json literals keep the JSON text",
            """{"@context": {"ex": "http://ex.org/", "data": {"@id": "ex:data", "@type": "@json"}}, "@id": "ex:s", "data": {"a":1}}""",
            """<http://ex.org/s> <http://ex.org/data> "{\"a\":1}"^^<http://www.w3.org/1999/02/22-rdf-syntax-ns#JSON> ."""
        },
        {
            "a null context resets earlier prefixes, so ex:q is an IRI with scheme ex",
            """{"@context": [{"ex": {"@id": "http://ex.org/ns", "@prefix": true}}, null, {"ex2": "http://ex.org/ns"}], "@id": "ex2:s", "ex2:p": "v", "ex:q": "w"}""",
            """
            <http://ex.org/nss> <http://ex.org/nsp> "v" .
            <http://ex.org/nss> <ex:q> "w" .
            """
        },
        {
            "top-level array of node objects",
            """[{"@id": "http://ex.org/a", "http://ex.org/p": "1"}, {"@id": "http://ex.org/b", "http://ex.org/p": "2"}]""",
            """
            <http://ex.org/a> <http://ex.org/p> "1" .
            <http://ex.org/b> <http://ex.org/p> "2" .
            """
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void JsonLd_document_yields_the_expected_triples(string description, string json, string expectedNTriples)
    {
        var loader = new LocalJsonLdContextLoader()
            .Add("https://contexts.example/dcat.jsonld", """{"@context": {"title": "http://purl.org/dc/terms/title"}}""");

        var actual = RdfFormats.Parse(json, RdfFormat.JsonLd, "http://doc.example/dir/page", loader);
        var expected = RdfFormats.Parse(expectedNTriples.Replace("    ", "", StringComparison.Ordinal), RdfFormat.NTriples);

        Assert.True(
            GraphIsomorphism.AreIsomorphic(expected, actual),
            description + ":\n" + RdfFormats.WriteToString(actual, RdfFormat.NTriples));
    }

    [Fact]
    public void Written_JsonLd_with_a_prefix_that_does_not_end_in_a_delimiter_reads_back()
    {
        var graph = new Graph();
        graph.Prefixes["ex"] = "http://ex.org/ns";
        graph.Assert(new Iri("http://ex.org/nsA"), new Iri("http://ex.org/nsP"), Literal.Plain("v"));

        var text = RdfFormats.WriteToString(graph, RdfFormat.JsonLd);

        Assert.Contains("\"@prefix\": true", text, StringComparison.Ordinal);
        Assert.True(GraphIsomorphism.AreIsomorphic(graph, RdfFormats.Parse(text, RdfFormat.JsonLd)));
    }

    [Theory]
    [InlineData("""{"@id": 5}""")]
    [InlineData("""{"@context": 5, "@id": "http://ex.org/s"}""")]
    [InlineData("""{"@context": {"a": {"@id": "b:x"}, "b": {"@id": "a:y"}}, "@id": "http://ex.org/s"}""")]
    [InlineData("\"just a string\"")]
    [InlineData("""{"@id": "http://ex.org/s", "@reverse": {"http://ex.org/p": "a literal"}}""")]
    public void Invalid_JsonLd_is_a_syntax_error(string json) =>
        Assert.Throws<RdfSyntaxException>(() => RdfFormats.Parse(json, RdfFormat.JsonLd));

    [Fact]
    public void Unknown_remote_context_is_an_error_not_a_download()
    {
        var error = Assert.Throws<RdfSyntaxException>(() =>
            RdfFormats.Parse("""{"@context": "https://elsewhere.example/ctx.jsonld", "@id": "http://ex.org/a"}""", RdfFormat.JsonLd));

        Assert.Contains("https://elsewhere.example/ctx.jsonld", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Remote_contexts_are_loaded_from_local_files()
    {
        var path = Path.Combine(Path.GetTempPath(), $"ctx-{Guid.NewGuid():N}.jsonld");
        File.WriteAllText(path, """{"@context": {"name": "http://xmlns.com/foaf/0.1/name"}}""");
        try
        {
            var loader = new LocalJsonLdContextLoader().AddFile("https://contexts.example/foaf", path);

            var graph = RdfFormats.Parse("""{"@context": "https://contexts.example/foaf", "@id": "http://ex.org/a", "name": "An"}""", RdfFormat.JsonLd, null, loader);

            Assert.Equal(Literal.Plain("An"), graph.FirstObject(new Iri("http://ex.org/a"), Vocabulary.Foaf.Name));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
