using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using OpenData.Web.Catalog;
using OpenData.Web.Ckan;
using OpenData.Web.Storage;

namespace OpenData.Web.Demo;

/// <summary>
/// The Vietnamese demo catalogue (Demo/organizations.jsonl, Demo/datasets.jsonl, Demo/files/), loaded on
/// first start into an empty store through the same actions as any import.
/// </summary>
public sealed class DemoCatalog(CatalogDbContext db, OrganizationActions organizations, PackageTransfer transfer, ILogger<DemoCatalog> logger)
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Demo");

    public async Task<bool> LoadIfEmptyAsync(CancellationToken ct)
    {
        if (await db.Datasets.AnyAsync(ct) || await db.Organizations.AnyAsync(ct))
        {
            return false;
        }
        var organizationsFile = Path.Combine(Folder, "organizations.jsonl");
        var datasetsFile = Path.Combine(Folder, "datasets.jsonl");
        if (!File.Exists(organizationsFile) || !File.Exists(datasetsFile))
        {
            logger.LogWarning("Demo catalogue not found in {Folder}", Folder);
            return false;
        }
        var started = System.Diagnostics.Stopwatch.StartNew();
        var parents = new List<(string Name, string Parent)>();
        foreach (var line in await File.ReadAllLinesAsync(organizationsFile, ct))
        {
            if (string.IsNullOrWhiteSpace(line) || JsonNode.Parse(line) is not JsonObject o)
            {
                continue;
            }
            var extras = (o["extras"] as JsonArray)?.OfType<JsonObject>()
                .ToDictionary(e => (string?)e["key"] ?? "", e => (string?)e["value"]) ?? [];
            var input = new OrganizationInput
            {
                Name = (string?)o["name"],
                Title = (string?)o["title"],
                Description = (string?)o["description"],
                Email = extras.GetValueOrDefault("email"),
                Phone = extras.GetValueOrDefault("phone"),
                Address = extras.GetValueOrDefault("address"),
                Website = extras.GetValueOrDefault("website"),
                ImageUrl = string.IsNullOrWhiteSpace((string?)o["image_url"]) ? null : (string?)o["image_url"],
            };
            var created = await organizations.CreateAsync(Actor.System, input, ct);
            if (extras.GetValueOrDefault("parent") is { Length: > 0 } parent)
            {
                parents.Add((created.Name, parent));
            }
        }
        foreach (var (name, parent) in parents)
        {
            var current = await organizations.ShowAsync(name, ct);
            await organizations.UpdateAsync(Actor.System, name, new OrganizationInput
            {
                Name = current.Name,
                Title = current.Title,
                Description = current.Description,
                Parent = parent,
                Email = current.Email,
                Phone = current.Phone,
                Address = current.Address,
                Website = current.Website,
                ImageUrl = current.ImageUrl,
            }, ct);
        }
        var report = await transfer.ImportAsync(Actor.System, datasetsFile, progress: null, ct);
        foreach (var problem in report.Failed)
        {
            logger.LogWarning("Demo dataset on line {Line} ({Name}) not loaded: {Problem}", problem.Line, problem.Name, problem.Message);
        }
        logger.LogInformation("Loaded the demo catalogue: {Count} datasets in {Elapsed} ms", report.Created, started.ElapsedMilliseconds);
        return true;
    }
}
