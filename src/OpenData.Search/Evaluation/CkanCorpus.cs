using System.Text.Json.Nodes;
using OpenData.Search.Indexing;

namespace OpenData.Search.Evaluation;

/// <summary>
/// A corpus read from CKAN package dicts, one per line (`ckanapi dump datasets`), indexed as the portal indexes
/// datasets: title, description, tags, themes, organization, resource names and descriptions. Ids are the
/// dataset names, which is what relevance judgements name.
/// </summary>
public static class CkanCorpus
{
    public static IReadOnlyList<SearchDocument> Load(string datasetsPath, string? organizationsPath = null)
    {
        var organizations = organizationsPath is null
            ? new Dictionary<string, string>()
            : File.ReadLines(organizationsPath).Where(l => !string.IsNullOrWhiteSpace(l)).Select(l => JsonNode.Parse(l)!.AsObject())
                .ToDictionary(o => (string?)o["name"] ?? "", o => (string?)o["title"] ?? "");
        var corpus = new List<SearchDocument>();
        foreach (var line in File.ReadLines(datasetsPath).Where(l => !string.IsNullOrWhiteSpace(l)))
        {
            if (JsonNode.Parse(line) is not JsonObject d || (string?)d["name"] is not { } name)
            {
                continue;
            }
            var resources = d["resources"]?.AsArray().OfType<JsonObject>().ToList() ?? [];
            var org = (string?)d["organization"]?["name"] ?? (string?)d["owner_org"] ?? "";
            corpus.Add(new SearchDocument
            {
                Id = name,
                Name = name,
                Title = (string?)d["title"] ?? name,
                Description = (string?)d["notes"] ?? "",
                Tags = d["tags"]?.AsArray().OfType<JsonObject>().Select(t => (string?)t["name"]).OfType<string>().ToList() ?? [],
                Themes = d["groups"]?.AsArray().OfType<JsonObject>().Select(g => (string?)g["name"]).OfType<string>().Select(g => new LabeledValue(g, g)).ToList() ?? [],
                Organization = new LabeledValue(org, organizations.GetValueOrDefault(org, org)),
                Formats = resources.Select(r => (string?)r["format"]).OfType<string>().Distinct().ToList(),
                ResourceTexts = resources.SelectMany(r => new[] { (string?)r["name"], (string?)r["description"] }).OfType<string>().ToList(),
            });
        }
        return corpus;
    }
}
