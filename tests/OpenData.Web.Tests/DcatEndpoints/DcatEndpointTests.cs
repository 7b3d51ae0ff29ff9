using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using OpenData.Dcat.DcatAp;
using OpenData.Dcat.Rdf;
using OpenData.Dcat.Shacl;
using OpenData.TestSupport;
using OpenData.Web.Catalog;
using OpenData.Web.Tests.Infrastructure;

namespace OpenData.Web.Tests.DcatEndpoints;

/// <summary>The demo portal with small catalogue pages (so paging shows) and the DCAT-AP shapes when the fixtures exist.</summary>
public sealed class DcatPortal() : PortalFactory(StoreKind.Sqlite)
{
    public const int PageSize = 40;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("OpenData:DcatPageSize", PageSize.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (SharedFixtures.TryPath("dcat-ap", "dcat-ap_3_shacl_shapes.ttl") is { } shapes)
        {
            builder.UseSetting("OpenData:DcatApShapesFile", shapes);
        }
    }
}

public sealed class DcatEndpointTests(DcatPortal portal) : IClassFixture<DcatPortal>
{
    private const string OpenDataset = "nang-suat-lua-theo-vu-va-xa";
    private static readonly Iri Dataset = Vocabulary.Dcat.Dataset;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string, string, RdfFormat> Formats => new()
    {
        { ".ttl", "text/turtle", RdfFormat.Turtle },
        { ".rdf", "application/rdf+xml", RdfFormat.RdfXml },
        { ".jsonld", "application/ld+json", RdfFormat.JsonLd },
        { ".nt", "application/n-triples", RdfFormat.NTriples },
    };

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task Each_catalogue_format_is_served_with_its_media_type_and_parses(string extension, string mediaType, RdfFormat format)
    {
        using var response = await portal.CreateClient().GetAsync("/catalog" + extension, Ct);

        var graph = await ParseAsync(response, format);

        Assert.Equal((HttpStatusCode.OK, mediaType), (response.StatusCode, response.Content.Headers.ContentType?.MediaType));
        Assert.Equal(DcatPortal.PageSize, graph.SubjectsOf(Vocabulary.Rdf.Type, Dataset).Count());
    }

    [Fact]
    public async Task The_catalogue_pages_hold_exactly_the_open_datasets_with_hydra_links()
    {
        var client = portal.CreateClient();
        var names = new List<string>();
        string? next = "/catalog.ttl";
        var pages = 0;
        while (next is not null && pages++ < 10)
        {
            using var response = await client.GetAsync(next, Ct);
            var graph = await ParseAsync(response, RdfFormat.Turtle);
            names.AddRange(new DcatApReader(new DcatApContext("http://localhost")).ReadDatasets(graph).Select(d => d.Name));
            next = graph.Match(null, DcatApTerms.NextPage).Select(t => ((Literal)t.Object).LexicalForm).FirstOrDefault();
            if (pages == 1)
            {
                var total = graph.Match(null, Vocabulary.Hydra.TotalItems).Select(t => int.Parse(((Literal)t.Object).LexicalForm, System.Globalization.CultureInfo.InvariantCulture)).Single();
                Assert.Equal(97, total);
                Assert.Equal("http://localhost/catalog.ttl?page=3", graph.Match(null, DcatApTerms.LastPage).Select(t => ((Literal)t.Object).LexicalForm).Single());
            }
        }

        Assert.Equal(97, names.Distinct().Count());
        Assert.DoesNotContain("tre-em-co-hoan-canh-dac-biet", names); // private
        Assert.DoesNotContain("du-an-dien-gio", names); // draft
        Assert.DoesNotContain("tai-san-cong-xe-o-to", names); // shared between agencies, not open
    }

    [Fact]
    public async Task The_whole_demo_catalogue_conforms_to_the_DCAT_AP_3_shapes()
    {
        using var shapesFile = File.OpenText(SharedFixtures.Path("dcat-ap", "dcat-ap_3_shacl_shapes.ttl"));
        var validator = ShaclValidator.FromTurtle(shapesFile);
        var graph = new Graph();
        for (var page = 1; page <= 3; page++)
        {
            using var response = await portal.CreateClient().GetAsync($"/catalog.ttl?page={page}", Ct);
            foreach (var t in (await ParseAsync(response, RdfFormat.Turtle)).Triples)
            {
                graph.Assert(t);
            }
        }

        var report = validator.Validate(graph, Ct);

        Assert.Equal(97, graph.SubjectsOf(Vocabulary.Rdf.Type, Dataset).Count());
        Assert.Empty(report.Results.Select(r => $"{r.FocusNode} {r.Path} {r.Value}: {r.Message}"));
    }

    [Theory]
    [InlineData("/catalog.ttl?page=0", HttpStatusCode.BadRequest)]
    [InlineData("/catalog.ttl?page=abc", HttpStatusCode.BadRequest)]
    [InlineData("/catalog.ttl?page=99", HttpStatusCode.NotFound)]
    [InlineData("/catalog.ttl?modified_since=hôm-qua", HttpStatusCode.BadRequest)]
    [InlineData("/catalog.xyz", HttpStatusCode.NotFound)]
    [InlineData("/dataset/" + OpenDataset + ".xyz", HttpStatusCode.NotFound)]
    [InlineData("/dataset/khong-ton-tai.ttl", HttpStatusCode.NotFound)]
    [InlineData("/dataset/tre-em-co-hoan-canh-dac-biet.ttl", HttpStatusCode.NotFound)]
    [InlineData("/dataset/du-an-dien-gio.rdf", HttpStatusCode.NotFound)]
    [InlineData("/dataset/tai-san-cong-xe-o-to.jsonld", HttpStatusCode.NotFound)]
    public async Task Bad_requests_and_hidden_datasets_get_a_plain_text_error(string url, HttpStatusCode expected)
    {
        using var response = await portal.CreateClient().GetAsync(url, Ct);

        Assert.Equal((expected, "text/plain"), (response.StatusCode, response.Content.Headers.ContentType?.MediaType));
    }

    [Fact]
    public async Task Modified_since_keeps_only_datasets_changed_after_the_date()
    {
        using var response = await portal.CreateClient().GetAsync("/catalog.nt?modified_since=2100-01-01", Ct);

        var graph = await ParseAsync(response, RdfFormat.NTriples);

        Assert.Empty(graph.SubjectsOf(Vocabulary.Rdf.Type, Dataset));
        Assert.Equal("0", graph.Match(null, Vocabulary.Hydra.TotalItems).Select(t => ((Literal)t.Object).LexicalForm).Single());
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task A_dataset_document_describes_that_dataset(string extension, string mediaType, RdfFormat format)
    {
        using var response = await portal.CreateClient().GetAsync($"/dataset/{OpenDataset}{extension}", Ct);

        var dataset = Assert.Single(new DcatApReader(new DcatApContext("http://localhost")).ReadDatasets(await ParseAsync(response, format)));

        Assert.Equal((mediaType, OpenDataset), (response.Content.Headers.ContentType?.MediaType, dataset.Name));
    }

    [Theory]
    [InlineData("text/turtle", "text/turtle")]
    [InlineData("application/ld+json", "application/ld+json")]
    [InlineData("application/rdf+xml;q=0.9, text/html;q=0.5", "application/rdf+xml")]
    [InlineData("application/n-triples", "application/n-triples")]
    public async Task The_dataset_URL_answers_RDF_when_the_client_asks_for_it(string accept, string expected)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/dataset/" + OpenDataset);
        request.Headers.Accept.ParseAdd(accept);

        using var response = await portal.CreateClient().SendAsync(request, Ct);

        Assert.Equal((HttpStatusCode.OK, expected), (response.StatusCode, response.Content.Headers.ContentType?.MediaType));
        Assert.Contains("Accept", response.Headers.Vary);
    }

    [Theory]
    [InlineData("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")]
    [InlineData("*/*")]
    [InlineData("text/html, text/turtle;q=0.5")]
    public async Task Browsers_and_wildcards_fall_through_to_the_page(string accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/dataset/" + OpenDataset);
        request.Headers.Accept.ParseAdd(accept);

        using var response = await portal.CreateClient().SendAsync(request, Ct);

        Assert.DoesNotContain(response.Content.Headers.ContentType?.MediaType ?? "", RdfFormats.All.Select(f => f.MediaType));
    }

    [Fact]
    public async Task The_catalogue_URL_negotiates_its_format()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/catalog");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/ld+json"));

        using var response = await portal.CreateClient().SendAsync(request, Ct);

        Assert.Equal("application/ld+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_sitemap_lists_open_dataset_pages_only_and_robots_points_at_it()
    {
        var client = portal.CreateClient();

        var sitemap = await client.GetStringAsync("/sitemap.xml", Ct);
        var robots = await client.GetStringAsync("/robots.txt", Ct);

        Assert.Contains("<loc>http://localhost/dataset/" + OpenDataset + "</loc>", sitemap, StringComparison.Ordinal);
        Assert.DoesNotContain("tre-em-co-hoan-canh-dac-biet", sitemap, StringComparison.Ordinal);
        Assert.Contains("Sitemap: http://localhost/sitemap.xml", robots, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/catalog.ttl", null)]
    [InlineData("/catalog.rdf", null)]
    [InlineData("/catalog.jsonld", null)]
    [InlineData("/catalog.nt", null)]
    [InlineData("/catalog.ttl?page=2&modified_since=2020-01-01", null)]
    [InlineData("/catalog", "application/rdf+xml")]
    [InlineData("/dataset/" + OpenDataset + ".ttl", null)]
    [InlineData("/dataset/" + OpenDataset + ".jsonld", null)]
    [InlineData("/dataset/" + OpenDataset, "text/turtle")]
    [InlineData("/sitemap.xml", null)]
    public async Task A_HEAD_answers_like_GET_without_a_body(string url, string? accept)
    {
        var (head, get) = await portal.CreateClient().HeadAndGetAsync(url, accept);

        Assert.Equal(HttpStatusCode.OK, get.Status);
        Assert.Equal(get with { BodyLength = 0 }, head);
    }

    [Fact]
    public async Task A_HEAD_on_a_hidden_dataset_is_a_404_as_a_GET_is()
    {
        var (head, get) = await portal.CreateClient().HeadAndGetAsync("/dataset/tre-em-co-hoan-canh-dac-biet.ttl");

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (head.Status, get.Status));
    }

    [Fact]
    public async Task Editors_see_no_DCAT_AP_problems_on_a_complete_demo_dataset_and_outsiders_are_refused()
    {
        SharedFixtures.Path("dcat-ap", "dcat-ap_3_shacl_shapes.ttl");
        var organization = await portal.Act((s, ct) => s.Service<DatasetActions>().ShowAsync(Actor.System, OpenDataset, ct));
        await portal.CreateUserAsync("bientap-dcat", organization: organization.Organization.Name);
        var editor = await portal.ActorAsync("bientap-dcat");

        var validation = await portal.Act((s, ct) => s.Service<DcatValidationActions>().ValidateAsync(editor, OpenDataset, "http://localhost", ct));

        Assert.Equal((true, 0), (validation.Checked, validation.Problems?.Count ?? -1));
        await Assert.ThrowsAsync<NotAuthorizedException>(() =>
            portal.Act((s, ct) => s.Service<DcatValidationActions>().ValidateAsync(Actor.Anonymous, OpenDataset, "http://localhost", ct)));
    }

    private static async Task<Graph> ParseAsync(HttpResponseMessage response, RdfFormat format)
    {
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(Ct)}");
        var text = await response.Content.ReadAsStringAsync(Ct);
        return RdfFormats.Parse(text, format, response.RequestMessage?.RequestUri?.ToString());
    }
}
