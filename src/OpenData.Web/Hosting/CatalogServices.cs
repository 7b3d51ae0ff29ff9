using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpenData.Web.Accounts;
using OpenData.Web.Catalog;
using OpenData.Web.DataStore;
using OpenData.Web.ErrorReports;
using OpenData.Web.Storage;

namespace OpenData.Web.Hosting;

public static class CatalogServices
{
    /// <summary>
    /// The store and the actions. PostgreSQL when ConnectionStrings:Catalog is set; otherwise SQLite in the
    /// data folder (the embedded default).
    /// </summary>
    public static IServiceCollection AddCatalog(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PortalOptions>().Bind(configuration.GetSection(PortalOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<InputLimits>().Bind(configuration.GetSection(InputLimits.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<SignInThrottleOptions>().Bind(configuration.GetSection(SignInThrottleOptions.Section)).ValidateDataAnnotations()
            .Validate(o => o.IsConsistent, $"{SignInThrottleOptions.Section}: FirstLockout must not exceed MaxLockout, and ForgetAfter must be at least MaxLockout and Window")
            .ValidateOnStart();
        services.AddSingleton(sp => new PortalPaths(sp.GetRequiredService<IOptions<PortalOptions>>().Value.DataDirectory));
        services.AddSingleton(TimeProvider.System);
        services.AddLocalization(o => o.ResourcesPath = "Resources");

        var postgres = configuration.GetConnectionString("Catalog");
        if (!string.IsNullOrWhiteSpace(postgres))
        {
            services.AddDbContext<PostgresCatalogDbContext>(o => o.UseNpgsql(postgres, npgsql => npgsql.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery)));
            services.AddScoped<CatalogDbContext>(sp => sp.GetRequiredService<PostgresCatalogDbContext>());
        }
        else
        {
            services.AddDbContext<SqliteCatalogDbContext>((sp, o) =>
            {
                var paths = sp.GetRequiredService<PortalPaths>();
                o.UseSqlite($"Data Source={paths.Database};Cache=Shared;Foreign Keys=True;Default Timeout=30", sqlite => sqlite.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery));
            });
            services.AddScoped<CatalogDbContext>(sp => sp.GetRequiredService<SqliteCatalogDbContext>());
        }

        services.AddSingleton<FileStore>();
        services.AddScoped<DatasetWriter>();
        services.AddScoped<DatasetActions>();
        services.AddScoped<ResourceActions>();
        services.AddScoped<PackageActions>();
        services.AddScoped<OrganizationActions>();
        services.AddScoped<ThemeActions>();
        services.AddScoped<OpenCatalogActions>();
        services.AddScoped<DcatValidationActions>();
        services.AddScoped<DcatContextFactory>();
        services.AddSingleton<DcatApShapes>();
        services.AddScoped<AccountActions>();
        services.AddScoped<SignInThrottle>();
        services.AddScoped<ErrorReportActions>();
        services.AddScoped<StoreDatasetSearch>();
        services.AddScoped<DatabaseInitializer>();
        services.AddDatastore(configuration);
        return services;
    }
}
