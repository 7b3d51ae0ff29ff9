using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using OpenData.Web.Accounts;
using OpenData.Web.Catalog;
using OpenData.Web.Ckan;
using OpenData.Web.Hosting;
using OpenData.Web.Shared;

namespace OpenData.Web.Api.Ckan;

/// <summary>
/// CKAN's Action API (/api/3/action/{name}): the envelope, status codes and error shapes of ckan/views/api.py,
/// over our actions. Read actions answer GET and POST; write actions only POST.
/// </summary>
public static class CkanApi
{
    public static IReadOnlyDictionary<string, CkanAction> Actions { get; } =
        CkanDatasetActions.All()
            .Concat(CkanSearchAction.All())
            .Concat(CkanGroupActions.All())
            .Concat(CkanSiteActions.All())
            .Concat(DatastoreEndpoints.CkanActions())
            .ToDictionary(a => a.Name, StringComparer.Ordinal);

    public static IEndpointRouteBuilder MapCkanApi(this IEndpointRouteBuilder app)
    {
        // CKAN's version probe: clients (ckanapi, harvesters) GET /api/3 to learn which API they talk to.
        app.MapGetAndHead("/api/3", () => Results.Json(new { version = 3 }));
        app.MapMethods("/api/3/action/{name}", ["GET", "POST"], HandleAsync).DisableAntiforgery();
        app.MapMethods("/api/action/{name}", ["GET", "POST"], HandleAsync).DisableAntiforgery();
        return app;
    }

    public static string BaseUrl(HttpContext http)
    {
        var configured = http.RequestServices.GetRequiredService<IOptions<PortalOptions>>().Value.PublicBaseUrl;
        return (string.IsNullOrWhiteSpace(configured) ? $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}" : configured).TrimEnd('/');
    }

    public static string HelpUrl(string baseUrl, string action) => $"{baseUrl}/api/3/action/help_show?name={Uri.EscapeDataString(action)}";

    private static async Task HandleAsync(string name, HttpContext http)
    {
        var ct = http.RequestAborted;
        var baseUrl = BaseUrl(http);
        if (!Actions.TryGetValue(name, out var action))
        {
            await BadRequestAsync(http, $"Action name not known: {name}", ct);
            return;
        }
        var help = HelpUrl(baseUrl, name);
        if (!action.SideEffectFree && HttpMethods.IsGet(http.Request.Method))
        {
            await BadRequestAsync(http, "JSON Error: Invalid request. Please use POST method for your request", ct);
            return;
        }
        if (!action.SideEffectFree && SignedInByCookie(http.User))
        {
            // A page on another site can make a signed-in browser POST here (a form with a text/plain body needs
            // no CORS preflight) and the cookie would go along: writes authenticate by API token only, as CKAN
            // 2.10 requires a CSRF token for cookie-authenticated posts. The portal's pages never write through the API.
            var l = http.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
            await ErrorAsync(http, StatusCodes.Status403Forbidden, help, "Authorization Error", $"Access denied: {l["Api.CookieWriteRefused"]}", ct);
            return;
        }
        JsonObject data;
        IFormFileCollection? files = null;
        var multipart = http.Request.ContentType?.StartsWith("multipart/form-data", StringComparison.OrdinalIgnoreCase) == true;
        var uploadLimit = action.TakesFile && multipart ? RaiseUploadLimit(http) : (long?)null;
        try
        {
            if (uploadLimit is { } limit && http.Request.ContentLength > limit)
            {
                await UploadTooLargeAsync(http, help, ct);
                return;
            }
            (data, files) = await ReadDataAsync(http, ct);
        }
        catch (BadHttpRequestException e) when (uploadLimit is not null && e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            await UploadTooLargeAsync(http, help, ct);
            return;
        }
        catch (JsonException e)
        {
            await BadRequestAsync(http, $"JSON Error: {e.Message}", ct);
            return;
        }
        catch (Exception e) when (e is InvalidDataException or BadHttpRequestException or IOException && !ct.IsCancellationRequested)
        {
            await BadRequestAsync(http, $"Could not read the request body: {e.Message}", ct);
            return;
        }

        var actor = await http.RequestServices.GetRequiredService<CurrentActor>().GetAsync(ct);
        var call = new CkanCall(http, actor, data, files, baseUrl);
        int status;
        JsonObject envelope;
        try
        {
            var result = await action.Run(call);
            status = StatusCodes.Status200OK;
            envelope = new JsonObject { ["help"] = help, ["success"] = true, ["result"] = result };
        }
        catch (Exception e) when (Error(e) is { } error)
        {
            status = error.Status;
            envelope = new JsonObject { ["help"] = help, ["success"] = false, ["error"] = error.Body };
        }
        await WriteJsonAsync(http, status, envelope, ct);
    }

    private static bool SignedInByCookie(System.Security.Claims.ClaimsPrincipal user) =>
        user.Identities.Any(i => i.IsAuthenticated && i.AuthenticationType == WebServices.PageScheme);

    /// <summary>A CKAN error envelope without an action's result: {"help", "success": false, "error": {"__type", "message"}}.</summary>
    public static Task ErrorAsync(HttpContext http, int status, string help, string type, string message, CancellationToken ct) =>
        WriteJsonAsync(http, status, new JsonObject
        {
            ["help"] = help,
            ["success"] = false,
            ["error"] = new JsonObject { ["__type"] = type, ["message"] = message },
        }, ct);

    /// <summary>
    /// A file may be as large on the API as on the upload pages: the request limits (Kestrel's 30,000,000 bytes,
    /// the multipart section limit) become MaxUploadBytes plus room for the other fields, as
    /// <see cref="UploadFormAttribute"/> sets them for pages. Bodies within that room but over MaxUploadBytes are
    /// refused by the file store (409, the same message). Returns the limit.
    /// </summary>
    private static long RaiseUploadLimit(HttpContext http)
    {
        var limit = http.RequestServices.GetRequiredService<IOptions<PortalOptions>>().Value.MaxUploadBytes + UploadFormAttribute.Slack;
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = limit;
        }
        http.Features.Set<IFormFeature>(new FormFeature(http.Request, new FormOptions { MultipartBodyLengthLimit = limit }));
        return limit;
    }

    /// <summary>413 in the envelope, with the upload form's "file too large" message on the upload field.</summary>
    private static Task UploadTooLargeAsync(HttpContext http, string help, CancellationToken ct)
    {
        var maxUpload = http.RequestServices.GetRequiredService<IOptions<PortalOptions>>().Value.MaxUploadBytes;
        var l = http.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
        var error = new JsonObject
        {
            ["__type"] = "Validation Error",
            ["upload"] = new JsonArray(JsonValue.Create(l["Upload.TooLarge", ResourceActions.FormatBytes(maxUpload)].Value)),
        };
        return WriteJsonAsync(http, StatusCodes.Status413PayloadTooLarge, new JsonObject { ["help"] = help, ["success"] = false, ["error"] = error }, ct);
    }

    /// <summary>CKAN's exception → (status, error dict) mapping (ckan/views/api.py action()).</summary>
    private static (int Status, JsonObject Body)? Error(Exception e) => e switch
    {
        ValidationException v => (StatusCodes.Status409Conflict, ValidationBody(v)),
        ConcurrencyConflictException c => (StatusCodes.Status409Conflict, new JsonObject { ["__type"] = "Validation Error", ["message"] = c.Message }),
        NotAuthorizedException a => (StatusCodes.Status403Forbidden, new JsonObject { ["__type"] = "Authorization Error", ["message"] = $"Access denied: {a.Message}" }),
        NotFoundException n => (StatusCodes.Status404NotFound, new JsonObject { ["__type"] = "Not Found Error", ["message"] = $"Not found: {n.Message}" }),
        SearchQueryException s => (StatusCodes.Status400BadRequest, new JsonObject { ["__type"] = "Search Query Error", ["message"] = $"Search Query is invalid: {s.Message}" }),
        _ => null,
    };

    /// <summary>Our field names → the package dict's, so clients see the errors where they put the values.</summary>
    private static readonly Dictionary<string, string> FieldNames = new(StringComparer.Ordinal)
    {
        ["organization"] = "owner_org",
        ["themes"] = "groups",
        ["contact_email"] = "maintainer_email",
        ["description"] = "notes",
    };

    private static JsonObject ValidationBody(ValidationException v)
    {
        var body = new JsonObject { ["__type"] = "Validation Error" };
        foreach (var (field, messages) in v.Errors)
        {
            body[FieldNames.GetValueOrDefault(field, field)] = new JsonArray(messages.Select(m => (JsonNode?)JsonValue.Create(m)).ToArray());
        }
        return body;
    }

    private static async Task<(JsonObject Data, IFormFileCollection? Files)> ReadDataAsync(HttpContext http, CancellationToken ct)
    {
        var request = http.Request;
        if (HttpMethods.IsGet(request.Method) || request.ContentLength == 0)
        {
            return (FromPairs(request.Query.Select(q => (q.Key, q.Value.ToArray()))), null);
        }
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(ct);
            return (FromPairs(form.Select(f => (f.Key, f.Value.ToArray()))), form.Files);
        }
        using var reader = new StreamReader(request.Body);
        var body = await reader.ReadToEndAsync(ct);
        if (string.IsNullOrWhiteSpace(body))
        {
            return (FromPairs(request.Query.Select(q => (q.Key, q.Value.ToArray()))), null);
        }
        // A key given twice would be read as one or the other, depending on the reader: refused, as Python's
        // strict decoders do.
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(body, documentOptions: new JsonDocumentOptions { MaxDepth = 64, AllowDuplicateProperties = false });
            RequireReadableText(node);
        }
        catch (InvalidOperationException e)
        {
            // System.Text.Json's "Cannot read invalid UTF-16 JSON text as string" when a key or value is read.
            throw new JsonException(e.Message, e);
        }
        return node is JsonObject data
            ? (data, null)
            : throw new JsonException($"Request data JSON decoded to {node?.GetValueKind().ToString() ?? "null"} but it needs to be a dictionary.");
    }

    /// <summary>
    /// Reads every key and string of the body once, so an escape that is no text (a lone UTF-16 surrogate,
    /// "\ud800") is a malformed body here, not an exception inside an action when it reads the field.
    /// </summary>
    private static void RequireReadableText(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (_, value) in obj)
                {
                    RequireReadableText(value);
                }
                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    RequireReadableText(item);
                }
                break;
            case JsonValue value when value.GetValueKind() == JsonValueKind.String:
                _ = value.GetValue<string>();
                break;
        }
    }

    private static JsonObject FromPairs(IEnumerable<(string Key, string?[] Values)> pairs)
    {
        var data = new JsonObject();
        foreach (var (key, values) in pairs)
        {
            data[key] = values.Length == 1 ? JsonValue.Create(values[0]) : new JsonArray(values.Select(v => (JsonNode?)JsonValue.Create(v)).ToArray());
        }
        return data;
    }

    /// <summary>CKAN's _finish_bad_request: status 400 and a JSON string "Bad request - ...", not an envelope.</summary>
    private static Task BadRequestAsync(HttpContext http, string message, CancellationToken ct) =>
        WriteJsonAsync(http, StatusCodes.Status400BadRequest, JsonValue.Create($"Bad request - {message}"), ct);

    private static async Task WriteJsonAsync(HttpContext http, int status, JsonNode body, CancellationToken ct)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = "application/json;charset=utf-8";
        await using var writer = new Utf8JsonWriter(http.Response.Body, new JsonWriterOptions { Encoder = PackageDicts.JsonOptions.Encoder });
        body.WriteTo(writer, PackageDicts.JsonOptions);
        await writer.FlushAsync(ct);
    }
}
