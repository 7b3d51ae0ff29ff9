using System.Text.Json;
using OpenData.Dcat.DcatAp;
using OpenData.Dcat.Model;
using OpenData.Dcat.Rdf;

namespace OpenData.Dcat.Tests.DcatAp;

public sealed class DcatApRoundTripTests
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    public static TheoryData<RdfFormat, int> Cases()
    {
        var data = new TheoryData<RdfFormat, int>();
        foreach (var format in new[] { RdfFormat.Turtle, RdfFormat.NTriples, RdfFormat.RdfXml, RdfFormat.JsonLd })
        {
            foreach (var seed in Enumerable.Range(1, 40))
            {
                data.Add(format, seed);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_dataset_written_as_DCAT_AP_and_read_back_is_unchanged(RdfFormat format, int seed)
    {
        var dataset = SampleDatasets.Published(SampleDatasets.Random(seed));

        var read = RoundTrip(dataset, format);

        Assert.Equal(Comparable(dataset), Comparable(read));
    }

    [Fact]
    public void A_minimal_dataset_reads_back_with_no_invented_values()
    {
        var dataset = new Dataset
        {
            Id = Guid.NewGuid(),
            Name = "toi-thieu",
            Title = "Tối thiểu",
            Organization = "so-y-te",
            Languages = [],
        };

        var read = RoundTrip(dataset, RdfFormat.Turtle);

        Assert.Equal(JsonSerializer.Serialize(dataset, Json), JsonSerializer.Serialize(read, Json));
    }

    [Fact]
    public void An_upload_gets_a_download_URL_and_its_SHA_256_as_spdx_checksum()
    {
        var dataset = SampleDatasets.Random(3) with
        {
            Distributions = [new Distribution { Id = Guid.NewGuid(), Title = "Tệp", FileSha256 = new string('a', 64), FileName = "số liệu.csv" }],
        };
        var graph = new DcatApWriter(SampleDatasets.Context).DatasetGraph(dataset);

        var download = Assert.Single(graph.Match(null, Vocabulary.Dcat.DownloadUrl)).Object;
        var value = Assert.Single(graph.Match(null, Vocabulary.Spdx.ChecksumValue)).Object;

        Assert.EndsWith("/download/s%E1%BB%91%20li%E1%BB%87u.csv", ((Iri)download).Value);
        Assert.Equal(Literal.Typed(new string('a', 64), DcatApTerms.HexBinary), value);
    }

    [Fact]
    public void Themes_are_published_as_EU_data_themes_and_as_national_concepts()
    {
        var dataset = SampleDatasets.Random(1) with { Themes = ["nong-nghiep"] };
        var graph = new DcatApWriter(SampleDatasets.Context).DatasetGraph(dataset);

        var themes = graph.Match(null, Vocabulary.Dcat.Theme).Select(t => ((Iri)t.Object).Value).Order().ToList();

        Assert.Equal([DcatApTerms.EuDataTheme + "AGRI", SampleDatasets.BaseUrl + "/group/nong-nghiep"], themes);
    }

    [Fact]
    public void A_ckanext_dcat_style_DCAT_AP_2_dataset_is_read_liberally()
    {
        const string turtle = """
            @prefix dcat: <http://www.w3.org/ns/dcat#> .
            @prefix dct: <http://purl.org/dc/terms/> .
            @prefix foaf: <http://xmlns.com/foaf/0.1/> .
            @prefix vcard: <http://www.w3.org/2006/vcard/ns#> .
            @prefix schema: <http://schema.org/> .
            @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
            @prefix owl: <http://www.w3.org/2002/07/owl#> .
            <https://other.example.vn/dataset/abc> a dcat:Dataset ;
                dct:title "Danh sách chợ"@vi, "Markets"@en ;
                dct:description "Các chợ trên địa bàn" ;
                dct:identifier "abc-123" ;
                owl:versionInfo "3" ;
                dcat:keyword "chợ"@vi, "market"@en ;
                dct:issued "2021-05-01"^^xsd:date ;
                dct:modified "2022-06-01T10:00:00+07:00"^^xsd:dateTime ;
                dct:accrualPeriodicity <http://publications.europa.eu/resource/authority/frequency/ANNUAL> ;
                dct:accessRights <http://publications.europa.eu/resource/authority/access-right/PUBLIC> ;
                dct:language <http://publications.europa.eu/resource/authority/language/VIE> ;
                dcat:theme <http://publications.europa.eu/resource/authority/data-theme/ECON> ;
                dct:publisher [ a foaf:Organization ; foaf:name "Sở Công Thương" ] ;
                dcat:contactPoint [ a vcard:Organization ; vcard:fn "Văn phòng" ; vcard:hasEmail "vp@sct.gov.vn" ] ;
                dct:temporal [ a dct:PeriodOfTime ; schema:startDate "2020-01-01"^^xsd:date ] ;
                dcat:distribution [ a dcat:Distribution ; dct:title "Tệp CSV" ; dcat:accessURL <https://other.example.vn/cho.csv> ;
                    dct:format "CSV" ; dcat:mediaType "text/csv" ; dcat:byteSize "2048"^^xsd:decimal ;
                    dct:license <http://creativecommons.org/licenses/by/4.0/> ] .
            """;
        var context = new DcatApContext(SampleDatasets.BaseUrl) { Themes = SampleDatasets.Context.Themes };
        var graph = RdfFormats.Parse(turtle, RdfFormat.Turtle);

        var dataset = Assert.Single(new DcatApReader(context).ReadDatasets(graph));

        Assert.Equal(
            ("Danh sách chợ", "abc-123", "3", "ANNUAL", "vi", "cc-by", "Văn phòng", "vp@sct.gov.vn", new DateOnly(2020, 1, 1), "so-cong-thuong", "kinh-te-thuong-mai", "chợ"),
            (dataset.Title, dataset.Identifier, dataset.Version, dataset.FrequencyCode, Assert.Single(dataset.Languages), dataset.LicenseId,
                dataset.ContactPoint?.Name, dataset.ContactPoint?.Email, dataset.Temporal?.Start, dataset.Organization, string.Join(",", dataset.Themes), string.Join(",", dataset.Keywords)));
        var distribution = Assert.Single(dataset.Distributions);
        Assert.Equal(("https://other.example.vn/cho.csv", "CSV", "text/csv", 2048L), (distribution.Url, distribution.Format, distribution.MediaType, distribution.ByteSize));
    }

    /// <summary>Multi-valued RDF properties have no order (RDF 1.1 Concepts §3): compare them as sorted lists.</summary>
    private static string Comparable(Dataset d) => JsonSerializer.Serialize(d with
    {
        Keywords = d.Keywords.Order(StringComparer.Ordinal).ToList(),
        Themes = d.Themes.Order(StringComparer.Ordinal).ToList(),
        Languages = d.Languages.Order(StringComparer.Ordinal).ToList(),
        Spatial = d.Spatial.OrderBy(s => s.Code, StringComparer.Ordinal).ToList(),
        ConformsTo = d.ConformsTo.Order(StringComparer.Ordinal).ToList(),
    }, Json);

    [Fact]
    public void A_ckanext_dcat_RDF_XML_page_is_read_with_its_distributions()
    {
        const string xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:dcat="http://www.w3.org/ns/dcat#"
                     xmlns:dct="http://purl.org/dc/terms/" xmlns:foaf="http://xmlns.com/foaf/0.1/"
                     xmlns:spdx="http://spdx.org/rdf/terms#" xmlns:xsd="http://www.w3.org/2001/XMLSchema#">
              <dcat:Catalog rdf:about="https://data.example.vn/">
                <dcat:dataset>
                  <dcat:Dataset rdf:about="https://data.example.vn/dataset/6e3a0c47-1111-4b7e-9d2a-3c0f1e2d3b4a">
                    <dct:title>Điểm thu gom rác thải</dct:title>
                    <dct:description>Vị trí các điểm thu gom</dct:description>
                    <dct:identifier>6e3a0c47-1111-4b7e-9d2a-3c0f1e2d3b4a</dct:identifier>
                    <dcat:landingPage rdf:resource="https://data.example.vn/dataset/diem-thu-gom"/>
                    <dct:publisher><foaf:Organization rdf:about="https://data.example.vn/organization/so-tnmt"><foaf:name>Sở Tài nguyên và Môi trường</foaf:name></foaf:Organization></dct:publisher>
                    <dcat:distribution>
                      <dcat:Distribution rdf:about="https://data.example.vn/dataset/6e3a0c47-1111-4b7e-9d2a-3c0f1e2d3b4a/resource/0f0f0f0f-2222-4b7e-9d2a-3c0f1e2d3b4a">
                        <dct:title>Bản đồ</dct:title>
                        <dcat:accessURL rdf:resource="https://data.example.vn/files/diem.geojson"/>
                        <dcat:downloadURL rdf:resource="https://data.example.vn/files/diem.geojson"/>
                        <dct:format>GeoJSON</dct:format>
                        <dcat:mediaType>application/geo+json</dcat:mediaType>
                        <dcat:byteSize rdf:datatype="http://www.w3.org/2001/XMLSchema#decimal">12345.0</dcat:byteSize>
                        <spdx:checksum><spdx:Checksum><spdx:algorithm rdf:resource="http://spdx.org/rdf/terms#checksumAlgorithm_sha1"/><spdx:checksumValue rdf:datatype="http://www.w3.org/2001/XMLSchema#hexBinary">ABCDEF</spdx:checksumValue></spdx:Checksum></spdx:checksum>
                        <dct:license rdf:resource="https://opendatacommons.org/licenses/odbl/1-0/"/>
                      </dcat:Distribution>
                    </dcat:distribution>
                  </dcat:Dataset>
                </dcat:dataset>
              </dcat:Catalog>
            </rdf:RDF>
            """;
        var graph = RdfFormats.Parse(xml, RdfFormat.RdfXml, "https://data.example.vn/catalog.xml");

        var dataset = Assert.Single(new DcatApReader(SampleDatasets.Context).ReadDatasets(graph));
        var distribution = Assert.Single(dataset.Distributions);

        Assert.Equal(("diem-thu-gom-rac-thai", "so-tai-nguyen-va-moi-truong", "odc-odbl", "https://data.example.vn/dataset/diem-thu-gom"),
            (dataset.Name, dataset.Organization, dataset.LicenseId, dataset.LandingPage));
        Assert.Equal(("GeoJSON", "application/geo+json", 12345L, "sha1", "abcdef", "https://data.example.vn/files/diem.geojson"),
            (distribution.Format, distribution.MediaType, distribution.ByteSize, distribution.Checksum?.Algorithm, distribution.Checksum?.Value, distribution.Url));
    }

    private static Dataset RoundTrip(Dataset dataset, RdfFormat format)
    {
        var graph = new DcatApWriter(SampleDatasets.Context).DatasetGraph(dataset);
        var text = RdfFormats.WriteToString(graph, format);
        var parsed = RdfFormats.Parse(text, format, SampleDatasets.BaseUrl + "/dataset/" + dataset.Name);
        return Assert.Single(new DcatApReader(SampleDatasets.Context).ReadDatasets(parsed));
    }
}

public sealed class DcatApWriterTextTests
{
    [Theory]
    [InlineData("Bảng\u0001 số\u000Bliệu\uFFFF", "Bảng sốliệu")]
    [InlineData("dòng 1\ndòng 2\ttab\r", "dòng 1\ndòng 2\ttab\r")]
    [InlineData("lúa 🌾", "lúa 🌾")]
    public void Text_that_XML_cannot_carry_is_dropped_so_every_syntax_can_be_written(string input, string expected)
    {
        Assert.Equal(expected, DcatApWriter.Clean(input));
    }

    [Fact]
    public void A_lone_surrogate_is_dropped()
    {
        // Built in code: theory data would turn a lone surrogate into U+FFFD on the way to the test.
        Assert.Equal("lẻ  cặp", DcatApWriter.Clean("lẻ " + (char)0xD800 + " cặp"));
    }

    [Fact]
    public void A_description_with_a_control_character_still_writes_as_RDF_XML()
    {
        var dataset = SampleDatasets.Random(4) with { Description = "Số liệu\u000C năm 2025" };

        var xml = RdfFormats.WriteToString(new DcatApWriter(SampleDatasets.Context).DatasetGraph(dataset), RdfFormat.RdfXml);

        Assert.Contains("Số liệu năm 2025", xml, StringComparison.Ordinal);
    }
}
