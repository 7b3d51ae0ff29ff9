using Microsoft.Extensions.Options;
using Npgsql;
using OpenData.Web.Catalog;
using OpenData.Web.Hosting;

namespace OpenData.Web.DataStore;

public static class DatastoreServices
{
    /// <summary>The data store on the catalogue's PostgreSQL (schema datastore) or, by default, in datastore.db in the data folder.</summary>
    public static IServiceCollection AddDatastore(this IServiceCollection services, IConfiguration configuration)
    {
        var postgres = configuration.GetConnectionString("Catalog");
        if (!string.IsNullOrWhiteSpace(postgres))
        {
            services.AddSingleton<DatastoreDatabase>(_ => new PostgresDatastoreDatabase(NpgsqlDataSource.Create(postgres)));
        }
        else
        {
            services.AddSingleton<DatastoreDatabase>(sp => new SqliteDatastoreDatabase(Path.Combine(sp.GetRequiredService<PortalPaths>().Root, "datastore.db")));
        }
        services.AddSingleton<DatastoreQueue>();
        services.AddScoped<IDatasetChangeSink, DatastoreChangeSink>();
        services.AddScoped<DatastoreLoader>();
        services.AddScoped<DatastoreActions>();
        // A link's server that does not answer fails the load in 15 s; a big file may take up to 5 minutes.
        services.AddHttpClient(DatastoreLoader.HttpClientName, c => c.Timeout = TimeSpan.FromMinutes(5))
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { ConnectTimeout = TimeSpan.FromSeconds(15) });
        return services;
    }

    /// <summary>The background loader; registered after the start-up that migrates the store.</summary>
    public static IServiceCollection AddDatastoreWorker(this IServiceCollection services)
    {
        services.AddHostedService<DatastoreWorker>();
        return services;
    }
}
