using Microsoft.Extensions.Options;
using OpenData.Web.Catalog;
using OpenData.Web.Ckan;
using OpenData.Web.Hosting;

namespace OpenData.Web.Cli;

internal sealed class ImportCommand(string file, Dictionary<string, string> options, string[] host) : CliCommand(host)
{
    protected override async Task<int> ExecuteAsync(IServiceProvider services, TextWriter output, TextWriter error, CancellationToken ct)
    {
        if (!File.Exists(file))
        {
            await error.WriteLineAsync($"file not found: {file}");
            return 1;
        }
        _ = options;
        var progress = new ProgressLine(error);
        var report = await services.GetRequiredService<PackageTransfer>().ImportAsync(Actor.System, file, progress, ct);
        progress.Finish();
        foreach (var problem in report.Failed)
        {
            await error.WriteLineAsync($"line {problem.Line}{(problem.Name is null ? "" : $" ({problem.Name})")}: {problem.Message}");
        }
        await output.WriteLineAsync($"Imported {report.Total} line(s): {report.Created} created, {report.Updated} updated, {report.Failed.Count} failed.");
        return report.Failed.Count == 0 ? 0 : 1;
    }
}

internal sealed class ExportCommand(string file, string[] host) : CliCommand(host)
{
    protected override async Task<int> ExecuteAsync(IServiceProvider services, TextWriter output, TextWriter error, CancellationToken ct)
    {
        var baseUrl = services.GetRequiredService<IOptions<PortalOptions>>().Value.PublicBaseUrl ?? "http://localhost:5000";
        var progress = new ProgressLine(error);
        var temp = file + ".part";
        int count;
        await using (var writer = new StreamWriter(temp, append: false, new System.Text.UTF8Encoding(false)))
        {
            count = await services.GetRequiredService<PackageTransfer>().ExportAsync(Actor.System, writer, baseUrl, progress, ct);
        }
        // Written aside and moved into place, so an interrupted export never leaves a truncated file under the real name.
        File.Move(temp, file, overwrite: true);
        progress.Finish();
        await output.WriteLineAsync($"Exported {count} dataset(s) to {file}.");
        return 0;
    }
}

/// <summary>A one-line progress display on the terminal: "[ 42/85] 49% name".</summary>
internal sealed class ProgressLine(TextWriter writer) : IProgress<TransferProgress>
{
    private int _lastLength;

    public void Report(TransferProgress value)
    {
        var percent = value.Total == 0 ? 100 : value.Done * 100 / value.Total;
        var text = $"[{value.Done.ToString().PadLeft(value.Total.ToString().Length)}/{value.Total}] {percent,3}% {value.Current}";
        if (text.Length > 100)
        {
            text = text[..100];
        }
        writer.Write("\r" + text.PadRight(_lastLength));
        _lastLength = text.Length;
    }

    public void Finish()
    {
        if (_lastLength > 0)
        {
            writer.WriteLine();
        }
    }
}
