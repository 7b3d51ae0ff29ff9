using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OpenData.Web.Api.Examples;

/// <summary>How a query parameter is written in code: a plain string, a number, or a JSON value (filters).</summary>
public enum ParameterKind
{
    Text,
    Number,
    Json,
}

public sealed record QueryParameter(string Name, string Value, ParameterKind Kind = ParameterKind.Text);

/// <summary>What the example does with the answer: read the CKAN envelope, print text, or save a file.</summary>
public enum AnswerKind
{
    CkanResult,
    Text,
    File,
}

/// <summary>
/// One HTTP call shown to developers, and its copy-paste code in curl, Python (standard library only, so it runs
/// anywhere) and JavaScript (fetch: browsers and Node 18+). Strings are escaped for their language here; the page
/// escapes the code for HTML when it renders it.
/// </summary>
public sealed record ApiCall(string Path, IReadOnlyList<QueryParameter> Query, AnswerKind Answer)
{
    /// <summary>The Python/JavaScript expression printed from the CKAN result, e.g. <c>["title"]</c>.</summary>
    public string? ResultField { get; init; }

    /// <summary>For a file: the name to save it as.</summary>
    public string? FileName { get; init; }

    /// <summary>For a write: the JSON body sent with POST and an API token.</summary>
    public JsonObject? Body { get; init; }

    public bool IsWrite => Body is not null;

    private static readonly JsonSerializerOptions Literal = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonSerializerOptions IndentedLiteral = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, WriteIndented = true };

    /// <summary>The whole address, query included (what a browser opens and what the examples fetch).</summary>
    public string Url(string baseUrl) =>
        baseUrl.TrimEnd('/') + Path + (Query.Count == 0 ? "" : "?" + string.Join("&", Query.Select(p => $"{Uri.EscapeDataString(p.Name)}={Uri.EscapeDataString(p.Value)}")));

    /// <summary>The address as people read it: the query not percent-encoded (browsers encode it when it is pasted).</summary>
    public string DisplayUrl(string baseUrl) =>
        baseUrl.TrimEnd('/') + Path + (Query.Count == 0 ? "" : "?" + string.Join("&", Query.Select(p => $"{p.Name}={p.Value}")));

    public string Curl(string baseUrl)
    {
        if (Body is not null)
        {
            return $"curl -X POST {Shell(Url(baseUrl))} \\\n  -H \"Authorization: $OPENDATA_TOKEN\" \\\n  -H 'Content-Type: application/json' \\\n  -d {Shell(Body.ToJsonString(Literal))}";
        }
        // Plain ASCII values go in the address; JSON and Vietnamese text through --data-urlencode, readable and correctly encoded.
        var inline = Query.Where(p => Uri.EscapeDataString(p.Value) == p.Value).ToList();
        var encoded = Query.Except(inline).ToList();
        var url = (this with { Query = inline }).Url(baseUrl);
        var command = new StringBuilder("curl");
        if (encoded.Count > 0)
        {
            command.Append(" -G");
        }
        if (Answer == AnswerKind.File)
        {
            command.Append(" -o ").Append(Shell(FileName ?? "data"));
        }
        command.Append(' ').Append(Shell(url));
        foreach (var p in encoded)
        {
            command.Append(" \\\n  --data-urlencode ").Append(Shell($"{p.Name}={p.Value}"));
        }
        return command.ToString();
    }

    public string Python(string baseUrl)
    {
        var code = new StringBuilder();
        var usesJson = Answer == AnswerKind.CkanResult || Body is not null || Query.Any(p => p.Kind == ParameterKind.Json);
        if (usesJson)
        {
            code.Append("import json\n");
        }
        if (Query.Count > 0)
        {
            code.Append("import urllib.parse\n");
        }
        code.Append("import urllib.request\n\n");
        var address = Str(baseUrl.TrimEnd('/') + Path);
        if (Query.Count > 0)
        {
            code.Append("params = urllib.parse.urlencode({\n");
            foreach (var p in Query)
            {
                var value = p.Kind switch
                {
                    ParameterKind.Number => p.Value,
                    ParameterKind.Json => $"json.dumps({p.Value})",
                    _ => Str(p.Value),
                };
                code.Append($"    {Str(p.Name)}: {value},\n");
            }
            code.Append("})\n");
            code.Append($"url = {address} + \"?\" + params\n");
        }
        else
        {
            code.Append($"url = {address}\n");
        }
        switch (Answer)
        {
            case AnswerKind.File:
                code.Append($"urllib.request.urlretrieve(url, {Str(FileName ?? "data")})\n");
                break;
            case AnswerKind.Text:
                code.Append("with urllib.request.urlopen(url) as response:\n    print(response.read().decode(\"utf-8\"))\n");
                break;
            default:
                if (Body is not null)
                {
                    code.Append($"body = {Body.ToJsonString(IndentedLiteral)}\n");
                    code.Append("request = urllib.request.Request(url, data=json.dumps(body).encode(\"utf-8\"), method=\"POST\", headers={\n");
                    code.Append("    \"Authorization\": os.environ[\"OPENDATA_TOKEN\"],\n    \"Content-Type\": \"application/json\",\n})\n");
                    code.Append("with urllib.request.urlopen(request) as response:\n");
                    code.Insert(0, "import os\n");
                }
                else
                {
                    code.Append("with urllib.request.urlopen(url) as response:\n");
                }
                code.Append("    result = json.load(response)[\"result\"]\n");
                code.Append($"print(result{ResultField})\n");
                break;
        }
        return code.ToString().TrimEnd('\n');
    }

    public string JavaScript(string baseUrl)
    {
        var code = new StringBuilder();
        var address = baseUrl.TrimEnd('/') + Path;
        string url;
        if (Query.Count > 0)
        {
            code.Append("const params = new URLSearchParams({\n");
            foreach (var p in Query)
            {
                var value = p.Kind == ParameterKind.Json ? $"JSON.stringify({p.Value})" : Str(p.Value);
                code.Append($"  {Str(p.Name)}: {value},\n");
            }
            code.Append("});\n");
            url = $"{Str(address + "?")} + params";
        }
        else
        {
            url = Str(address);
        }
        if (Body is not null)
        {
            code.Append($"fetch({url}, {{\n  method: \"POST\",\n  headers: {{\n    \"Authorization\": OPENDATA_TOKEN,\n    \"Content-Type\": \"application/json\",\n  }},\n");
            code.Append($"  body: JSON.stringify({Body.ToJsonString(IndentedLiteral).Replace("\n", "\n  ", StringComparison.Ordinal)}),\n}})\n");
        }
        else
        {
            code.Append($"fetch({url})\n");
        }
        code.Append(Answer switch
        {
            AnswerKind.CkanResult => $"  .then((response) => response.json())\n  .then(({{ result }}) => console.log(result{ResultField}));",
            _ => "  .then((response) => response.text())\n  .then((text) => console.log(text));",
        });
        return code.ToString();
    }

    /// <summary>A string literal valid in both Python and JavaScript: JSON's, keeping Vietnamese letters readable.</summary>
    public static string Str(string value) => JsonSerializer.Serialize(value, Literal);

    /// <summary>A POSIX shell single-quoted word: a ' inside becomes '\''.</summary>
    public static string Shell(string value) => "'" + value.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    /// <summary>A JSON value as code: the same text is a dict in Python and an object in JavaScript when values are strings.</summary>
    public static string JsonText(JsonNode value) => value.ToJsonString(Literal);
}
