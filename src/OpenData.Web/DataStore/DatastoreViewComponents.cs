using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Localization;
using OpenData.Web.Accounts;
using OpenData.Web.Catalog;

namespace OpenData.Web.DataStore;

/// <summary>The data-store status of a resource, for the resource page: status, encoding, rows, bad rows; editors get the settings form.</summary>
public sealed class DatastoreStatusViewComponent(DatastoreActions actions, CurrentActor current) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(string datasetName, Guid resourceId)
    {
        var actor = await current.GetAsync(HttpContext.RequestAborted);
        var info = await actions.StatusAsync(actor, resourceId, HttpContext.RequestAborted);
        return info is null ? Content("") : View("/DataStore/_DatastoreStatus.cshtml", new DatastoreStatusModel(datasetName, info));
    }
}

public sealed record DatastoreStatusModel(string DatasetName, DatastoreInfo Info)
{
    public string SettingsUrl => $"/dataset/{Uri.EscapeDataString(DatasetName)}/resource/{Info.ResourceId}/datastore";

    public static string EncodingName(string? encoding, IStringLocalizer l) => encoding switch
    {
        TextEncodings.Utf8 => "UTF-8",
        TextEncodings.Utf8Bom => l["Datastore.Utf8Bom"],
        TextEncodings.Utf16Le => "UTF-16 LE",
        TextEncodings.Utf16Be => "UTF-16 BE",
        TextEncodings.Windows1258 => "Windows-1258",
        TextEncodings.Tcvn3 => "TCVN3 (ABC)",
        null => "—",
        _ => encoding,
    };

    public static string StatusText(DatastoreInfo info, IStringLocalizer l) => info.Status switch
    {
        DatastoreStatus.Pending => l["Datastore.Pending"],
        DatastoreStatus.Loading => l["Datastore.Loading", info.RowsLoaded.ToString("N0", Vietnamese)],
        DatastoreStatus.Loaded => l["Datastore.Loaded", info.RowCount.ToString("N0", Vietnamese)],
        _ => l["Datastore.Failed"],
    };

    public static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");
}

/// <summary>
/// A server-rendered preview of a loaded table: sort by a column header link, full-text q, a filter per
/// column and paging, all as GET parameters (sort, q, f_c1..., page) so it works without JavaScript.
/// </summary>
public sealed class DataPreviewViewComponent(DatastoreActions actions, CurrentActor current) : ViewComponent
{
    public const int PageSize = 25;

    public async Task<IViewComponentResult> InvokeAsync(Guid resourceId)
    {
        var ct = HttpContext.RequestAborted;
        var actor = await current.GetAsync(ct);
        var info = await actions.StatusAsync(actor, resourceId, ct);
        if (info is null || info.LoadedAt is null && !info.IsLoaded || info.Fields.Count == 0)
        {
            return Content("");
        }
        var request = HttpContext.Request.Query;
        var columns = info.Fields.Select((f, i) => (Field: f, Key: "f_c" + (i + 1))).ToList();
        var filters = columns.Where(c => !string.IsNullOrWhiteSpace(request[c.Key]))
            .ToDictionary(c => c.Field.Id, c => (IReadOnlyList<string?>)[request[c.Key].ToString().Trim()]);
        var sortKey = request["sort"].ToString();
        var sortIndex = columns.FindIndex(c => c.Key[2..] == sortKey.TrimStart('-'));
        var sort = sortIndex < 0 ? null : $"\"{columns[sortIndex].Field.Id.Replace("\"", "\"\"")}\" {(sortKey.StartsWith('-') ? "desc" : "asc")}";
        var page = int.TryParse(request["page"], NumberStyles.Integer, CultureInfo.InvariantCulture, out var p) && p > 1 ? p : 1;
        var q = request["q"].ToString().Trim();
        DatastoreSearchResult? result = null;
        string? error = null;
        try
        {
            result = await actions.SearchAsync(actor, resourceId, new DatastoreQuery
            {
                Filters = filters,
                Fields = info.Fields.Select(f => f.Id).ToList(),
                Q = q.Length == 0 ? null : q,
                Sort = sort,
                Limit = PageSize,
                Offset = (page - 1) * PageSize,
            }, includeTotal: true, ct);
        }
        catch (ValidationException e)
        {
            error = e.Message;
        }
        var values = request.ToDictionary(k => k.Key, k => k.Value.ToString());
        return View("/DataStore/_DataPreview.cshtml", new DataPreviewModel(info, columns.Select(c => new PreviewColumn(c.Field, c.Key, request[c.Key].ToString())).ToList(),
            result, error, q, sortKey, page, HttpContext.Request.Path, values));
    }
}

public sealed record PreviewColumn(DatastoreFieldView Field, string Key, string FilterValue)
{
    public bool IsNumber => Field.Type is "int" or "numeric";
}

public sealed record DataPreviewModel(
    DatastoreInfo Info,
    IReadOnlyList<PreviewColumn> Columns,
    DatastoreSearchResult? Result,
    string? Error,
    string Q,
    string Sort,
    int Page,
    string Path,
    IReadOnlyDictionary<string, string> Query)
{
    public long Total => Result?.Total ?? 0;

    public int PageCount => (int)Math.Max(1, (Total + DataPreviewViewComponent.PageSize - 1) / DataPreviewViewComponent.PageSize);

    /// <summary>This page's address with some parameters changed (null removes one), for sort and paging links.</summary>
    public string Link(params (string Key, string? Value)[] changes)
    {
        var query = Query.ToDictionary(k => k.Key, k => (string?)k.Value);
        foreach (var (key, value) in changes)
        {
            query[key] = value;
        }
        var kept = query.Where(k => !string.IsNullOrEmpty(k.Value)).Select(k => new KeyValuePair<string, string?>(k.Key, k.Value));
        return QueryHelpers.AddQueryString(Path, kept) + "#data-preview";
    }

    public string SortLink(PreviewColumn column) =>
        Link(("sort", Sort == column.Key[2..] ? "-" + column.Key[2..] : column.Key[2..]), ("page", null));

    public string? SortState(PreviewColumn column) =>
        Sort == column.Key[2..] ? "ascending" : Sort == "-" + column.Key[2..] ? "descending" : null;

    public static string Cell(object? value, IStringLocalizer l) => value switch
    {
        null => "",
        decimal d => d.ToString("#,##0.########", DatastoreStatusModel.Vietnamese),
        long n => n.ToString(CultureInfo.InvariantCulture),
        bool b => b ? l["Datastore.Yes"] : l["Datastore.No"],
        _ => value.ToString() ?? "",
    };
}

/// <summary>
/// A simple SVG chart when the table suits one: a text or date column and a numeric column, at most 50 rows.
/// Bars for categories, a line for dates; the numbers are also given as a table for screen readers and print.
/// </summary>
public sealed class DataChartViewComponent(DatastoreActions actions, CurrentActor current, IStringLocalizer<SharedResource> l) : ViewComponent
{
    public const int MaxCategories = 50;

    public async Task<IViewComponentResult> InvokeAsync(Guid resourceId, string? title = null)
    {
        var ct = HttpContext.RequestAborted;
        var actor = await current.GetAsync(ct);
        var info = await actions.StatusAsync(actor, resourceId, ct);
        if (info is not { IsLoaded: true } || info.RowCount is 0 or > MaxCategories)
        {
            return Content("");
        }
        var chart = DataChart.Choose(info.Fields);
        if (chart is null)
        {
            return Content("");
        }
        var result = await actions.SearchAsync(actor, resourceId, new DatastoreQuery
        {
            Fields = [chart.Value.Category.Id, chart.Value.Value.Id],
            Limit = MaxCategories,
            Sort = chart.Value.Category.Type == "date" ? $"\"{chart.Value.Category.Id.Replace("\"", "\"\"")}\"" : null,
        }, includeTotal: false, ct);
        var points = result.Rows.Where(r => r[0] is not null && r[1] is not null)
            .Select(r => new ChartPoint(DataPreviewModel.Cell(r[0], l), Convert.ToDecimal(r[1], CultureInfo.InvariantCulture))).ToList();
        if (points.Count < 2 || points.Select(p => p.Label).Distinct().Count() != points.Count)
        {
            return Content("");
        }
        return View("/DataStore/_DataChart.cshtml", DataChart.Build(title ?? l["Datastore.ChartTitle", chart.Value.Value.Id, chart.Value.Category.Id],
            chart.Value.Category, chart.Value.Value, points, l));
    }
}

public sealed record ChartPoint(string Label, decimal Value);

public sealed record ChartBar(string Label, string ValueText, double X, double Y, double Width, double Height);

public sealed record DataChartModel(
    string Title,
    string Description,
    DatastoreFieldView Category,
    DatastoreFieldView Value,
    IReadOnlyList<ChartPoint> Points,
    bool IsLine,
    IReadOnlyList<ChartBar> Bars,
    string LinePoints,
    double Width,
    double Height,
    double PlotLeft,
    double PlotRight);

public static class DataChart
{
    private static readonly string[] IdentifierPrefixes = ["mã", "id", "stt", "số thứ tự", "năm", "ma "];

    /// <summary>The category (first text or date column) and the value (first numeric column that is not a code, a year or a row number).</summary>
    public static (DatastoreFieldView Category, DatastoreFieldView Value)? Choose(IReadOnlyList<DatastoreFieldView> fields)
    {
        var usable = fields.Where(f => f.Id != DatastoreDatabase.IdColumn).ToList();
        var category = usable.FirstOrDefault(f => f.Type is "text" or "date");
        var value = usable.FirstOrDefault(f => f.Type is "int" or "numeric"
            && !IdentifierPrefixes.Any(p => f.Id.StartsWith(p, StringComparison.OrdinalIgnoreCase)));
        return category is null || value is null ? null : (category, value);
    }

    /// <summary>An SVG &lt;text&gt; element (Razor reserves the tag name), with the text HTML-encoded.</summary>
    public static Microsoft.AspNetCore.Html.HtmlString SvgText(string cssClass, double x, double y, string text) =>
        new($"<text class=\"{cssClass}\" x=\"{x.ToString("0.#", CultureInfo.InvariantCulture)}\" y=\"{y.ToString("0.#", CultureInfo.InvariantCulture)}\">{System.Net.WebUtility.HtmlEncode(text)}</text>");

    public static DataChartModel Build(string title, DatastoreFieldView category, DatastoreFieldView value, IReadOnlyList<ChartPoint> points, IStringLocalizer l)
    {
        var isLine = category.Type == "date";
        const double left = 180, right = 20, rowHeight = 22, width = 720;
        var max = Math.Max(points.Max(p => (double)p.Value), 0);
        var min = Math.Min(points.Min(p => (double)p.Value), 0);
        var span = max - min == 0 ? 1 : max - min;
        var plot = width - left - right;
        var bars = new List<ChartBar>();
        string line = "";
        double height;
        if (isLine)
        {
            height = 260;
            var step = plot / Math.Max(1, points.Count - 1);
            var coordinates = points.Select((p, i) => (X: left + i * step, Y: 20 + (height - 60) * (1 - ((double)p.Value - min) / span))).ToList();
            line = string.Join(" ", coordinates.Select(c => $"{c.X.ToString("0.#", CultureInfo.InvariantCulture)},{c.Y.ToString("0.#", CultureInfo.InvariantCulture)}"));
            bars.AddRange(points.Select((p, i) => new ChartBar(p.Label, DataPreviewModel.Cell(p.Value, l), coordinates[i].X, coordinates[i].Y, 0, 0)));
        }
        else
        {
            height = points.Count * rowHeight + 20;
            var zero = left + plot * (0 - min) / span;
            for (var i = 0; i < points.Count; i++)
            {
                var v = (double)points[i].Value;
                var x = left + plot * (Math.Min(v, 0) - min) / span;
                var w = Math.Max(1, plot * Math.Abs(v) / span);
                bars.Add(new ChartBar(points[i].Label, DataPreviewModel.Cell(points[i].Value, l), v < 0 ? x : zero, 10 + i * rowHeight, w, rowHeight - 6));
            }
        }
        var highest = points.MaxBy(p => p.Value)!;
        var lowest = points.MinBy(p => p.Value)!;
        var description = l["Datastore.ChartDescription", points.Count, value.Id, DataPreviewModel.Cell(highest.Value, l), highest.Label, DataPreviewModel.Cell(lowest.Value, l), lowest.Label].Value;
        return new DataChartModel(title, description, category, value, points, isLine, bars, line, width, height, left, width - right);
    }
}
