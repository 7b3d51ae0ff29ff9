using Microsoft.Extensions.Localization;
using System.Globalization;
using System.Text;
using System.Text.Json;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.Extensions.Options;
using OpenData.Web.Accounts;
using OpenData.Web.Catalog;
using OpenData.Web.DataStore;
using OpenData.Web.Hosting;

namespace OpenData.Web.Api.Ckan;

/// <summary>
/// /datastore/dump/{resource_id}?format=csv|tsv|json|xlsx with q, filters, sort, fields and limit, like CKAN's
/// dump: rows are streamed from the database to the response (XLSX through a temporary file, since a ZIP
/// package needs a seekable stream; rows still go through OpenXmlWriter one at a time).
/// </summary>
public static class DatastoreDump
{
    public static async Task WriteAsync(Guid resourceId, HttpContext http)
    {
        var ct = http.RequestAborted;
        var actor = await http.RequestServices.GetRequiredService<CurrentActor>().GetAsync(ct);
        var data = new System.Text.Json.Nodes.JsonObject();
        foreach (var (key, value) in http.Request.Query)
        {
            data[key] = value.ToString();
        }
        var call = new DatastoreApiCall(http, actor, data, "");
        var format = (call.String("format") ?? "csv").ToLowerInvariant();
        DatastoreRows rows;
        try
        {
            if (format is not ("csv" or "tsv" or "json" or "xlsx"))
            {
                throw ValidationException.For("format", http.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>()["Datastore.DumpFormat"]);
            }
            var query = DatastoreEndpoints.Query(call);
            rows = await call.Actions.DumpAsync(actor, resourceId, query with { Offset = query.Offset }, ct);
        }
        catch (NotFoundException)
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        catch (NotAuthorizedException e)
        {
            // The dataset's metadata is public but its data is shared only with agencies: say so, and whom to ask.
            http.Response.StatusCode = StatusCodes.Status403Forbidden;
            http.Response.ContentType = "text/plain; charset=utf-8";
            await http.Response.WriteAsync(e.Message, ct);
            return;
        }
        catch (ValidationException e)
        {
            http.Response.StatusCode = StatusCodes.Status400BadRequest;
            await http.Response.WriteAsync(e.Message, ct);
            return;
        }
        var fileName = $"{resourceId.ToString("N")[..8]}.{format}";
        if (http.IsHead())
        {
            // The rows are never read (and no XLSX file is built): the headers are all a HEAD gets.
            Headers(http, format, fileName);
            return;
        }
        switch (format)
        {
            case "csv":
            case "tsv":
                await WriteDelimitedAsync(http, rows, format == "csv" ? ',' : '\t', fileName, ct);
                break;
            case "json":
                await WriteJsonAsync(http, rows, fileName, ct);
                break;
            default:
                await WriteXlsxAsync(http, rows, fileName, ct);
                break;
        }
    }

    private static void Headers(HttpContext http, string format, string fileName)
    {
        http.Response.ContentType = format switch
        {
            "csv" => "text/csv; charset=utf-8",
            "tsv" => "text/tab-separated-values; charset=utf-8",
            "json" => "application/json; charset=utf-8",
            _ => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        };
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"{fileName}\"";
    }

    /// <summary>CSV with a UTF-8 BOM, so Excel opens Vietnamese text correctly; the header row holds the field ids.</summary>
    private static async Task WriteDelimitedAsync(HttpContext http, DatastoreRows rows, char delimiter, string fileName, CancellationToken ct)
    {
        Headers(http, delimiter == ',' ? "csv" : "tsv", fileName);
        await using var writer = new StreamWriter(http.Response.Body, new UTF8Encoding(true), 1 << 16);
        var builder = new StringBuilder();
        DatastoreText.AppendDelimited(builder, rows.Fields.Select(f => f.Id), delimiter);
        var count = 0;
        await foreach (var row in rows.Rows.WithCancellation(ct))
        {
            DatastoreText.AppendDelimited(builder, row.Select(DatastoreText.Format), delimiter);
            if (++count % 1000 == 0)
            {
                await writer.WriteAsync(builder, ct);
                builder.Clear();
            }
        }
        await writer.WriteAsync(builder, ct);
        await writer.FlushAsync(ct);
    }

    /// <summary>CKAN's JSON dump: {"fields": [...], "records": [[...], ...]}.</summary>
    private static async Task WriteJsonAsync(HttpContext http, DatastoreRows rows, string fileName, CancellationToken ct)
    {
        Headers(http, "json", fileName);
        await using var json = new Utf8JsonWriter(http.Response.Body, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WritePropertyName("fields");
        DatastoreEndpoints.Fields(rows.Fields).WriteTo(json);
        json.WriteStartArray("records");
        var count = 0;
        await foreach (var row in rows.Rows.WithCancellation(ct))
        {
            json.WriteStartArray();
            foreach (var value in row)
            {
                switch (value)
                {
                    case null:
                        json.WriteNullValue();
                        break;
                    case long l:
                        json.WriteNumberValue(l);
                        break;
                    case decimal d:
                        json.WriteNumberValue(d);
                        break;
                    case bool b:
                        json.WriteBooleanValue(b);
                        break;
                    default:
                        json.WriteStringValue(value.ToString());
                        break;
                }
            }
            json.WriteEndArray();
            if (++count % 1000 == 0)
            {
                await json.FlushAsync(ct);
            }
        }
        json.WriteEndArray();
        json.WriteEndObject();
        await json.FlushAsync(ct);
    }

    private static async Task WriteXlsxAsync(HttpContext http, DatastoreRows rows, string fileName, CancellationToken ct)
    {
        var paths = http.RequestServices.GetRequiredService<PortalPaths>();
        Directory.CreateDirectory(paths.UploadTemp);
        var temp = Path.Combine(paths.UploadTemp, "dump-" + Guid.NewGuid().ToString("N") + ".xlsx");
        try
        {
            using (var document = SpreadsheetDocument.Create(temp, SpreadsheetDocumentType.Workbook))
            {
                var workbook = document.AddWorkbookPart();
                workbook.Workbook = new Workbook();
                var styles = workbook.AddNewPart<WorkbookStylesPart>();
                styles.Stylesheet = new Stylesheet(
                    new Fonts(new Font()), new Fills(new Fill(), new Fill()), new Borders(new Border()),
                    new CellFormats(new CellFormat(), new CellFormat { NumberFormatId = 14, ApplyNumberFormat = true }));
                var sheet = workbook.AddNewPart<WorksheetPart>();
                using (var writer = OpenXmlWriter.Create(sheet))
                {
                    writer.WriteStartElement(new Worksheet());
                    writer.WriteStartElement(new SheetData());
                    WriteRow(writer, rows.Fields.Select(f => (object?)f.Id).ToArray(), rows.Fields, header: true);
                    await foreach (var row in rows.Rows.WithCancellation(ct))
                    {
                        WriteRow(writer, row, rows.Fields, header: false);
                    }
                    writer.WriteEndElement();
                    writer.WriteEndElement();
                }
                workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheet), SheetId = 1, Name = "Dữ liệu" }));
                workbook.Workbook.Save();
            }
            Headers(http, "xlsx", fileName);
            await http.Response.SendFileAsync(temp, ct);
        }
        finally
        {
            File.Delete(temp);
        }
    }

    private static void WriteRow(OpenXmlWriter writer, object?[] values, IReadOnlyList<DatastoreFieldView> fields, bool header)
    {
        writer.WriteStartElement(new Row());
        for (var i = 0; i < values.Length; i++)
        {
            var value = values[i];
            if (value is null)
            {
                writer.WriteElement(new Cell());
                continue;
            }
            var cell = value switch
            {
                long or decimal => new Cell { DataType = CellValues.Number, CellValue = new CellValue(Convert.ToString(value, CultureInfo.InvariantCulture)!) },
                bool b => new Cell { DataType = CellValues.Boolean, CellValue = new CellValue(b ? "1" : "0") },
                string s when !header && fields[i].Type == "date" && DateTime.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) =>
                    new Cell { StyleIndex = 1, CellValue = new CellValue(date.ToOADate().ToString("R", CultureInfo.InvariantCulture)) },
                _ => new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(value.ToString() ?? "")) },
            };
            writer.WriteElement(cell);
        }
        writer.WriteEndElement();
    }
}
