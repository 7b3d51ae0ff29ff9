using System.Diagnostics;
using System.Text;
using OpenData.Dcat.Rdf;

namespace OpenData.Dcat.Tests.Rdf;

public sealed class HostileInputTests
{
    private static readonly TimeSpan Quickly = TimeSpan.FromSeconds(10);

    // Documents are built inside the tests so test discovery does not serialize megabytes of theory data.
    private static readonly Dictionary<string, (RdfFormat Format, Func<string> Build)> TooDeep = new()
    {
        ["Turtle blank node property lists"] = (RdfFormat.Turtle, () => "<http://e/s> <http://e/p> " + string.Concat(Enumerable.Repeat("[ <http://e/p> ", 100_000))),
        ["Turtle collections"] = (RdfFormat.Turtle, () => "<http://e/s> <http://e/p> " + new string('(', 100_000)),
        ["RDF/XML node elements"] = (RdfFormat.RdfXml, () => "<rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#' xmlns:e='http://e/'>" + string.Concat(Enumerable.Repeat("<rdf:Description><e:p>", 5_000)) + string.Concat(Enumerable.Repeat("</e:p></rdf:Description>", 5_000)) + "</rdf:RDF>"),
        ["JSON-LD arrays"] = (RdfFormat.JsonLd, () => new string('[', 100_000) + new string(']', 100_000)),
        ["JSON-LD node objects"] = (RdfFormat.JsonLd, () => string.Concat(Enumerable.Repeat("{\"http://e/p\": ", 5_000)) + "1" + new string('}', 5_000)),
    };

    private static readonly Dictionary<string, (RdfFormat Format, Func<string> Build)> JustUnderTheLimit = new()
    {
        ["Turtle"] = (RdfFormat.Turtle, () => "<http://e/s> <http://e/p> " + string.Concat(Enumerable.Repeat("[ <http://e/p> ", 999)) + "1" + new string(']', 999) + " ."),
        ["RDF/XML"] = (RdfFormat.RdfXml, () => "<rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#' xmlns:e='http://e/'>" + string.Concat(Enumerable.Repeat("<rdf:Description><e:p>", 499)) + string.Concat(Enumerable.Repeat("</e:p></rdf:Description>", 499)) + "</rdf:RDF>"),
        ["RDF/XML literal"] = (RdfFormat.RdfXml, () => "<rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#' xmlns:e='http://e/'><rdf:Description><e:p rdf:parseType='Literal'>" + string.Concat(Enumerable.Repeat("<e:x>", 999)) + string.Concat(Enumerable.Repeat("</e:x>", 999)) + "</e:p></rdf:Description></rdf:RDF>"),
        ["JSON-LD"] = (RdfFormat.JsonLd, () => string.Concat(Enumerable.Repeat("{\"http://e/p\": ", 999)) + "1" + new string('}', 999)),
    };

    public static TheoryData<string> DeeplyNested => [.. TooDeep.Keys];

    public static TheoryData<string> NestedJustUnderTheLimit => [.. JustUnderTheLimit.Keys];

    [Theory]
    [MemberData(nameof(DeeplyNested))]
    public void Deep_nesting_is_rejected_quickly_with_a_syntax_error(string description)
    {
        var (format, build) = TooDeep[description];
        var document = build();
        var watch = Stopwatch.StartNew();

        var error = Assert.Throws<RdfSyntaxException>(() => RdfFormats.Parse(document, format));

        Assert.True(watch.Elapsed < Quickly, description + " took " + watch.Elapsed);
        Assert.False(string.IsNullOrEmpty(error.Message));
    }

    /// <summary>A small thread stack runs out before the depth limit: that must be a syntax error, never a crashed process.</summary>
    [Theory]
    [MemberData(nameof(NestedJustUnderTheLimit))]
    public void Deep_nesting_on_a_small_stack_is_a_syntax_error_not_a_crash(string description)
    {
        var (format, build) = JustUnderTheLimit[description];
        var document = build();
        Exception? failure = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    RdfFormats.Parse(document, format);
                }
                catch (RdfSyntaxException)
                {
                    // Either outcome is fine on a 256 KB stack: parsed, or refused with a syntax error.
                }
                catch (Exception e)
                {
                    failure = e;
                }
            },
            256 * 1024);

        thread.Start();
        thread.Join();

        Assert.True(failure is null, description + ": " + failure);
    }

    [Fact]
    public void Billion_laughs_in_RdfXml_fails_fast_with_a_clear_error()
    {
        var dtd = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE rdf:RDF [\n<!ENTITY lol \"lol\">\n");
        for (var i = 1; i <= 9; i++)
        {
            dtd.Append($"<!ENTITY lol{i} \"{string.Concat(Enumerable.Repeat($"&lol{(i == 1 ? "" : (i - 1).ToString(System.Globalization.CultureInfo.InvariantCulture))};", 10))}\">\n");
        }
        dtd.Append("]>\n<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns:e=\"http://e/\">\n<rdf:Description rdf:about=\"http://e/s\"><e:p>&lol9;</e:p></rdf:Description></rdf:RDF>");
        var watch = Stopwatch.StartNew();

        var error = Assert.Throws<RdfSyntaxException>(() => RdfFormats.Parse(dtd.ToString(), RdfFormat.RdfXml));

        Assert.True(watch.Elapsed < Quickly);
        Assert.Contains("Malformed XML", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void External_entities_are_not_resolved()
    {
        const string xxe = """
            <?xml version="1.0"?>
            <!DOCTYPE rdf:RDF [ <!ENTITY secret SYSTEM "file:///etc/passwd"> ]>
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:e="http://e/">
              <rdf:Description rdf:about="http://e/s"><e:p>&secret;</e:p></rdf:Description>
            </rdf:RDF>
            """;

        var graph = TryParse(xxe);

        Assert.DoesNotContain(graph?.Triples ?? [], t => t.Object is Literal l && l.LexicalForm.Contains("root:", StringComparison.Ordinal));
    }

    private static Graph? TryParse(string xml)
    {
        try
        {
            return RdfFormats.Parse(xml, RdfFormat.RdfXml);
        }
        catch (RdfSyntaxException)
        {
            return null;
        }
    }

    [Theory]
    [InlineData(RdfFormat.NTriples)]
    [InlineData(RdfFormat.Turtle)]
    [InlineData(RdfFormat.RdfXml)]
    [InlineData(RdfFormat.JsonLd)]
    public void A_huge_literal_is_read_in_linear_time(RdfFormat format)
    {
        var big = new string('x', 20_000_000);
        var graph = new Graph();
        graph.Assert(new Iri("http://e/s"), new Iri("http://e/p"), Literal.Plain(big));
        var text = RdfFormats.WriteToString(graph, format);
        var watch = Stopwatch.StartNew();

        var again = RdfFormats.Parse(text, format);

        Assert.True(watch.Elapsed < Quickly, "took " + watch.Elapsed);
        Assert.Equal(big.Length, ((Literal)again.Triples.Single().Object).LexicalForm.Length);
    }

    [Theory]
    [InlineData(RdfFormat.NTriples, "<http://e/s> <http://e/p> \"never closed")]
    [InlineData(RdfFormat.Turtle, "<http://e/s> <http://e/p> \"\"\"never closed")]
    [InlineData(RdfFormat.Turtle, "<http://e/s> <http://e/p> <http://e/never-closed")]
    [InlineData(RdfFormat.RdfXml, "<rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'><rdf:Description>")]
    [InlineData(RdfFormat.JsonLd, "{\"@id\": \"http://e/s\"")]
    public void Truncated_input_fails_instead_of_hanging(RdfFormat format, string document)
    {
        var watch = Stopwatch.StartNew();

        Assert.Throws<RdfSyntaxException>(() => RdfFormats.Parse(document, format));

        Assert.True(watch.Elapsed < Quickly);
    }
}
