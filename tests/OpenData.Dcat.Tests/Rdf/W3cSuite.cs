using System.Collections.Concurrent;
using OpenData.Dcat.Rdf;
using OpenData.TestSupport;

namespace OpenData.Dcat.Tests.Rdf;

/// <summary>One entry of a W3C rdf-tests manifest.</summary>
public sealed record W3cTest(string Suite, string Name, string Type, string Action, string? Result)
{
    public string Id => Suite + "#" + Name;
}

/// <summary>
/// Reads a suite's manifest.ttl (with our own Turtle reader) under shared/fixtures/rdf-tests and runs its entries.
/// The base IRI of each test is its mf:action IRI, which is resolved against the suite's published home
/// (https://w3c.github.io/rdf-tests/rdf/rdf11/{suite}/, see each suite's README).
/// </summary>
public static class W3cSuite
{
    public const string Sentinel = "fixtures-missing";
    private const string Mf = "http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#";
    private static readonly ConcurrentDictionary<string, IReadOnlyList<W3cTest>> Cache = new();

    public static string Home(string suite) => $"https://w3c.github.io/rdf-tests/rdf/rdf11/{suite}/";

    /// <summary>Test ids for a theory: every manifest entry, or a sentinel row when the fixtures are absent.</summary>
    public static TheoryData<string> Ids(string suite, params string[] types)
    {
        var data = new TheoryData<string>();
        if (SharedFixtures.TryPath("rdf-tests", suite, "manifest.ttl") is not { } path || !File.Exists(path))
        {
            data.Add(Sentinel);
            return data;
        }
        foreach (var test in Load(suite).Where(t => types.Contains(t.Type)))
        {
            data.Add(test.Name);
        }
        return data;
    }

    public static IReadOnlyList<W3cTest> Load(string suite) => Cache.GetOrAdd(suite, s =>
    {
        var manifestPath = SharedFixtures.Path("rdf-tests", s, "manifest.ttl");
        var graph = new Graph();
        using (var reader = File.OpenText(manifestPath))
        {
            new TurtleParser().Read(reader, Home(s) + "manifest.ttl", graph);
        }
        var manifest = graph.SubjectsOf(Vocabulary.Rdf.Type, new Iri(Mf + "Manifest")).Single();
        var list = graph.FirstObject(manifest, new Iri(Mf + "entries")) ?? throw new InvalidOperationException("no mf:entries");
        var tests = new List<W3cTest>();
        while (!list.Equals(Vocabulary.Rdf.Nil))
        {
            var entry = graph.FirstObject(list, Vocabulary.Rdf.First) ?? throw new InvalidOperationException("bad list");
            var type = ((Iri)graph.ObjectsOf(entry, Vocabulary.Rdf.Type).Single()).Value;
            var name = ((Iri)entry).Value.Split('#')[1];
            var action = (graph.FirstObject(entry, new Iri(Mf + "action")) as Iri ?? throw new InvalidOperationException("entry without mf:action")).Value;
            var result = (graph.FirstObject(entry, new Iri(Mf + "result")) as Iri)?.Value;
            tests.Add(new W3cTest(s, name, type[(type.IndexOf('#') + 1)..], action, result));
            list = graph.FirstObject(list, Vocabulary.Rdf.Rest) ?? throw new InvalidOperationException("bad list");
        }
        return tests;
    });

    public static W3cTest Get(string suite, string name)
    {
        if (name == Sentinel)
        {
            SharedFixtures.Path("rdf-tests", suite, "manifest.ttl");
            throw new InvalidOperationException("fixtures folder exists but the manifest is missing");
        }
        return Load(suite).Single(t => t.Name == name);
    }

    public static string LocalPath(W3cTest test, string iri) =>
        SharedFixtures.Path(["rdf-tests", test.Suite, .. iri[Home(test.Suite).Length..].Split('/')]);

    public static Graph Parse(IRdfReader reader, string path, string baseIri)
    {
        var graph = new Graph();
        using var text = File.OpenText(path);
        reader.Read(text, baseIri, graph);
        return graph;
    }

    /// <summary>Runs a test; returns null when it passes, otherwise what went wrong.</summary>
    public static string? Run(W3cTest test, IRdfReader reader)
    {
        var input = LocalPath(test, test.Action);
        var positive = !test.Type.Contains("Negative", StringComparison.Ordinal);
        var isEval = test.Type.EndsWith("Eval", StringComparison.Ordinal);
        Graph actual;
        try
        {
            actual = Parse(reader, input, test.Action);
        }
        catch (RdfSyntaxException e)
        {
            return positive ? "unexpected syntax error: " + e.Message : null;
        }
        if (!positive)
        {
            return "expected a syntax error, got " + actual.Count + " triples";
        }
        if (!isEval)
        {
            return null;
        }
        var expectedIri = test.Result ?? throw new InvalidOperationException("eval test without mf:result");
        var expected = Parse(new NTriplesParser(), LocalPath(test, expectedIri), expectedIri);
        if (GraphIsomorphism.AreIsomorphic(actual, expected))
        {
            return null;
        }
        var got = string.Join("\n", actual.Triples.Select(t => t.ToString()).Order(StringComparer.Ordinal));
        var want = string.Join("\n", expected.Triples.Select(t => t.ToString()).Order(StringComparer.Ordinal));
        return $"graphs differ\n--- expected\n{want}\n--- actual\n{got}";
    }
}
