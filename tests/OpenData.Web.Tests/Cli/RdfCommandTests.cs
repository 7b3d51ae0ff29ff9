using OpenData.Dcat.Rdf;
using OpenData.TestSupport;
using OpenData.Web.Cli;
using OpenData.Web.Tests.Infrastructure;

namespace OpenData.Web.Tests.Cli;

/// <summary>`rdf convert` and `dcat validate`: no store needed, exit codes for scripts.</summary>
public sealed class RdfCommandTests(EmptySqlitePortal portal) : IClassFixture<EmptySqlitePortal>
{
    private const string Dataset = """
        @prefix dcat: <http://www.w3.org/ns/dcat#> .
        @prefix dct: <http://purl.org/dc/terms/> .
        <https://example.vn/dataset/1> a dcat:Dataset ; dct:title "Dân số"@vi ; dct:description "Mô tả"@vi .
        """;

    private Task<(int Exit, string Output, string Error)> RunAsync(params string[] args) => portal.RunCommandAsync(args);

    private static string TempFile(string extension, string content)
    {
        var path = Path.Combine(Path.GetTempPath(), "opendata-rdf-" + Guid.NewGuid().ToString("N")[..8] + extension);
        File.WriteAllText(path, content);
        return path;
    }

    [Theory]
    [InlineData("ntriples", RdfFormat.NTriples)]
    [InlineData("rdfxml", RdfFormat.RdfXml)]
    [InlineData("jsonld", RdfFormat.JsonLd)]
    public async Task Convert_writes_the_same_graph_in_the_target_syntax(string to, RdfFormat format)
    {
        var file = TempFile(".ttl", Dataset);

        var (exit, output, _) = await RunAsync("rdf", "convert", file, "--from", "turtle", "--to", to);

        Assert.Equal(0, exit);
        Assert.True(GraphIsomorphism.AreIsomorphic(RdfFormats.Parse(Dataset, RdfFormat.Turtle), RdfFormats.Parse(output, format)));
    }

    [Fact]
    public async Task Convert_reports_a_syntax_error_with_line_and_column_and_exits_1()
    {
        var file = TempFile(".ttl", "@prefix ex: <http://example.org/> .\nex:a ex:b \"unterminated .\n");

        var (exit, _, error) = await RunAsync("rdf", "convert", file, "--from", "turtle", "--to", "ntriples");

        Assert.Equal(1, exit);
        Assert.Matches(@":\d+:\d+: ", error);
    }

    [Fact]
    public async Task Convert_with_an_unknown_format_name_prints_usage_and_exits_2()
    {
        var (exit, _, _) = await RunAsync("rdf", "convert", TempFile(".ttl", Dataset), "--from", "turtle", "--to", "yaml");

        Assert.Equal(2, exit);
    }

    [Fact]
    public async Task Validate_exits_0_for_a_conforming_dataset_and_1_with_violations()
    {
        var shapes = SharedFixtures.Path("dcat-ap", "dcat-ap_3_shacl_shapes.ttl");
        var good = TempFile(".ttl", Dataset);
        var bad = TempFile(".ttl", Dataset.Replace("dct:title \"Dân số\"@vi ;", "", StringComparison.Ordinal));

        var (goodExit, _, _) = await RunAsync("dcat", "validate", good, "--shapes", shapes);
        var (badExit, badOutput, _) = await RunAsync("dcat", "validate", bad, "--shapes", shapes);

        Assert.Equal((0, 1), (goodExit, badExit));
        Assert.Contains("MinCountConstraintComponent", badOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_with_an_exponentially_backtracking_pattern_reports_the_value_instead_of_dying()
    {
        var shapes = TempFile(".ttl", """
            @prefix sh: <http://www.w3.org/ns/shacl#> .
            @prefix dcat: <http://www.w3.org/ns/dcat#> .
            @prefix dct: <http://purl.org/dc/terms/> .
            <urn:shape> a sh:NodeShape ; sh:targetClass dcat:Dataset ; sh:property [ sh:path dct:title ; sh:pattern "^(a+)+$" ] .
            """);
        var data = TempFile(".ttl", Dataset.Replace("\"Dân số\"@vi", "\"" + new string('a', 40) + "!\"", StringComparison.Ordinal));

        var (exit, output, _) = await RunAsync("dcat", "validate", data, "--shapes", shapes);

        Assert.Equal(1, exit);
        Assert.Contains("PatternConstraintComponent", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_without_shapes_says_how_to_give_them_and_exits_2()
    {
        var (exit, _, error) = await RunAsync("dcat", "validate", TempFile(".ttl", Dataset));

        Assert.Equal(2, exit);
        Assert.Contains("--shapes", error, StringComparison.Ordinal);
    }
}
