using OpenData.Dcat.DcatAp;
using OpenData.Dcat.Model;
using OpenData.Dcat.Rdf;
using OpenData.Dcat.Shacl;
using OpenData.Dcat.Tests.DcatAp;
using OpenData.TestSupport;

namespace OpenData.Dcat.Tests.Shacl;

/// <summary>Our DCAT-AP 3 output against SEMIC's DCAT-AP 3 SHACL shapes (shared fixture; fails in CI when absent).</summary>
public sealed class DcatApShapesTests
{
    private static readonly Lazy<ShaclValidator> Shapes = new(() =>
    {
        using var reader = File.OpenText(SharedFixtures.Path("dcat-ap", "dcat-ap_3_shacl_shapes.ttl"));
        return ShaclValidator.FromTurtle(reader);
    });

    [Fact]
    public void A_catalogue_of_varied_datasets_has_no_violations()
    {
        var graph = new Graph();
        var writer = new DcatApWriter(SampleDatasets.Context);
        foreach (var group in writer.Catalog(DateTimeOffset.UtcNow).Concat(Enumerable.Range(1, 60).SelectMany(seed => writer.Dataset(SampleDatasets.Random(seed)))))
        {
            foreach (var t in group.Triples)
            {
                graph.Assert(t);
            }
        }

        var report = Shapes.Value.Validate(graph, TestContext.Current.CancellationToken);

        Assert.Empty(report.Results.Select(r => $"{r.FocusNode} {r.Path} {r.Value} {r.Constraint}"));
    }

    public static TheoryData<string, string, string> Broken => new()
    {
        // (what is wrong, triple pattern to remove or add, expected component@path)
        { "missing title", "-dct:title", "MinCountConstraintComponent@<http://purl.org/dc/terms/title>" },
        { "missing description", "-dct:description", "MinCountConstraintComponent@<http://purl.org/dc/terms/description>" },
        { "byte size as a string", "+dcat:byteSize", "DatatypeConstraintComponent@<http://www.w3.org/ns/dcat#byteSize>" },
        { "untyped theme", "-skos:Concept", "ClassConstraintComponent@<http://www.w3.org/ns/dcat#theme>" },
        { "two modification dates", "+dct:modified", "MaxCountConstraintComponent@<http://purl.org/dc/terms/modified>" },
    };

    [Theory]
    [MemberData(nameof(Broken))]
    public void A_broken_dataset_yields_the_expected_violation(string what, string change, string expected)
    {
        var dataset = SampleDatasets.Random(2) with { Themes = ["y-te"] };
        var graph = new DcatApWriter(SampleDatasets.Context).DatasetGraph(dataset);
        var subject = new Iri(SampleDatasets.Context.Iris.Dataset(dataset.Id));
        switch (change)
        {
            case "-dct:title":
                graph.Retract(graph.Match(subject, Vocabulary.Dct.Title).First());
                break;
            case "-dct:description":
                graph.Retract(graph.Match(subject, Vocabulary.Dct.Description).First());
                break;
            case "+dcat:byteSize":
                var distribution = new Iri(SampleDatasets.Context.Iris.Distribution(dataset.Id, Guid.NewGuid()));
                graph.Assert(subject, Vocabulary.Dcat.DistributionProp, distribution);
                graph.Assert(distribution, Vocabulary.Rdf.Type, Vocabulary.Dcat.Distribution);
                graph.Assert(distribution, Vocabulary.Dcat.AccessUrl, new Iri("https://example.vn/a.csv"));
                graph.Assert(distribution, Vocabulary.Dcat.ByteSize, Literal.Plain("1 MB"));
                break;
            case "-skos:Concept":
                foreach (var t in graph.Match(null, Vocabulary.Rdf.Type, Vocabulary.Skos.Concept).ToList())
                {
                    graph.Retract(t);
                }
                break;
            case "+dct:modified":
                graph.Assert(subject, Vocabulary.Dct.Modified, DcatApWriter.DateTime(new DateTimeOffset(2001, 1, 1, 0, 0, 0, TimeSpan.Zero)));
                graph.Assert(subject, Vocabulary.Dct.Modified, DcatApWriter.DateTime(new DateTimeOffset(2002, 1, 1, 0, 0, 0, TimeSpan.Zero)));
                break;
        }

        var report = Shapes.Value.Validate(graph, TestContext.Current.CancellationToken);

        Assert.Contains(expected, report.Results.Where(r => r.Severity == ShaclSeverity.Violation)
            .Select(r => r.Constraint.Value[Vocabulary.Sh.Namespace.Length..] + "@" + r.Path));
        _ = what;
    }

    [Fact]
    public void A_dataset_with_only_mandatory_fields_conforms()
    {
        var dataset = new Dataset { Id = Guid.NewGuid(), Name = "toi-thieu", Title = "Tối thiểu", Organization = "so-y-te" };

        var report = Shapes.Value.Validate(new DcatApWriter(SampleDatasets.Context).DatasetGraph(dataset), TestContext.Current.CancellationToken);

        Assert.True(report.Conforms, string.Join("\n", report.Results.Select(r => r.Message)));
    }
}
