using Microsoft.Extensions.Options;
using OpenData.Web.Ckan;
using OpenData.Web.DataStore;
using OpenData.Web.Demo;
using OpenData.Web.Storage;

namespace OpenData.Web.Hosting;

public static class PortalStartupServices
{
    public static IServiceCollection AddPortalStartup(this IServiceCollection services)
    {
        services.AddScoped<PackageTransfer>();
        services.AddScoped<DemoCatalog>();
        services.AddHostedService<PortalStartup>();
        services.AddDatastoreWorker();
        return services;
    }
}

/// <summary>Before the portal serves its first page: create and migrate the store, then load the demo catalogue into an empty one.</summary>
public sealed class PortalStartup(IServiceProvider services, IOptions<PortalOptions> options) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(cancellationToken);
        if (options.Value.LoadDemoCatalog)
        {
            await scope.ServiceProvider.GetRequiredService<DemoCatalog>().LoadIfEmptyAsync(cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
