using System.Globalization;
using System.Text.Json.Nodes;
using OpenData.Web.Catalog;
using OpenData.Web.DataStore;

namespace OpenData.Web.Api.Examples;

/// <summary>An example on a page: what it is called (a resource key and its arguments) and the call.</summary>
public sealed record ApiExample(string TitleKey, IReadOnlyList<string> TitleArguments, ApiCall Call);

/// <summary>The examples a page shows, with the portal's address they run against.</summary>
public sealed record ApiExampleSet(string BaseUrl, IReadOnlyList<ApiExample> Examples);

/// <summary>
/// The calls the API page and each dataset page show. A dataset's examples use its real name, and for every
/// resource loaded into the DataStore a filter on one of its columns with a value from its first row, so the
/// example returns rows when pasted.
/// </summary>
public sealed class ApiExamples(DatastoreActions datastore)
{
    public const int ExampleRows = 5;

    public static ApiCall PackageShow(string name) =>
        new("/api/3/action/package_show", [new("id", name)], AnswerKind.CkanResult) { ResultField = "[\"title\"]" };

    public static ApiCall PackageSearch(string q) =>
        new("/api/3/action/package_search", [new("q", q), new("rows", ExampleRows.ToString(CultureInfo.InvariantCulture), ParameterKind.Number)], AnswerKind.CkanResult) { ResultField = "[\"count\"]" };

    public static ApiCall OrganizationList() =>
        new("/api/3/action/organization_list", [], AnswerKind.CkanResult) { ResultField = "" };

    public static ApiCall DatasetTurtle(string name) => new($"/dataset/{Uri.EscapeDataString(name)}.ttl", [], AnswerKind.Text);

    public static ApiCall CatalogTurtle() => new("/catalog.ttl", [], AnswerKind.Text);

    public static ApiCall CatalogCsv() => new("/catalog.csv", [], AnswerKind.File) { FileName = "catalog.csv" };

    public static ApiCall DatastoreSearch(Guid resourceId, string? column, string? value)
    {
        List<QueryParameter> query = [new("resource_id", resourceId.ToString())];
        if (column is not null && value is not null)
        {
            query.Add(new("filters", ApiCall.JsonText(new JsonObject { [column] = value }), ParameterKind.Json));
        }
        query.Add(new("limit", ExampleRows.ToString(CultureInfo.InvariantCulture), ParameterKind.Number));
        return new("/api/3/action/datastore_search", query, AnswerKind.CkanResult) { ResultField = "[\"records\"]" };
    }

    public static ApiCall DatastoreDump(Guid resourceId) =>
        new($"/datastore/dump/{resourceId}", [], AnswerKind.File) { FileName = $"{resourceId.ToString("N")[..8]}.csv" };

    public static ApiCall PackagePatch(string name) =>
        new("/api/3/action/package_patch", [], AnswerKind.CkanResult)
        {
            ResultField = "[\"metadata_modified\"]",
            Body = new JsonObject { ["id"] = name, ["notes"] = "Mô tả mới của bộ dữ liệu" },
        };

    public async Task<ApiExampleSet> ForDatasetAsync(Actor actor, DatasetView view, string baseUrl, CancellationToken ct)
    {
        var dataset = view.Dataset;
        List<ApiExample> examples = [new("ApiExamples.PackageShow", [], PackageShow(dataset.Name))];
        if (dataset.IsOpenData)
        {
            // Only open data is in the DCAT catalogue (MISSION §2): the Turtle of any other dataset is "not found".
            examples.Add(new("ApiExamples.DatasetTurtle", [], DatasetTurtle(dataset.Name)));
        }
        foreach (var resource in dataset.Distributions)
        {
            var info = await datastore.StatusAsync(actor, resource.Id, ct);
            if (info is not { IsLoaded: true })
            {
                continue;
            }
            var (column, value) = await SampleFilterAsync(actor, resource.Id, ct);
            examples.Add(column is null
                ? new("ApiExamples.DatastoreSearch", [resource.Title], DatastoreSearch(resource.Id, null, null))
                : new("ApiExamples.DatastoreSearchFiltered", [resource.Title, column, value!], DatastoreSearch(resource.Id, column, value)));
            examples.Add(new("ApiExamples.DatastoreDump", [resource.Title], DatastoreDump(resource.Id)));
        }
        return new(baseUrl, examples);
    }

    /// <summary>A text column and its value in the first row (short enough to read in an example), if the table has one.</summary>
    private async Task<(string? Column, string? Value)> SampleFilterAsync(Actor actor, Guid resourceId, CancellationToken ct)
    {
        var result = await datastore.SearchAsync(actor, resourceId, new DatastoreQuery { Limit = 1 }, includeTotal: false, ct);
        if (result.Rows.Count == 0)
        {
            return (null, null);
        }
        var row = result.Rows[0];
        var candidates = result.Fields
            .Select((field, i) => (Field: field, Value: DatastoreText.Format(row[i])))
            .Where(c => c.Field.Id != DatastoreDatabase.IdColumn && !string.IsNullOrWhiteSpace(c.Value) && c.Value.Length <= 60)
            .ToList();
        var pick = candidates.FirstOrDefault(c => c.Field.Type == "text");
        if (pick.Field is null)
        {
            pick = candidates.FirstOrDefault();
        }
        return pick.Field is null ? (null, null) : (pick.Field.Id, pick.Value);
    }
}
