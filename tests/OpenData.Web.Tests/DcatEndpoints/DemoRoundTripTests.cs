using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OpenData.Dcat.DcatAp;
using OpenData.Dcat.Model;
using OpenData.Dcat.Rdf;
using OpenData.Web.Catalog;
using OpenData.Web.Storage;
using OpenData.Web.Tests.Infrastructure;

namespace OpenData.Web.Tests.DcatEndpoints;

/// <summary>Every stored demo dataset survives model → DCAT-AP → model in every syntax.</summary>
public sealed class DemoRoundTripTests(SqlitePortal portal) : IClassFixture<SqlitePortal>
{
    [Theory]
    [InlineData(RdfFormat.Turtle)]
    [InlineData(RdfFormat.NTriples)]
    [InlineData(RdfFormat.RdfXml)]
    [InlineData(RdfFormat.JsonLd)]
    public async Task Every_demo_dataset_reads_back_unchanged(RdfFormat format)
    {
        var (datasets, context) = await portal.Act(async (s, ct) =>
        {
            var documents = await s.Service<CatalogDbContext>().Datasets.AsNoTracking().Select(d => d.Document).ToListAsync(ct);
            return (documents.Select(DatasetDocument.Deserialize).ToList(), await s.Service<DcatContextFactory>().CreateAsync("http://localhost", ct));
        });
        var failures = new List<string>();

        foreach (var dataset in datasets)
        {
            // RDF publishes a dataset, not its workflow state: what comes back is the published form.
            var expected = dataset with
            {
                IsPrivate = false,
                State = DatasetState.Active,
                Distributions = dataset.Distributions.Select(r => r.LicenseId == dataset.LicenseId ? r with { LicenseId = null } : r).ToList(),
            };
            var text = RdfFormats.WriteToString(new DcatApWriter(context).DatasetGraph(dataset), format);
            var read = Assert.Single(new DcatApReader(context).ReadDatasets(RdfFormats.Parse(text, format, "http://localhost/dataset/" + dataset.Name)));
            if (Comparable(expected) != Comparable(read))
            {
                failures.Add($"{dataset.Name}:\n{Comparable(expected)}\n{Comparable(read)}");
            }
        }

        Assert.True(datasets.Count >= 100, $"{datasets.Count} datasets");
        Assert.True(failures.Count == 0, $"{failures.Count} datasets differ; first:\n{failures.FirstOrDefault()}");
    }

    /// <summary>Multi-valued RDF properties have no order: compare them sorted.</summary>
    private static string Comparable(Dataset d) => JsonSerializer.Serialize(d with
    {
        Keywords = d.Keywords.Order(StringComparer.Ordinal).ToList(),
        Themes = d.Themes.Order(StringComparer.Ordinal).ToList(),
        Languages = d.Languages.Order(StringComparer.Ordinal).ToList(),
        Spatial = d.Spatial.OrderBy(s => s.Code, StringComparer.Ordinal).ToList(),
        ConformsTo = d.ConformsTo.Order(StringComparer.Ordinal).ToList(),
    });
}
