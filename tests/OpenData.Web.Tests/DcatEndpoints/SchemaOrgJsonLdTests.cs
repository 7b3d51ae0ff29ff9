using OpenData.Dcat.Model;
using OpenData.Dcat.Rdf;
using OpenData.Web.Api.Dcat;
using OpenData.Web.Catalog;

namespace OpenData.Web.Tests.DcatEndpoints;

public sealed class SchemaOrgJsonLdTests
{
    private static readonly DatasetView View = new(
        new Dataset
        {
            Id = Guid.Parse("6f1c2a9e-5d0b-4a57-9a35-0d2c3b9b1e11"),
            Name = "truong-hoc",
            Title = "Danh sách trường học </script><script>alert(1)</script>",
            Description = "Các trường mầm non, tiểu học và trung học cơ sở trên địa bàn tỉnh Quảng Ngãi.",
            Organization = "so-giao-duc",
            Keywords = ["trường học"],
            LicenseId = "cc-by",
            Temporal = new PeriodOfTime(new DateOnly(2024, 1, 1), null),
            Distributions = [new Distribution { Id = Guid.NewGuid(), Title = "CSV", FileSha256 = new string('b', 64), FileName = "truong.csv", MediaType = "text/csv" }],
        },
        new Organization { Id = Guid.NewGuid(), Name = "so-giao-duc", Title = "Sở Giáo dục và Đào tạo" },
        1, 0, 0, CanReadData: true);

    [Fact]
    public void The_JSON_LD_is_a_schema_org_Dataset_with_name_license_and_download()
    {
        var loader = new LocalJsonLdContextLoader().Add("https://schema.org/", """{ "@context": { "@vocab": "https://schema.org/" } }""");
        var graph = RdfFormats.Parse(SchemaOrgJsonLd.For(View, "https://opendata.quangngai.gov.vn"), RdfFormat.JsonLd, null, loader);

        var dataset = Assert.Single(graph.SubjectsOf(Vocabulary.Rdf.Type, new Iri("https://schema.org/Dataset")));

        Assert.Equal(View.Dataset.Title, ((Literal?)graph.FirstObject(dataset, new Iri("https://schema.org/name")))?.LexicalForm);
        Assert.Equal("https://creativecommons.org/licenses/by/4.0/", ((Literal?)graph.FirstObject(dataset, new Iri("https://schema.org/license")))?.LexicalForm);
        Assert.Single(graph.Match(null, new Iri("https://schema.org/contentUrl")));
    }

    [Fact]
    public void A_title_cannot_close_the_script_block()
    {
        var json = SchemaOrgJsonLd.For(View, "https://opendata.quangngai.gov.vn");

        Assert.DoesNotContain("</script>", json, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Danh sách trường học", json, StringComparison.Ordinal);
    }
}
