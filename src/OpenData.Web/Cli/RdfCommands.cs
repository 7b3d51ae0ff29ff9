using Microsoft.Extensions.Options;
using OpenData.Dcat.Rdf;
using OpenData.Dcat.Shacl;
using OpenData.Web.Hosting;

namespace OpenData.Web.Cli;

/// <summary>`rdf convert &lt;file&gt; --from F --to F`: any of our four syntaxes to any other, on stdout.</summary>
internal sealed class RdfConvertCommand(string file, Dictionary<string, string> options, string[] host) : CliCommand(host)
{
    protected override bool NeedsStore => false;

    protected override async Task<int> ExecuteAsync(IServiceProvider services, TextWriter output, TextWriter error, CancellationToken ct)
    {
        var from = options.TryGetValue("from", out var fromName) ? RdfFormats.FromName(fromName) : RdfFormats.FromExtension(file);
        var to = options.TryGetValue("to", out var toName) ? RdfFormats.FromName(toName) : RdfFormat.Turtle;
        if (from is not { } source || to is not { } target)
        {
            await error.WriteLineAsync("usage: rdf convert <file> --from turtle|rdfxml|jsonld|ntriples --to turtle|rdfxml|jsonld|ntriples");
            return 2;
        }
        var graph = await RdfFile.ReadAsync(file, source, error, ct);
        if (graph is null)
        {
            return 1;
        }
        try
        {
            RdfFormats.Write(graph, target, output);
        }
        catch (InvalidOperationException e)
        {
            // RDF/XML cannot carry every predicate IRI (RdfXmlWriter).
            await error.WriteLineAsync($"{file}: cannot write as {toName}: {e.Message}");
            return 1;
        }
        await output.FlushAsync(ct);
        return 0;
    }
}

/// <summary>`dcat validate &lt;file&gt; [--shapes shapes.ttl] [--format F]`: a SHACL report; exit 1 when there are violations.</summary>
internal sealed class DcatValidateCommand(string file, Dictionary<string, string> options, string[] host) : CliCommand(host)
{
    protected override bool NeedsStore => false;

    protected override async Task<int> ExecuteAsync(IServiceProvider services, TextWriter output, TextWriter error, CancellationToken ct)
    {
        var shapesFile = options.GetValueOrDefault("shapes") ?? services.GetRequiredService<IOptions<PortalOptions>>().Value.DcatApShapesFile;
        if (string.IsNullOrWhiteSpace(shapesFile))
        {
            await error.WriteLineAsync("no shapes: pass --shapes <file> or set OpenData:DcatApShapesFile (e.g. SEMIC's dcat-ap-SHACL.ttl)");
            return 2;
        }
        var format = options.TryGetValue("format", out var name) ? RdfFormats.FromName(name) : RdfFormats.FromExtension(file);
        if (format is null)
        {
            await error.WriteLineAsync($"{file}: unknown RDF format; pass --format turtle|rdfxml|jsonld|ntriples");
            return 2;
        }
        var shapes = await RdfFile.ReadAsync(shapesFile, RdfFormats.FromExtension(shapesFile) ?? RdfFormat.Turtle, error, ct);
        var data = await RdfFile.ReadAsync(file, format.Value, error, ct);
        if (shapes is null || data is null)
        {
            return 1;
        }
        var report = new ShaclValidator(shapes).Validate(data, ct);
        foreach (var r in report.Results)
        {
            var value = r.Value is null ? "" : " value " + r.Value.ToNTriples();
            await output.WriteLineAsync($"{r.Severity}: {r.FocusNode.ToNTriples()} {r.Path ?? "(node)"}{value}: {r.Message} [{r.Constraint.Value[Vocabulary.Sh.Namespace.Length..]}]");
        }
        var warnings = report.Results.Count - report.Violations;
        await output.WriteLineAsync(report.Conforms
            ? "Conforms: no SHACL results."
            : $"{report.Violations} violation(s), {warnings} warning(s)/info.");
        return report.Violations > 0 ? 1 : 0;
    }
}

internal static class RdfFile
{
    /// <summary>Parses a file; syntax errors are reported as <c>file:line:column: message</c> and yield null.</summary>
    public static async Task<Graph?> ReadAsync(string path, RdfFormat format, TextWriter error, CancellationToken ct)
    {
        if (!File.Exists(path))
        {
            await error.WriteLineAsync($"file not found: {path}");
            return null;
        }
        try
        {
            using var reader = File.OpenText(path);
            ct.ThrowIfCancellationRequested();
            return RdfFormats.Parse(reader, format, new Uri(Path.GetFullPath(path)).AbsoluteUri);
        }
        catch (RdfSyntaxException e)
        {
            await error.WriteLineAsync($"{path}:{e.Line}:{e.Column}: {e.Message}");
            return null;
        }
    }
}
