using Markdig;
using OpenData.Dcat.Model;
using OpenData.Search.Indexing;
using OpenData.Web.Catalog;

namespace OpenData.Web.Search;

/// <summary>Turns a catalogue dataset into the document the search engine indexes.</summary>
public static class SearchDocuments
{
    private static readonly MarkdownPipeline PlainText = new MarkdownPipelineBuilder().DisableHtml().Build();

    public static SearchDocument From(Dataset dataset, Guid organizationId, string organizationTitle, IReadOnlyDictionary<string, Theme> themes, long views) => new()
    {
        Id = dataset.Id.ToString(),
        Name = dataset.Name,
        Title = dataset.Title,
        Description = Markdown.ToPlainText(dataset.Description, PlainText),
        Tags = dataset.Keywords,
        Themes = dataset.Themes.Select(t => new LabeledValue(t, themes.TryGetValue(t, out var theme) ? theme.Title : t)).ToList(),
        Organization = new LabeledValue(dataset.Organization, organizationTitle),
        Formats = dataset.Distributions.Select(d => d.Format).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
        License = dataset.LicenseId is null ? null : new LabeledValue(dataset.LicenseId, dataset.License?.Title ?? dataset.LicenseId),
        AccessLevel = dataset.AccessLevel,
        Spatial = dataset.Spatial.Select(s => new LabeledValue(s.Code, s.Name)).ToList(),
        ResourceTexts = dataset.Distributions.SelectMany(d => new[] { d.Title, d.Description }).Where(t => !string.IsNullOrWhiteSpace(t)).ToList(),
        Created = dataset.Created,
        Modified = dataset.Modified,
        Popularity = views,
        IsPrivate = dataset.IsPrivate,
        ListedPublicly = CatalogAuthorization.IsListedPublicly(DatasetAccess.Of(dataset, organizationId)),
        State = dataset.State,
        OwnerOrganizationId = organizationId.ToString(),
    };
}
