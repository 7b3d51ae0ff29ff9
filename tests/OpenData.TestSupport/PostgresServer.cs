using Xunit;

using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace OpenData.TestSupport;

/// <summary>
/// A real PostgreSQL for storage tests. Uses <c>OPENDATA_TEST_POSTGRES</c> (a connection string to a server
/// where the user may create databases) when set, as .ci/run does; otherwise starts a private server from the
/// machine's PostgreSQL binaries on a free port for the test run. Without either, tests skip locally and
/// fail in CI (CI=true): in CI a missing PostgreSQL is a failure, never a skip.
/// </summary>
public static class PostgresServer
{
    public const string EnvironmentVariable = "OPENDATA_TEST_POSTGRES";

    private static readonly Lazy<(string? ConnectionString, string Problem)> Server = new(Start, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>A connection string for a new, empty database; skips (locally) or fails (CI) without PostgreSQL.</summary>
    public static string CreateDatabase(string prefix = "opendata_test")
    {
        var (admin, problem) = Server.Value;
        if (admin is null)
        {
            var message = "PostgreSQL is not available: " + problem;
            if (SharedFixtures.InCi)
            {
                throw new InvalidOperationException(message + " (required in CI)");
            }
            Assert.Skip(message);
        }
        var name = $"{prefix}_{Guid.NewGuid():N}"[..Math.Min(63, prefix.Length + 33)];
        using (var connection = new NpgsqlConnection(admin))
        {
            connection.Open();
            using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\" ENCODING 'UTF8' TEMPLATE template0", connection);
            command.ExecuteNonQuery();
        }
        return new NpgsqlConnectionStringBuilder(admin) { Database = name, Pooling = true }.ConnectionString;
    }

    public static bool IsAvailable => Server.Value.ConnectionString is not null;

    private static (string?, string) Start()
    {
        var configured = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return (configured, "");
        }
        var bin = FindBinaries();
        if (bin is null)
        {
            return (null, $"no {EnvironmentVariable} and no initdb/pg_ctl on this machine");
        }
        try
        {
            return (StartPrivateServer(bin), "");
        }
        catch (Exception e) when (e is InvalidOperationException or IOException or System.ComponentModel.Win32Exception)
        {
            return (null, "could not start a private server: " + e.Message);
        }
    }

    private static string? FindBinaries()
    {
        var candidates = new List<string>();
        if (Directory.Exists("/usr/lib/postgresql"))
        {
            candidates.AddRange(Directory.GetDirectories("/usr/lib/postgresql").OrderDescending().Select(d => Path.Combine(d, "bin")));
        }
        candidates.AddRange((Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries));
        return candidates.FirstOrDefault(d => File.Exists(Path.Combine(d, "initdb")) && File.Exists(Path.Combine(d, "pg_ctl")));
    }

    private static string StartPrivateServer(string bin)
    {
        // PostgreSQL refuses to run as root; as root we run it as the 'postgres' system user.
        var asRoot = Environment.UserName == "root";
        var dataDir = Path.Combine(Path.GetTempPath(), "opendata-pg-" + Environment.ProcessId + "-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(dataDir);
        if (asRoot)
        {
            Run("chown", ["-R", "postgres:postgres", dataDir]);
        }
        var port = FreePort();
        const string password = "opendata";
        var pwFile = Path.Combine(dataDir, "..", Path.GetFileName(dataDir) + ".pw");
        File.WriteAllText(pwFile, password);
        if (asRoot)
        {
            Run("chown", ["postgres:postgres", pwFile]);
        }
        var pgData = Path.Combine(dataDir, "pgdata");
        RunAsServerUser(asRoot, Path.Combine(bin, "initdb"), ["-D", pgData, "-U", "opendata", "--pwfile", pwFile, "-E", "UTF8", "--locale=C", "-A", "md5"]);
        File.Delete(pwFile);
        RunAsServerUser(asRoot, Path.Combine(bin, "pg_ctl"),
            ["-D", pgData, "-l", Path.Combine(dataDir, "server.log"), "-w", "-t", "60",
             "-o", $"-p {port} -k {dataDir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200",
             "start"]);
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                RunAsServerUser(asRoot, Path.Combine(bin, "pg_ctl"), ["-D", pgData, "-m", "immediate", "stop"]);
                Directory.Delete(dataDir, recursive: true);
            }
            catch (Exception)
            {
                // Best effort: the temporary folder is removed by the OS eventually.
            }
        };
        return $"Host=127.0.0.1;Port={port};Username=opendata;Password={password};Database=postgres";
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void RunAsServerUser(bool asRoot, string program, string[] args)
    {
        if (asRoot)
        {
            Run("runuser", ["-u", "postgres", "--", program, .. args]);
        }
        else
        {
            Run(program, args);
        }
    }

    private static void Run(string program, string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start " + program);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{Path.GetFileName(program)} exited {process.ExitCode}: {stderr} {stdout.Result}");
        }
    }
}
