using System.Globalization;
using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;
using OpenData.Dcat.Model;
using OpenData.Search.Analysis;

namespace OpenData.Search.Indexing;

/// <summary>Field names, per-field analyzers and the SearchDocument → Lucene document mapping.</summary>
internal static class IndexSchema
{
    /// <summary>
    /// Recorded in the commit user data. Bump whenever analysis or fields change: an index built by another
    /// version opens as <see cref="IndexStatus.Stale"/> and the portal rebuilds it. 5: the visibility field
    /// follows <see cref="SearchDocument.ListedPublicly"/> (restricted datasets are hidden like private ones).
    /// 6: words over <see cref="Analysis.VietnameseAnalyzer.MaxWordLength"/> characters are cut, not dropped.
    /// </summary>
    public const string AnalyzerVersion = "vi-analysis-6";
    public const string AnalyzerVersionKey = "opendata.analyzer";

    public const string Id = "id";
    public const string Name = "name";
    public const string Title = "title";
    public const string TitleFolded = "title_f";
    public const string TitleBigramsFolded = "title_bi_f";
    public const string Body = "body";
    public const string BodyFolded = "body_f";
    public const string BodyBigramsFolded = "body_bi_f";

    /// <summary>
    /// Folded syllables of title and body together, documents only (no frequencies, positions or norms): decides
    /// which datasets match a query with one posting list per syllable, while the six scoring fields above only
    /// rank them (see <see cref="TopScoreRanker"/>).
    /// </summary>
    public const string MatchFolded = "match_f";
    public const string Description = "description";
    public const string SuggestFolded = "suggest_f";
    public const string SuggestAccented = "suggest";
    public const string TagStored = "tag_text";
    public const string OrganizationTitle = "org_title";
    public const string OrganizationSlug = "org_slug";
    public const string Visibility = "visibility";
    public const string OwnerOrganization = "owner_org";
    public const string Created = "created";
    public const string Modified = "modified";
    public const string Popularity = "popularity";
    public const string Public = "public";
    public const string Hidden = "hidden";
    /// <summary>"private" and/or "draft" when they apply, so a viewer may leave either out of what they can see.</summary>
    public const string Status = "status";
    public const string Private = "private";
    public const string Draft = "draft";

    /// <summary>
    /// All facet values of a document live in one SortedSet doc-values field as "facet\u001Fvalue": counting then
    /// reads one ordinal list per hit instead of seven.
    /// </summary>
    public const string Facets = "facets";
    public const char FacetSeparator = '\u001F';
    public static string FilterField(string facet) => "filter_" + facet;

    public static Analyzer CreateAnalyzer()
    {
        var accented = new VietnameseAnalyzer(AnalysisVariant.Accented);
        var folded = new VietnameseAnalyzer(AnalysisVariant.Folded);
        var foldedBigrams = new VietnameseAnalyzer(AnalysisVariant.FoldedBigrams);
        return new PerFieldAnalyzerWrapper(accented, new Dictionary<string, Analyzer>
        {
            [TitleFolded] = folded,
            [BodyFolded] = folded,
            [MatchFolded] = folded,
            [TitleBigramsFolded] = foldedBigrams,
            [BodyBigramsFolded] = foldedBigrams,
            [SuggestFolded] = new VietnameseAnalyzer(AnalysisVariant.FoldedPrefixes),
            [SuggestAccented] = new VietnameseAnalyzer(AnalysisVariant.AccentedPrefixes),
        });
    }

    /// <summary>Filter and facet keys compare case-insensitively and NFC-normalized; facets show the original value.</summary>
    public static string FilterKey(string facet, string value)
    {
        var key = value.Trim().Normalize(NormalizationForm.FormC).ToLowerInvariant();
        return facet == FacetFields.Format ? key.TrimStart('.') : key;
    }

    public static string FacetValue(string facet, string value)
    {
        var display = value.Trim().Normalize(NormalizationForm.FormC);
        return facet == FacetFields.Format ? display.TrimStart('.').ToUpperInvariant() : display;
    }

    public static bool IsPubliclyVisible(SearchDocument doc) =>
        doc.State == DatasetState.Active && (doc.ListedPublicly ?? (!doc.IsPrivate && doc.AccessLevel != AccessLevel.Restricted));

    public static Document ToLuceneDocument(SearchDocument doc)
    {
        var title = Nfc(doc.Title);
        var description = Nfc(doc.Description);
        var body = new StringBuilder(description);
        void AddBody(string? text)
        {
            if (!string.IsNullOrWhiteSpace(text))
            {
                body.Append(" . ").Append(Nfc(text));
            }
        }
        foreach (var tag in doc.Tags)
        {
            AddBody(tag);
        }
        foreach (var theme in doc.Themes)
        {
            AddBody(theme.Label);
        }
        AddBody(doc.Organization?.Label);
        foreach (var place in doc.Spatial)
        {
            AddBody(place.Label);
        }
        foreach (var resource in doc.ResourceTexts)
        {
            AddBody(resource);
        }
        var bodyText = body.ToString();

        var d = new Document
        {
            new StringField(Id, doc.Id, Field.Store.YES),
            new SortedDocValuesField(Id, new BytesRef(doc.Id)),
            new StringField(Name, doc.Name, Field.Store.YES),
            new SortedDocValuesField(Name, new BytesRef(doc.Name.ToLowerInvariant())),
            new StoredField(Title, title),
            new StoredField(Description, description),
            new TextField(SuggestFolded, title, Field.Store.NO),
            new TextField(SuggestAccented, title, Field.Store.NO),
            new StringField(Visibility, IsPubliclyVisible(doc) ? Public : Hidden, Field.Store.NO),
            new NumericDocValuesField(Created, doc.Created.UtcTicks),
            new NumericDocValuesField(Modified, doc.Modified.UtcTicks),
            // Indexed as well (trie terms) for date-range filters; the doc values above serve the sorts.
            new Int64Field(Created, doc.Created.UtcTicks, Field.Store.NO),
            new Int64Field(Modified, doc.Modified.UtcTicks, Field.Store.NO),
            new NumericDocValuesField(Popularity, doc.Popularity),
        };
        // Each text is analyzed once and replayed into its accented, folded and bigram fields; the result is the
        // same as running the per-field analyzers of CreateAnalyzer (which queries use), at a fraction of the cost.
        var titleTokens = AccentedAnalyzer.Tokens(title);
        var bodyTokens = AccentedAnalyzer.Tokens(bodyText);
        AddVariants(d, titleTokens, Title, TitleFolded, TitleBigramsFolded);
        AddVariants(d, bodyTokens, Body, BodyFolded, BodyBigramsFolded);
        d.Add(new Field(MatchFolded, ReplayTokenStream.Variant(titleTokens, AnalysisVariant.Folded), MatchOnly));
        d.Add(new Field(MatchFolded, ReplayTokenStream.Variant(bodyTokens, AnalysisVariant.Folded), MatchOnly));
        if (doc.IsPrivate)
        {
            d.Add(new StringField(Status, Private, Field.Store.NO));
        }
        if (doc.State == DatasetState.Draft)
        {
            d.Add(new StringField(Status, Draft, Field.Store.NO));
        }
        if (doc.OwnerOrganizationId is { Length: > 0 } owner)
        {
            d.Add(new StringField(OwnerOrganization, owner, Field.Store.NO));
        }
        foreach (var tag in doc.Tags.Where(t => !string.IsNullOrWhiteSpace(t)))
        {
            d.Add(new StoredField(TagStored, Nfc(tag)));
            d.Add(new TextField(SuggestFolded, tag, Field.Store.NO));
            d.Add(new TextField(SuggestAccented, tag, Field.Store.NO));
        }
        if (doc.Organization is { } org)
        {
            d.Add(new StoredField(OrganizationTitle, Nfc(org.Label)));
            d.Add(new StoredField(OrganizationSlug, org.Value));
            d.Add(new TextField(SuggestFolded, org.Label, Field.Store.NO));
            d.Add(new TextField(SuggestAccented, org.Label, Field.Store.NO));
            AddFacet(d, FacetFields.Organization, org.Value);
        }
        foreach (var theme in doc.Themes)
        {
            AddFacet(d, FacetFields.Theme, theme.Value);
        }
        foreach (var tag in doc.Tags)
        {
            AddFacet(d, FacetFields.Tag, tag);
        }
        foreach (var format in doc.Formats)
        {
            AddFacet(d, FacetFields.Format, format);
        }
        if (doc.License is { } license)
        {
            AddFacet(d, FacetFields.License, license.Value);
        }
        AddFacet(d, FacetFields.AccessLevel, doc.AccessLevel.ToCode());
        foreach (var place in doc.Spatial)
        {
            AddFacet(d, FacetFields.Spatial, place.Value);
        }
        return d;
    }

    private static readonly VietnameseAnalyzer AccentedAnalyzer = new(AnalysisVariant.Accented);

    private static readonly FieldType MatchOnly = Frozen(new FieldType
    {
        IsIndexed = true,
        IsTokenized = true,
        OmitNorms = true,
        IndexOptions = IndexOptions.DOCS_ONLY,
    });

    private static FieldType Frozen(FieldType type)
    {
        type.Freeze();
        return type;
    }

    private static void AddVariants(Document d, IReadOnlyList<AnalyzedToken> tokens, string accented, string folded, string foldedBigrams)
    {
        d.Add(new TextField(accented, ReplayTokenStream.Variant(tokens, AnalysisVariant.Accented)));
        d.Add(new TextField(folded, ReplayTokenStream.Variant(tokens, AnalysisVariant.Folded)));
        d.Add(new TextField(foldedBigrams, ReplayTokenStream.Variant(tokens, AnalysisVariant.FoldedBigrams)));
    }

    private static void AddFacet(Document d, string facet, string value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return;
        }
        d.Add(new StringField(FilterField(facet), FilterKey(facet, value), Field.Store.NO));
        d.Add(new SortedSetDocValuesField(Facets, new BytesRef(facet + FacetSeparator + FacetValue(facet, value))));
    }

    private static string Nfc(string text) =>
        text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);

    public static string FormatTicks(long ticks) => new DateTime(ticks, DateTimeKind.Utc).ToString("O", CultureInfo.InvariantCulture);
}
