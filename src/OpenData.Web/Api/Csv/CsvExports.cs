using System.Globalization;
using System.Text;
using OpenData.Dcat.Model;
using OpenData.Web.Accounts;
using OpenData.Web.Api.Ckan;
using OpenData.Web.Catalog;
using OpenData.Web.Ckan;

namespace OpenData.Web.Api.Csv;

/// <summary>
/// /dataset.csv (any search, the search page's parameters) and /catalog.csv (every public dataset, one row per
/// distribution). Streamed page by page through the search and the dataset actions; UTF-8 with a BOM so that
/// Excel shows Vietnamese correctly.
/// </summary>
public static class CsvExports
{
    private const int PageSize = 500;

    private static readonly string[] DatasetColumns =
    [
        "id", "name", "title", "organization", "organization_title", "notes", "tags", "groups", "license_id", "access_level",
        "frequency", "formats", "num_resources", "metadata_created", "metadata_modified", "url",
    ];

    private static readonly string[] CatalogColumns =
    [
        "dataset_id", "dataset_name", "dataset_title", "organization", "organization_title", "tags", "groups", "license_id",
        "access_level", "frequency", "metadata_created", "metadata_modified", "dataset_url",
        "resource_id", "resource_name", "resource_format", "resource_mimetype", "resource_url", "resource_size", "resource_last_modified",
    ];

    public static IEndpointRouteBuilder MapCsvExports(this IEndpointRouteBuilder app)
    {
        app.MapGetAndHead("/dataset.csv", DatasetsAsync);
        app.MapGetAndHead("/catalog.csv", CatalogAsync);
        return app;
    }

    private static async Task DatasetsAsync(HttpContext http)
    {
        var request = http.Request.Query;
        IReadOnlyList<string> Values(string key) => request[key].Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim()).ToList();
        DatasetSort sort;
        try
        {
            sort = ParseSort(request["sort"].ToString());
        }
        catch (SearchQueryException e)
        {
            http.Response.StatusCode = StatusCodes.Status400BadRequest;
            await http.Response.WriteAsync(e.Message, http.RequestAborted);
            return;
        }
        var query = new DatasetListQuery
        {
            Text = request["q"].ToString() is { Length: > 0 } q ? q : null,
            Organizations = Values("organization"),
            Themes = Values("groups"),
            Tags = Values("tags"),
            Formats = Values("res_format"),
            Licenses = Values("license_id"),
            Sort = sort,
        };
        await StreamAsync(http, query, "du-lieu", DatasetColumns, (view, baseUrl) =>
        {
            var f = Describe(view, baseUrl);
            var formats = string.Join(";", view.Dataset.Distributions.Select(d => d.Format).OfType<string>().Distinct());
            return [[f.Id, f.Name, f.Title, f.Organization, f.OrganizationTitle, view.Dataset.Description, f.Tags, f.Groups, f.License, f.AccessLevel,
                f.Frequency, formats, view.Dataset.Distributions.Count.ToString(CultureInfo.InvariantCulture), f.Created, f.Modified, f.Url]];
        });
    }

    private static Task CatalogAsync(HttpContext http) =>
        StreamAsync(http, new DatasetListQuery { Sort = DatasetSort.Name, IncludePrivate = false, IncludeDrafts = false }, "danh-muc", CatalogColumns, (view, baseUrl) =>
        {
            var f = Describe(view, baseUrl);
            string?[] dataset = [f.Id, f.Name, f.Title, f.Organization, f.OrganizationTitle, f.Tags, f.Groups, f.License, f.AccessLevel, f.Frequency, f.Created, f.Modified, f.Url];
            if (view.Dataset.Distributions.Count == 0)
            {
                return [[.. dataset, .. new string?[7]]];
            }
            return view.Dataset.Distributions.Select((r, i) =>
            {
                var dict = PackageDicts.ToResourceDict(view.Dataset, r, i, baseUrl);
                string?[] resource = [r.Id.ToString(), r.Title, r.Format, r.MediaType, CkanCall.AsString(dict["url"]),
                    r.ByteSize?.ToString(CultureInfo.InvariantCulture), PackageDicts.CkanDate(r.Modified)];
                return (IReadOnlyList<string?>)[.. dataset, .. resource];
            }).ToList();
        });

    private sealed record Fields(string Id, string Name, string Title, string Organization, string OrganizationTitle, string Tags, string Groups,
        string? License, string AccessLevel, string? Frequency, string Created, string Modified, string Url);

    private static Fields Describe(DatasetView view, string baseUrl)
    {
        var d = view.Dataset;
        return new Fields(d.Id.ToString(), d.Name, d.Title, view.Organization.Name, view.Organization.Title, string.Join(";", d.Keywords),
            string.Join(";", d.Themes), d.LicenseId, d.AccessLevel.ToCode(), d.FrequencyCode, PackageDicts.CkanDate(d.Created),
            PackageDicts.CkanDate(d.Modified), $"{baseUrl}/dataset/{d.Name}");
    }

    private static async Task StreamAsync(HttpContext http, DatasetListQuery query, string filePrefix, string[] columns,
        Func<DatasetView, string, IReadOnlyList<IReadOnlyList<string?>>> rows)
    {
        var ct = http.RequestAborted;
        var actor = await http.RequestServices.GetRequiredService<CurrentActor>().GetAsync(ct);
        var search = http.RequestServices.GetRequiredService<IDatasetSearch>();
        var datasets = http.RequestServices.GetRequiredService<DatasetActions>();
        var baseUrl = CkanApi.BaseUrl(http);

        // The first page is read before the headers go out, so a bad query still gets a proper error status.
        // Pages follow the search's cursor: no deep-offset cost, and the ranking of a text search is kept.
        query = query with { Limit = PageSize, Cursor = "*", Offset = 0, FacetLimit = 0 };
        DatasetListResult page;
        try
        {
            page = await search.SearchAsync(actor, query, ct);
        }
        catch (ValidationException e)
        {
            http.Response.StatusCode = StatusCodes.Status400BadRequest;
            await http.Response.WriteAsync(e.Message, ct);
            return;
        }
        var fileName = $"{filePrefix}-{DateTime.UtcNow:yyyyMMdd}.csv";
        http.Response.ContentType = "text/csv; charset=utf-8";
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"{fileName}\"";
        if (http.IsHead())
        {
            return;
        }
        await using var writer = new StreamWriter(http.Response.Body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 16 * 1024);
        // A byte order mark: Excel otherwise reads UTF-8 as the local code page and garbles Vietnamese.
        await writer.WriteAsync('\uFEFF');
        var csv = new CsvWriter(writer);
        await csv.WriteRowAsync(columns, ct);
        while (true)
        {
            foreach (var view in await datasets.ShowManyAsync(actor, page.Items.Select(i => i.Id).ToList(), ct))
            {
                foreach (var row in rows(view, baseUrl))
                {
                    await csv.WriteRowAsync(row, ct);
                }
            }
            await writer.FlushAsync(ct);
            if (page.NextCursor is null)
            {
                break;
            }
            query = query with { Cursor = page.NextCursor };
            page = await search.SearchAsync(actor, query, ct);
        }
    }

    /// <summary>The search page's sort names and CKAN's sort strings.</summary>
    private static DatasetSort ParseSort(string sort) =>
        string.IsNullOrWhiteSpace(sort) ? DatasetSort.Relevance
        : Enum.TryParse<DatasetSort>(sort.Replace("-", ""), ignoreCase: true, out var named) && Enum.IsDefined(named) ? named
        : sort.Trim().ToLowerInvariant() switch
        {
            "modified" or "updated" => DatasetSort.RecentlyUpdated,
            "created" => DatasetSort.Newest,
            "views" => DatasetSort.Popular,
            _ => CkanSearchAction.ParseSort(sort),
        };
}
