using OpenData.Dcat.Rdf;

namespace OpenData.Dcat.Tests.Rdf;

public sealed class GraphTests
{
    private static readonly Iri Dataset = new("https://opendata.example.gov.vn/dataset/1");
    private static readonly Iri Other = new("https://opendata.example.gov.vn/dataset/2");

    private static Graph Sample()
    {
        var g = new Graph();
        g.Assert(Dataset, Vocabulary.Rdf.Type, Vocabulary.Dcat.Dataset);
        g.Assert(Dataset, Vocabulary.Dct.Title, Literal.Lang("Dân số", "vi"));
        g.Assert(Dataset, Vocabulary.Dcat.Keyword, Literal.Plain("dân số"));
        g.Assert(Dataset, Vocabulary.Dcat.Keyword, Literal.Plain("thống kê"));
        g.Assert(Other, Vocabulary.Rdf.Type, Vocabulary.Dcat.Dataset);
        return g;
    }

    [Fact]
    public void Asserting_the_same_triple_twice_keeps_one() =>
        Assert.False(Sample().Assert(Dataset, Vocabulary.Rdf.Type, Vocabulary.Dcat.Dataset));

    [Fact]
    public void Match_by_subject_and_predicate() =>
        Assert.Equal(2, Sample().Match(Dataset, Vocabulary.Dcat.Keyword).Count());

    [Fact]
    public void Subjects_of_a_type_are_found_by_predicate_and_object() =>
        Assert.Equal([Dataset, Other], Sample().SubjectsOf(Vocabulary.Rdf.Type, Vocabulary.Dcat.Dataset).OrderBy(t => t.ToString()));

    [Fact]
    public void Match_by_object_only() =>
        Assert.Single(Sample().Match(obj: Literal.Plain("thống kê")));

    [Fact]
    public void Retracted_triples_are_gone_from_every_index()
    {
        var g = Sample();

        g.Retract(new Triple(Dataset, Vocabulary.Dcat.Keyword, Literal.Plain("dân số")));

        Assert.Equal(4, g.Count);
        Assert.Single(g.ObjectsOf(Dataset, Vocabulary.Dcat.Keyword));
        Assert.Empty(g.Match(null, Vocabulary.Dcat.Keyword, Literal.Plain("dân số")));
        Assert.Equal(3, g.Match(Dataset).Count());
    }

    [Fact]
    public void A_triple_retracted_and_asserted_again_is_listed_once_at_the_end()
    {
        var g = Sample();
        var first = g.Triples.First();

        g.Retract(first);
        g.Assert(first);

        Assert.Equal(5, g.Triples.Count());
        Assert.Equal(first, g.Triples.Last());
    }

    [Fact]
    public void Many_retractions_keep_the_graph_consistent()
    {
        var g = new Graph();
        var triples = Enumerable.Range(0, 5000).Select(i => new Triple(Dataset, Vocabulary.Dcat.Keyword, Literal.Plain(i.ToString(System.Globalization.CultureInfo.InvariantCulture)))).ToList();
        triples.ForEach(t => g.Assert(t));

        triples.Where((_, i) => i % 3 != 0).ToList().ForEach(t => g.Retract(t));

        Assert.Equal(triples.Where((_, i) => i % 3 == 0), g.Triples);
    }

    [Fact]
    public void Language_tags_compare_case_insensitively() =>
        Assert.Equal(Literal.Lang("Hà Nội", "VI"), Literal.Lang("Hà Nội", "vi"));

    [Fact]
    public void Plain_literals_are_xsd_strings() =>
        Assert.Equal(Literal.Typed("x", Vocabulary.Xsd.String), Literal.Plain("x"));

    [Fact]
    public void Minted_blank_nodes_are_distinct() =>
        Assert.NotEqual(new Graph().NewBlankNode(), new Graph().NewBlankNode());
}

public sealed class GraphIsomorphismTests
{
    private static Graph Nt(string text) => RdfFormats.Parse(text, RdfFormat.NTriples);

    [Fact]
    public void Blank_node_labels_do_not_matter() =>
        Assert.True(GraphIsomorphism.AreIsomorphic(
            Nt("_:a <http://e/p> _:b .\n_:b <http://e/q> \"x\" .\n"),
            Nt("_:y <http://e/q> \"x\" .\n_:z <http://e/p> _:y .\n")));

    [Fact]
    public void Different_structure_is_not_isomorphic() =>
        Assert.False(GraphIsomorphism.AreIsomorphic(
            Nt("_:a <http://e/p> _:b .\n_:b <http://e/p> _:a .\n"),
            Nt("_:a <http://e/p> _:a .\n_:b <http://e/p> _:b .\n")));

    [Fact]
    public void Two_triangles_are_not_a_hexagon()
    {
        // Every node has the same neighbourhood colour, so only backtracking can tell these apart.
        var triangles = Nt("_:a <http://e/p> _:b .\n_:b <http://e/p> _:c .\n_:c <http://e/p> _:a .\n_:d <http://e/p> _:e .\n_:e <http://e/p> _:f .\n_:f <http://e/p> _:d .\n");
        var hexagon = Nt("_:a <http://e/p> _:b .\n_:b <http://e/p> _:c .\n_:c <http://e/p> _:d .\n_:d <http://e/p> _:e .\n_:e <http://e/p> _:f .\n_:f <http://e/p> _:a .\n");

        Assert.False(GraphIsomorphism.AreIsomorphic(triangles, hexagon));
    }

    [Fact]
    public void Symmetric_graphs_are_matched_by_backtracking()
    {
        var a = Nt("_:a <http://e/p> _:b .\n_:b <http://e/p> _:c .\n_:c <http://e/p> _:a .\n_:d <http://e/p> _:e .\n_:e <http://e/p> _:f .\n_:f <http://e/p> _:d .\n");
        var b = Nt("_:x <http://e/p> _:y .\n_:u <http://e/p> _:v .\n_:y <http://e/p> _:z .\n_:v <http://e/p> _:w .\n_:z <http://e/p> _:x .\n_:w <http://e/p> _:u .\n");

        Assert.True(GraphIsomorphism.AreIsomorphic(a, b));
    }

    [Fact]
    public void Ground_triples_must_match_exactly() =>
        Assert.False(GraphIsomorphism.AreIsomorphic(Nt("<http://e/s> <http://e/p> \"a\" .\n"), Nt("<http://e/s> <http://e/p> \"b\" .\n")));
}

public sealed class IriResolverTests
{
    private const string Base = "http://a/b/c/d;p?q";

    /// <summary>RFC 3986 §5.4.1 and §5.4.2.</summary>
    [Theory]
    [InlineData("g:h", "g:h")]
    [InlineData("g", "http://a/b/c/g")]
    [InlineData("./g", "http://a/b/c/g")]
    [InlineData("g/", "http://a/b/c/g/")]
    [InlineData("/g", "http://a/g")]
    [InlineData("//g", "http://g")]
    [InlineData("?y", "http://a/b/c/d;p?y")]
    [InlineData("g?y", "http://a/b/c/g?y")]
    [InlineData("#s", "http://a/b/c/d;p?q#s")]
    [InlineData("g#s", "http://a/b/c/g#s")]
    [InlineData("g?y#s", "http://a/b/c/g?y#s")]
    [InlineData(";x", "http://a/b/c/;x")]
    [InlineData("g;x", "http://a/b/c/g;x")]
    [InlineData("g;x?y#s", "http://a/b/c/g;x?y#s")]
    [InlineData("", "http://a/b/c/d;p?q")]
    [InlineData(".", "http://a/b/c/")]
    [InlineData("./", "http://a/b/c/")]
    [InlineData("..", "http://a/b/")]
    [InlineData("../", "http://a/b/")]
    [InlineData("../g", "http://a/b/g")]
    [InlineData("../..", "http://a/")]
    [InlineData("../../", "http://a/")]
    [InlineData("../../g", "http://a/g")]
    [InlineData("../../../g", "http://a/g")]
    [InlineData("../../../../g", "http://a/g")]
    [InlineData("/./g", "http://a/g")]
    [InlineData("/../g", "http://a/g")]
    [InlineData("g.", "http://a/b/c/g.")]
    [InlineData(".g", "http://a/b/c/.g")]
    [InlineData("g..", "http://a/b/c/g..")]
    [InlineData("..g", "http://a/b/c/..g")]
    [InlineData("./../g", "http://a/b/g")]
    [InlineData("./g/.", "http://a/b/c/g/")]
    [InlineData("g/./h", "http://a/b/c/g/h")]
    [InlineData("g/../h", "http://a/b/c/h")]
    [InlineData("g;x=1/./y", "http://a/b/c/g;x=1/y")]
    [InlineData("g;x=1/../y", "http://a/b/c/y")]
    [InlineData("g?y/./x", "http://a/b/c/g?y/./x")]
    [InlineData("g?y/../x", "http://a/b/c/g?y/../x")]
    [InlineData("g#s/./x", "http://a/b/c/g#s/./x")]
    [InlineData("g#s/../x", "http://a/b/c/g#s/../x")]
    [InlineData("http:g", "http:g")]
    public void Relative_references_resolve_as_in_RFC_3986(string reference, string expected) =>
        Assert.Equal(expected, IriResolver.Resolve(Base, reference));
}
