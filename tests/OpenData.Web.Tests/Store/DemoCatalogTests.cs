using OpenData.Web.Catalog;
using OpenData.Web.Tests.Infrastructure;

namespace OpenData.Web.Tests.Store;

/// <summary>The demo catalogue loads on first start into an empty store, on SQLite and on PostgreSQL.</summary>
public abstract class DemoCatalogTests<TPortal>(TPortal portal) where TPortal : PortalFactory
{
    [Fact]
    public async Task At_least_twelve_agencies_publish_at_least_eighty_datasets()
    {
        var organizations = await portal.Act((s, ct) => s.Service<OrganizationActions>().ListAsync(Actor.Anonymous, ct));
        var datasets = await portal.Act((s, ct) => s.Service<IDatasetSearch>().SearchAsync(Actor.Anonymous, new DatasetListQuery { Limit = 0 }, ct));

        Assert.True(organizations.Count(o => o.DatasetCount > 0) >= 12, $"{organizations.Count} organizations");
        Assert.True(datasets.Total >= 80, $"{datasets.Total} public datasets");
    }

    [Fact]
    public async Task Every_national_theme_has_datasets()
    {
        var themes = await portal.Act((s, ct) => s.Service<ThemeActions>().ListAsync(Actor.Anonymous, ct));

        Assert.Equal(12, themes.Count);
        Assert.All(themes, t => Assert.True(t.DatasetCount >= 4, $"{t.Theme.Title}: {t.DatasetCount}"));
    }

    [Fact]
    public async Task Demo_resources_include_real_CSV_XLSX_GeoJSON_and_PDF_files()
    {
        var result = await portal.Act((s, ct) => s.Service<IDatasetSearch>().SearchAsync(Actor.System, new DatasetListQuery { Limit = 0 }, ct));

        var formats = result.Facets["res_format"].Select(f => f.Value).ToHashSet(StringComparer.OrdinalIgnoreCase);
        Assert.Superset(new HashSet<string>(["CSV", "XLSX", "GeoJSON", "PDF"], StringComparer.OrdinalIgnoreCase), formats);
    }

    [Fact]
    public async Task Private_and_draft_demo_datasets_stay_hidden_from_anonymous_readers()
    {
        var anonymous = await portal.Act((s, ct) => s.Service<IDatasetSearch>().SearchAsync(Actor.Anonymous, new DatasetListQuery { Limit = 0 }, ct));
        var system = await portal.Act((s, ct) => s.Service<IDatasetSearch>().SearchAsync(Actor.System, new DatasetListQuery { Limit = 0 }, ct));

        Assert.True(system.Total > anonymous.Total);
        await Assert.ThrowsAsync<NotFoundException>(() =>
            portal.Act((s, ct) => s.Service<DatasetActions>().ShowAsync(Actor.Anonymous, "tre-em-co-hoan-canh-dac-biet", ct)));
    }
}

public sealed class SqliteDemoCatalogTests(SqlitePortal portal) : DemoCatalogTests<SqlitePortal>(portal), IClassFixture<SqlitePortal>;

public sealed class PostgresDemoCatalogTests(PostgresPortal portal) : DemoCatalogTests<PostgresPortal>(portal), IClassFixture<PostgresPortal>;
