using OpenData.Web.Storage;

namespace OpenData.Web.Cli;

/// <summary>A command-line command: parsed arguments and the work, run against the same services as the portal.</summary>
public abstract class CliCommand(string[] hostArguments)
{
    /// <summary>What is left for the host's configuration (e.g. --OpenData:DataDirectory=...).</summary>
    public string[] HostArguments { get; } = hostArguments;

    public async Task<int> RunAsync(IServiceProvider services, TextWriter output, TextWriter error, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        try
        {
            if (NeedsStore)
            {
                await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(ct);
            }
            return await ExecuteAsync(scope.ServiceProvider, output, error, ct);
        }
        catch (Catalog.ValidationException e)
        {
            foreach (var (field, messages) in e.Errors)
            {
                await error.WriteLineAsync($"{field}: {string.Join(" ", messages)}");
            }
            return 1;
        }
        catch (Exception e) when (e is Catalog.NotFoundException or Catalog.NotAuthorizedException or IOException)
        {
            await error.WriteLineAsync(e.Message);
            return 1;
        }
    }

    /// <summary>Whether the command works on the catalogue store (created and migrated first).</summary>
    protected virtual bool NeedsStore => true;

    protected abstract Task<int> ExecuteAsync(IServiceProvider services, TextWriter output, TextWriter error, CancellationToken ct);
}

public static class CommandLine
{
    public const string Usage = """
        usage: dotnet run --project src/OpenData.Web -- [command] [options]
          serve                                          run the portal (default)
          admin create --name N --email E --password P   create a system administrator
          token create --user N --name TOKEN_NAME        create an API token and print it once
          user password --name N --password P            set a user's password; their sessions end
          user deactivate --name N                       deactivate a user; their sessions and tokens end
          import <file.jsonl>                            import CKAN package dicts, one per line
          export <file.jsonl>                            export all datasets as CKAN package dicts
          reindex                                        rebuild the search index from the store (portal stopped)
          search eval --corpus C.jsonl --queries Q.jsonl [--fold-queries]
                                                         MRR@10, nDCG@10, Recall@10, P@1 of the search engine
          rdf convert <file> --from F --to F              convert RDF (turtle|rdfxml|jsonld|ntriples) to stdout
          dcat validate <file> [--shapes S.ttl]          SHACL report (default shapes: OpenData:DcatApShapesFile); exit 1 on violations
        configuration: --OpenData:DataDirectory=PATH, --ConnectionStrings:Catalog=POSTGRES (or OpenData__DataDirectory, ConnectionStrings__Catalog)
        """;

    /// <summary>The command named by the arguments, or null for `serve` (the portal itself).</summary>
    public static CliCommand? Find(string[] args)
    {
        if (args.Length == 0 || args[0].StartsWith('-') || args[0] == "serve")
        {
            return null;
        }
        var (positional, options, host) = Split(args[1..]);
        return args[0] switch
        {
            "admin" when positional is ["create"] => new AdminCreateCommand(options, host),
            "token" when positional is ["create"] => new TokenCreateCommand(options, host),
            "user" when positional is ["password"] => new UserPasswordCommand(options, host),
            "user" when positional is ["deactivate"] => new UserDeactivateCommand(options, host),
            "import" when positional is [var file] => new ImportCommand(file, options, host),
            "export" when positional is [var file] => new ExportCommand(file, host),
            "reindex" when positional is [] => new ReindexCommand(host),
            "search" when positional is ["eval"] => new SearchEvalCommand(options, host),
            "rdf" when positional is ["convert", var file] => new RdfConvertCommand(file, options, host),
            "dcat" when positional is ["validate", var file] => new DcatValidateCommand(file, options, host),
            "help" or "--help" => new UsageCommand(0, host),
            _ => new UsageCommand(2, host),
        };
    }

    /// <summary>Splits `--key value` options of the command from `--Section:Key=value` host settings.</summary>
    private static (List<string> Positional, Dictionary<string, string> Options, string[] Host) Split(string[] args)
    {
        var positional = new List<string>();
        var options = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var host = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            if (arg.StartsWith("--", StringComparison.Ordinal) && (arg.Contains(':') || arg.Contains("__")))
            {
                host.Add(arg);
                if (!arg.Contains('=') && i + 1 < args.Length)
                {
                    host.Add(args[++i]);
                }
            }
            else if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                var eq = arg.IndexOf('=');
                if (eq > 0)
                {
                    options[arg[2..eq]] = arg[(eq + 1)..];
                }
                else
                {
                    options[arg[2..]] = i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal) ? args[++i] : "true";
                }
            }
            else
            {
                positional.Add(arg);
            }
        }
        return (positional, options, host.ToArray());
    }
}

internal sealed class UsageCommand(int exitCode, string[] host) : CliCommand(host)
{
    protected override async Task<int> ExecuteAsync(IServiceProvider services, TextWriter output, TextWriter error, CancellationToken ct)
    {
        await (exitCode == 0 ? output : error).WriteLineAsync(CommandLine.Usage);
        return exitCode;
    }
}
