using Xunit;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenData.TestSupport;
using OpenData.Web.Accounts;
using OpenData.Web.Catalog;

namespace OpenData.Web.Tests.Infrastructure;

public enum StoreKind
{
    Sqlite,
    Postgres,
}

/// <summary>
/// The real portal in-process, on its own data folder, with the SQLite default or a fresh PostgreSQL database.
/// The demo catalogue is loaded unless the test asks for an empty store.
/// </summary>
public class PortalFactory(StoreKind store = StoreKind.Sqlite, bool loadDemo = true) : WebApplicationFactory<Program>
{
    private string? _postgres;

    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), "opendata-test-" + Guid.NewGuid().ToString("N")[..12]);

    public StoreKind Store => store;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // Created when the host is first used, inside a test, so a missing PostgreSQL skips (locally) that test.
        if (store == StoreKind.Postgres)
        {
            _postgres ??= PostgresServer.CreateDatabase("opendata_web");
        }
        builder.UseEnvironment("Production");
        var settings = new Dictionary<string, string?>
        {
            ["OpenData:DataDirectory"] = DataDirectory,
            ["OpenData:LoadDemoCatalog"] = loadDemo ? "true" : "false",
            ["OpenData:PublicBaseUrl"] = "http://localhost",
            // Empty stores' tests fetch links only from 127.0.0.1; the demo's links are invented and never fetched.
            ["OpenData:DatastoreLoadsLinks"] = loadDemo ? "false" : "true",
            ["ConnectionStrings:Catalog"] = _postgres,
        };
        builder.UseSetting("OpenData:DataDirectory", DataDirectory);
        builder.UseSetting("ConnectionStrings:Catalog", _postgres ?? "");
        builder.ConfigureAppConfiguration(c => c.AddInMemoryCollection(settings));
    }

    /// <summary>Runs an action with the portal's own services, as the CLI would.</summary>
    public async Task<T> WithServicesAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        StartServer(); // make sure the host (and its start-up: migrations, demo) has run; TestServer or Kestrel
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    /// <summary>The password of every user <see cref="CreateUserAsync"/> creates.</summary>
    public const string UserPassword = "mat-khau-kiem-thu-123";

    /// <summary>Creates a user with a role in an organization (or a system admin) and returns the name and password.</summary>
    public async Task<(string UserName, string Password)> CreateUserAsync(string userName, bool sysAdmin = false, string? organization = null, OrganizationRole role = OrganizationRole.Editor)
    {
        const string password = UserPassword;
        await WithServicesAsync(async services =>
        {
            await services.GetRequiredService<AccountActions>()
                .CreateUserAsync(Actor.System, userName, $"{userName}@example.vn", userName, password, sysAdmin, CancellationToken.None);
            if (organization is not null)
            {
                await services.GetRequiredService<OrganizationActions>()
                    .SetMemberAsync(Actor.System, organization, userName, role, CancellationToken.None);
            }
            return 0;
        });
        return (userName, password);
    }

    /// <summary>
    /// Waits until the search index is in step with the store (it is built in the background on start; until then
    /// searches are answered by the database), so that a test compares answers of one engine.
    /// </summary>
    public async Task WaitForSearchIndexAsync()
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        while (!await WithServicesAsync(s => Task.FromResult(s.GetRequiredService<Web.Search.PortalSearchIndex>().IsReady)))
        {
            // Generous: CI machines are busy, and start-up also loads the demo catalogue.
            if (watch.Elapsed > TimeSpan.FromMinutes(3))
            {
                throw new TimeoutException("the search index was not ready within 3 minutes");
            }
            await Task.Delay(50);
        }
    }

    /// <summary>Runs a command-line command as `dotnet run -- args` would, against this portal's services.</summary>
    public async Task<(int Exit, string Output, string Error)> RunCommandAsync(params string[] args)
    {
        var command = Web.Cli.CommandLine.Find(args) ?? throw new InvalidOperationException("serve is not a CLI command");
        var output = new StringWriter();
        var error = new StringWriter();
        StartServer();
        var exit = await command.RunAsync(Services, output, error, TestContext.Current.CancellationToken);
        return (exit, output.ToString(), error.ToString());
    }

    /// <summary>The actor the portal would build for this user on a request.</summary>
    public Task<Actor> ActorAsync(string userName) => WithServicesAsync(async services =>
    {
        var accounts = services.GetRequiredService<AccountActions>();
        var user = await accounts.FindUserAsync(userName, CancellationToken.None) ?? throw new InvalidOperationException(userName);
        return await accounts.LoadActorAsync(user.Id, null, CancellationToken.None) ?? throw new InvalidOperationException(userName);
    });

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(DataDirectory))
        {
            try
            {
                Directory.Delete(DataDirectory, recursive: true);
            }
            catch (IOException)
            {
                // A file still held by a closing handle: the temp folder is cleaned by the OS.
            }
        }
    }
}

public sealed class SqlitePortal() : PortalFactory(StoreKind.Sqlite);

public sealed class PostgresPortal() : PortalFactory(StoreKind.Postgres);

public sealed class EmptySqlitePortal() : PortalFactory(StoreKind.Sqlite, loadDemo: false);

public sealed class EmptyPostgresPortal() : PortalFactory(StoreKind.Postgres, loadDemo: false);
