using System.Globalization;
using OpenData.Dcat.Model;
using OpenData.Dcat.Rdf;
using static OpenData.Dcat.Rdf.Vocabulary;
using DcatNs = OpenData.Dcat.Rdf.Vocabulary.Dcat;
using RdfNs = OpenData.Dcat.Rdf.Vocabulary.Rdf;

namespace OpenData.Dcat.DcatAp;

/// <summary>
/// A subject group for the streaming writers. <see cref="IsShared"/> marks descriptions of things many datasets
/// point to (publishers, themes, licences, places, vocabulary terms): a catalogue writes each of them once.
/// </summary>
public sealed record DcatGroup(IReadOnlyList<Triple> Triples, bool IsShared)
{
    public Term Subject => Triples[0].Subject;
}

/// <summary>Model → DCAT-AP 3 triples, as subject groups ready for <see cref="IRdfWriter"/>.</summary>
/// <remarks>Not thread-safe: it caches the shared descriptions it builds (bounded by the vocabularies); use one per request.</remarks>
public sealed class DcatApWriter(DcatApContext context)
{
    private readonly PortalIris iris = context.Iris;
    private readonly Dictionary<string, DcatGroup> sharedCache = new(StringComparer.Ordinal);

    /// <summary>A shared description, built once per writer: a catalogue refers to the same few hundred terms again and again.</summary>
    private DcatGroup Shared(string key, Func<DcatGroup> build)
    {
        if (!sharedCache.TryGetValue(key, out var group))
        {
            group = build();
            sharedCache[key] = group;
        }
        return group;
    }

    public DcatApContext Context => context;

    /// <summary>Everything about one dataset: the dataset (with its blank nodes), its distributions, then what they refer to.</summary>
    public IEnumerable<DcatGroup> Dataset(Dataset d)
    {
        var subject = new Iri(iris.Dataset(d.Id));
        var g = new GroupBuilder(subject);
        var shared = new List<DcatGroup>();
        g.Add(RdfNs.Type, DcatNs.Dataset);
        g.Add(Dct.Title, Literal.Lang(Clean(d.Title), "vi"));
        // DCAT-AP 3: dct:description is mandatory on dcat:Dataset; an empty description still states that.
        g.Add(Dct.Description, Literal.Lang(Clean(d.Description), "vi"));
        g.Add(Dct.Identifier, Literal.Plain(Clean(d.Identifier ?? d.Id.ToString("D"))));
        if (d.Identifier is { } identifier)
        {
            var node = g.Blank(Adms.IdentifierProp);
            g.Add(node, RdfNs.Type, Adms.Identifier);
            g.Add(node, Skos.Notation, Literal.Plain(Clean(identifier)));
        }
        g.Add(DcatNs.LandingPage, new Iri(iris.DatasetPage(d.Name)));
        shared.Add(Document(iris.DatasetPage(d.Name), isShared: false));
        if (!string.IsNullOrWhiteSpace(d.LandingPage) && IsAbsolute(d.LandingPage))
        {
            g.Add(DcatNs.LandingPage, new Iri(d.LandingPage));
            shared.Add(Document(d.LandingPage, isShared: false));
        }
        foreach (var keyword in d.Keywords)
        {
            g.Add(DcatNs.Keyword, Literal.Lang(Clean(keyword), "vi"));
        }
        foreach (var theme in d.Themes)
        {
            var eu = DcatApTerms.EuDataTheme + ControlledVocabularies.EuThemeOf(theme);
            g.Add(DcatNs.Theme, new Iri(eu));
            shared.Add(Shared(eu, () => EuTheme(eu)));
            g.Add(DcatNs.Theme, new Iri(iris.Theme(theme)));
            shared.Add(Shared("theme:" + theme, () => NationalTheme(theme)));
        }
        if (d.Created != default)
        {
            g.Add(Dct.Issued, DateTime(d.Created));
        }
        if (d.Modified != default)
        {
            g.Add(Dct.Modified, DateTime(d.Modified));
        }
        if (!string.IsNullOrWhiteSpace(d.Version))
        {
            g.Add(DcatApTerms.DcatVersion, Literal.Plain(Clean(d.Version)));
        }
        var publisher = new Iri(iris.Organization(d.Organization));
        g.Add(Dct.Publisher, publisher);
        shared.Add(Shared("org:" + d.Organization, () => Agent(d.Organization)));
        shared.Add(PublisherType);
        if (d.ContactPoint is { IsEmpty: false } contact)
        {
            var node = g.Blank(DcatNs.ContactPoint);
            ContactPointTriples(g, node, contact);
        }
        if (!string.IsNullOrWhiteSpace(d.Author) || !string.IsNullOrWhiteSpace(d.AuthorEmail))
        {
            var node = g.Blank(Dct.Creator);
            g.Add(node, RdfNs.Type, Foaf.Agent);
            // DCAT-AP 3: foaf:name is mandatory on foaf:Agent; with only an e-mail the address names the creator.
            g.Add(node, Foaf.Name, Literal.Lang(Clean(string.IsNullOrWhiteSpace(d.Author) ? d.AuthorEmail ?? "" : d.Author), "vi"));
            if (!string.IsNullOrWhiteSpace(d.AuthorEmail))
            {
                g.Add(node, Foaf.Mbox, new Iri("mailto:" + d.AuthorEmail.Trim()));
            }
        }
        if (d.License is { } license)
        {
            g.Add(Dct.License, new Iri(LicenseIri(license)));
            shared.Add(Shared("license:" + license.Id, () => LicenseDocument(license)));
        }
        // DCAT-AP 3 dct:accessRights (max 1): the EU access-right term, which EU harvesters understand. Our own,
        // finer access level (Decree 47/2020) travels as dct:rights to a concept of ours, so nothing is lost.
        var euAccess = d.AccessLevel.EuAccessRightIri();
        g.Add(Dct.AccessRights, new Iri(euAccess));
        shared.Add(Shared(euAccess, () => Group(new Iri(euAccess), (DcatApTerms.RightsStatement, null), (Skos.PrefLabel, Literal.Lang(euAccess[DcatApTerms.EuAccessRight.Length..], "en")))));
        var access = new Iri(iris.AccessLevel(d.AccessLevel.ToCode()));
        g.Add(Dct.Rights, access);
        shared.Add(Shared(access.Value, () => Group(access, (DcatApTerms.RightsStatement, null), (Skos.Concept, null),
            (Skos.PrefLabel, Literal.Lang(AccessLevelLabel(d.AccessLevel), "vi")), (Skos.InScheme, new Iri(iris.AccessLevelScheme)))));
        if (d.Frequency is { } frequency)
        {
            g.Add(Dct.AccrualPeriodicity, new Iri(frequency.Iri));
            shared.Add(Shared(frequency.Iri, () => Group(new Iri(frequency.Iri), (DcatApTerms.FrequencyClass, null), (Skos.PrefLabel, Literal.Lang(frequency.Code, "en")))));
        }
        if (d.Temporal is { IsEmpty: false } temporal)
        {
            var node = g.Blank(Dct.Temporal);
            g.Add(node, RdfNs.Type, Dct.PeriodOfTime);
            if (temporal.Start is { } start)
            {
                g.Add(node, DcatNs.StartDate, Date(start));
            }
            if (temporal.End is { } end)
            {
                g.Add(node, DcatNs.EndDate, Date(end));
            }
        }
        foreach (var place in d.Spatial)
        {
            var iri = new Iri(iris.AdministrativeUnit(place.Code));
            g.Add(Dct.Spatial, iri);
            shared.Add(Shared(iri.Value + "\n" + place.Name, () => Group(iri, (Dct.Location, null), (Skos.PrefLabel, Literal.Lang(Clean(place.Name), "vi")),
                (DcatApTerms.GeographicName, Literal.Lang(Clean(place.Name), "vi")), (Dct.Identifier, Literal.Plain(Clean(place.Code))))));
        }
        foreach (var language in d.Languages)
        {
            var iri = new Iri(ControlledVocabularies.LanguageIri(language));
            g.Add(Dct.Language, iri);
            shared.Add(Shared(iri.Value, () => Group(iri, (DcatApTerms.LinguisticSystem, null))));
        }
        foreach (var standard in d.ConformsTo)
        {
            if (IsAbsolute(standard))
            {
                g.Add(Dct.ConformsTo, new Iri(standard));
                shared.Add(Shared(standard, () => Group(new Iri(standard), (DcatApTerms.Standard, null))));
            }
            else
            {
                var node = g.Blank(Dct.ConformsTo);
                g.Add(node, RdfNs.Type, DcatApTerms.Standard);
                g.Add(node, Rdfs.Label, Literal.Plain(Clean(standard)));
            }
        }
        if (!string.IsNullOrWhiteSpace(d.HarvestSource))
        {
            // DCAT-AP 3 dct:provenance: a statement saying where a harvested dataset came from.
            var node = g.Blank(DcatApTerms.Provenance);
            g.Add(node, RdfNs.Type, DcatApTerms.ProvenanceStatement);
            g.Add(node, Rdfs.Label, Literal.Lang(Clean("Thu thập tự động từ " + d.HarvestSource), "vi"));
            g.Add(node, Dct.Source, IsAbsolute(d.HarvestSource) ? new Iri(d.HarvestSource) : Literal.Plain(d.HarvestSource));
        }
        var distributions = new List<DcatGroup>(d.Distributions.Count);
        foreach (var distribution in d.Distributions)
        {
            var iri = new Iri(iris.Distribution(d.Id, distribution.Id));
            g.Add(DcatNs.DistributionProp, iri);
            distributions.Add(Distribution(d, distribution, iri, shared));
        }
        yield return new DcatGroup(g.Build(), false);
        foreach (var group in distributions)
        {
            yield return group;
        }
        foreach (var group in shared)
        {
            yield return group;
        }
    }

    private DcatGroup Distribution(Dataset d, Distribution r, Iri subject, List<DcatGroup> shared)
    {
        var g = new GroupBuilder(subject);
        g.Add(RdfNs.Type, DcatNs.Distribution);
        g.Add(Dct.Title, Literal.Lang(Clean(r.Title), "vi"));
        if (!string.IsNullOrEmpty(r.Description))
        {
            g.Add(Dct.Description, Literal.Lang(Clean(r.Description), "vi"));
        }
        if (r.IsUpload)
        {
            // Uploads: the resource page gives access, the file URL downloads (DCAT-AP 3 §Distribution).
            g.Add(DcatNs.AccessUrl, new Iri(iris.DistributionPage(d.Name, r.Id)));
            g.Add(DcatNs.DownloadUrl, new Iri(iris.Download(d.Name, r.Id, r.FileName ?? "file")));
        }
        else if (!string.IsNullOrWhiteSpace(r.Url) && IsAbsolute(r.Url))
        {
            g.Add(DcatNs.AccessUrl, new Iri(r.Url));
        }
        else
        {
            // DCAT-AP 3: dcat:accessURL is mandatory; without a link the resource page is where access is described.
            g.Add(DcatNs.AccessUrl, new Iri(iris.DistributionPage(d.Name, r.Id)));
        }
        if (!string.IsNullOrWhiteSpace(r.Format))
        {
            if (ControlledVocabularies.FileTypeIri(r.Format) is { } fileType)
            {
                g.Add(Dct.Format, new Iri(fileType));
                shared.Add(Shared(fileType, () => Group(new Iri(fileType), (DcatApTerms.MediaTypeOrExtent, null), (Rdfs.Label, Literal.Plain(ControlledVocabularies.FormatLabel(fileType))))));
            }
            else
            {
                var node = g.Blank(Dct.Format);
                g.Add(node, RdfNs.Type, DcatApTerms.MediaTypeOrExtent);
                g.Add(node, Rdfs.Label, Literal.Plain(Clean(r.Format)));
            }
        }
        if (!string.IsNullOrWhiteSpace(r.MediaType))
        {
            var iri = new Iri(DcatApTerms.IanaMediaTypes + r.MediaType.Trim());
            g.Add(DcatNs.MediaType, iri);
            shared.Add(Shared(iri.Value, () => Group(iri, (Dct.MediaTypeClass, null))));
        }
        if (r.ByteSize is { } size && size >= 0)
        {
            g.Add(DcatNs.ByteSize, Literal.Typed(size.ToString(CultureInfo.InvariantCulture), Xsd.NonNegativeInteger));
        }
        // The file's content address is its SHA-256; an upload always states it (spdx:checksum, max 1 in DCAT-AP 3).
        var checksum = r.IsUpload ? new Checksum(Checksum.Sha256, r.FileSha256 ?? "") : r.Checksum;
        if (checksum is not null)
        {
            var node = g.Blank(Vocabulary.Spdx.ChecksumProp);
            g.Add(node, RdfNs.Type, Vocabulary.Spdx.Checksum);
            var algorithm = new Iri(Vocabulary.Spdx.Namespace + "checksumAlgorithm_" + checksum.Algorithm.ToLowerInvariant());
            g.Add(node, Vocabulary.Spdx.Algorithm, algorithm);
            g.Add(node, Vocabulary.Spdx.ChecksumValue, Literal.Typed(checksum.Value.ToLowerInvariant(), DcatApTerms.HexBinary));
            shared.Add(Shared(algorithm.Value, () => Group(algorithm, (DcatApTerms.ChecksumAlgorithm, null))));
        }
        // A distribution states its effective licence (DCAT-AP 3 recommends dct:license on dcat:Distribution).
        if ((r.LicenseId is { } own ? License.Find(own) : d.License) is { } license)
        {
            g.Add(Dct.License, new Iri(LicenseIri(license)));
            shared.Add(Shared("license:" + license.Id, () => LicenseDocument(license)));
        }
        if (r.Created != default)
        {
            g.Add(Dct.Issued, DateTime(r.Created));
        }
        if (r.Modified != default)
        {
            g.Add(Dct.Modified, DateTime(r.Modified));
        }
        return new DcatGroup(g.Build(), false);
    }

    /// <summary>The catalogue's own description and what it refers to; <paramref name="modified"/> is the newest dataset change.</summary>
    public IEnumerable<DcatGroup> Catalog(DateTimeOffset? modified = null)
    {
        var catalog = context.Catalog;
        var subject = new Iri(iris.Catalog);
        var g = new GroupBuilder(subject);
        g.Add(RdfNs.Type, DcatNs.Catalog);
        // DCAT-AP 3: dct:title, dct:description and dct:publisher are mandatory on dcat:Catalog.
        g.Add(Dct.Title, Literal.Lang(Clean(catalog.Title), "vi"));
        g.Add(Dct.Description, Literal.Lang(Clean(catalog.Description), "vi"));
        DcatGroup publisher;
        if (catalog.PublisherOrganization is { } organization)
        {
            g.Add(Dct.Publisher, new Iri(iris.Organization(organization)));
            publisher = Agent(organization);
        }
        else
        {
            var agent = new Iri(iris.BaseUrl + "/#publisher");
            g.Add(Dct.Publisher, agent);
            publisher = Group(agent, (Foaf.Agent, null), (Foaf.Name, Literal.Lang(Clean(catalog.PublisherName), "vi")));
        }
        g.Add(Foaf.Homepage, new Iri(iris.BaseUrl + "/"));
        g.Add(Dct.Language, new Iri(ControlledVocabularies.LanguageIri("vi")));
        g.Add(DcatNs.ThemeTaxonomy, new Iri(iris.ThemeScheme));
        g.Add(DcatNs.ThemeTaxonomy, DcatApTerms.DataThemeScheme);
        g.Add(DcatNs.Service, new Iri(iris.CkanApiService));
        g.Add(DcatNs.Service, new Iri(iris.DcatService));
        if (modified is { } m)
        {
            g.Add(Dct.Modified, DateTime(m));
        }
        yield return new DcatGroup(g.Build(), false);
        yield return publisher;
        yield return PublisherType;
        yield return Document(iris.BaseUrl + "/");
        yield return Group(new Iri(ControlledVocabularies.LanguageIri("vi")), (DcatApTerms.LinguisticSystem, null));
        yield return Group(new Iri(iris.ThemeScheme), (Skos.ConceptScheme, null), (Dct.Title, Literal.Lang("Nhóm dữ liệu của Cổng dữ liệu quốc gia", "vi")));
        yield return Group(DcatApTerms.DataThemeScheme, (Skos.ConceptScheme, null), (Dct.Title, Literal.Lang("Data theme", "en")));
        yield return Service(iris.CkanApiService, "API CKAN (Action API)", iris.BaseUrl + "/api/3/action/",
            "https://docs.ckan.org/en/latest/api/", catalog, organizationPublisher: catalog.PublisherOrganization);
        yield return Service(iris.DcatService, "Danh mục DCAT-AP", iris.Catalog,
            "https://semiceu.github.io/DCAT-AP/releases/3.0.0/", catalog, organizationPublisher: catalog.PublisherOrganization);
        yield return Document("https://docs.ckan.org/en/latest/api/");
        yield return Document("https://semiceu.github.io/DCAT-AP/releases/3.0.0/");
    }

    private DcatGroup Service(string iri, string title, string endpoint, string description, CatalogDescription catalog, string? organizationPublisher)
    {
        var g = new GroupBuilder(new Iri(iri));
        g.Add(RdfNs.Type, DcatNs.DataService);
        // DCAT-AP 3: dct:title and dcat:endpointURL are mandatory on dcat:DataService.
        g.Add(Dct.Title, Literal.Lang(title, "vi"));
        g.Add(DcatNs.EndpointUrl, new Iri(endpoint));
        g.Add(DcatApTerms.EndpointDescription, new Iri(description));
        g.Add(Dct.Publisher, new Iri(organizationPublisher is null ? iris.BaseUrl + "/#publisher" : iris.Organization(organizationPublisher)));
        _ = catalog;
        return new DcatGroup(g.Build(), true);
    }

    /// <summary>All groups of one dataset as a graph, with the theme scheme, for single-dataset documents.</summary>
    public Graph DatasetGraph(Dataset d)
    {
        var graph = new Graph();
        foreach (var group in Dataset(d))
        {
            foreach (var t in group.Triples)
            {
                graph.Assert(t);
            }
        }
        graph.Assert(new Iri(iris.ThemeScheme), RdfNs.Type, Skos.ConceptScheme);
        graph.Assert(new Iri(iris.ThemeScheme), Dct.Title, Literal.Lang("Nhóm dữ liệu của Cổng dữ liệu quốc gia", "vi"));
        foreach (var (prefix, ns) in DcatApTerms.Prefixes)
        {
            graph.Prefixes[prefix] = ns;
        }
        return graph;
    }

    private DcatGroup Agent(string organizationName)
    {
        var iri = new Iri(iris.Organization(organizationName));
        var g = new GroupBuilder(iri);
        g.Add(RdfNs.Type, Foaf.Agent);
        g.Add(RdfNs.Type, Foaf.Organization);
        var organization = context.Organizations.GetValueOrDefault(organizationName);
        g.Add(Foaf.Name, Literal.Lang(Clean(organization?.Title ?? organizationName), "vi"));
        // DCAT-AP 3 recommends dct:type from the ADMS publisher types; provincial agencies are regional authorities.
        g.Add(Dct.Type, new Iri(DcatApTerms.PublisherType + "RegionalAuthority"));
        if (organization?.Email is { Length: > 0 } email)
        {
            g.Add(Foaf.Mbox, new Iri("mailto:" + email.Trim()));
        }
        if (organization?.Website is { Length: > 0 } website && IsAbsolute(website))
        {
            g.Add(Foaf.Homepage, new Iri(website));
        }
        return new DcatGroup(g.Build(), true);
    }

    // DCAT-AP 3: the agent's dct:type must be a skos:Concept (ADMS publisher type vocabulary).
    private static readonly DcatGroup PublisherType = Group(new Iri(DcatApTerms.PublisherType + "RegionalAuthority"),
        (Skos.Concept, null), (Skos.PrefLabel, Literal.Lang("Regional authority", "en")), (Skos.InScheme, new Iri(DcatApTerms.PublisherType)));

    private static void ContactPointTriples(GroupBuilder g, BlankNode node, ContactPoint contact)
    {
        // vcard:Organization is a vcard:Kind; SHACL's sh:class looks only at the data graph, so both types are stated.
        g.Add(node, RdfNs.Type, Vocabulary.Vcard.Kind);
        g.Add(node, RdfNs.Type, Vocabulary.Vcard.Organization);
        if (!string.IsNullOrWhiteSpace(contact.Name))
        {
            g.Add(node, Vocabulary.Vcard.Fn, Literal.Lang(Clean(contact.Name), "vi"));
        }
        if (!string.IsNullOrWhiteSpace(contact.Email))
        {
            g.Add(node, Vocabulary.Vcard.HasEmail, new Iri("mailto:" + contact.Email.Trim()));
        }
        if (!string.IsNullOrWhiteSpace(contact.Phone))
        {
            // RFC 3966 tel: URI; the number as written (spaces, dots) is kept percent-encoded so it reads back unchanged.
            g.Add(node, Vocabulary.Vcard.HasTelephone, new Iri("tel:" + Uri.EscapeDataString(contact.Phone)));
        }
        if (!string.IsNullOrWhiteSpace(contact.Url) && IsAbsolute(contact.Url))
        {
            g.Add(node, Vocabulary.Vcard.HasUrl, new Iri(contact.Url));
        }
    }

    private DcatGroup NationalTheme(string name)
    {
        var theme = context.Themes.FirstOrDefault(t => t.Name == name);
        var g = new GroupBuilder(new Iri(iris.Theme(name)));
        g.Add(RdfNs.Type, Skos.Concept);
        g.Add(Skos.PrefLabel, Literal.Lang(Clean(theme?.Title ?? name), "vi"));
        if (theme?.TitleEnglish is { Length: > 0 } english)
        {
            g.Add(Skos.PrefLabel, Literal.Lang(Clean(english), "en"));
        }
        g.Add(Skos.InScheme, new Iri(iris.ThemeScheme));
        g.Add(Skos.Notation, Literal.Plain(name));
        return new DcatGroup(g.Build(), true);
    }

    private static DcatGroup EuTheme(string iri)
    {
        var code = iri[DcatApTerms.EuDataTheme.Length..];
        return Group(new Iri(iri), (Skos.Concept, null),
            (Skos.PrefLabel, Literal.Lang(ControlledVocabularies.EuThemeLabels.GetValueOrDefault(code, code), "en")),
            (Skos.InScheme, DcatApTerms.DataThemeScheme));
    }

    private DcatGroup LicenseDocument(License license) =>
        Group(new Iri(LicenseIri(license)), (Dct.LicenseDocument, null), (Rdfs.Label, Literal.Plain(license.Title)), (Dct.Identifier, Literal.Plain(license.Id)));

    /// <summary>The licence's own URL when it has one; otherwise an IRI of ours (CKAN's "other-open" etc.).</summary>
    public string LicenseIri(License license) => license.Url ?? iris.License(license.Id);

    private static DcatGroup Document(string iri, bool isShared = true) =>
        new([new Triple(new Iri(iri), RdfNs.Type, DcatApTerms.FoafDocument)], isShared);

    /// <summary>A shared group: (class, null) pairs are rdf:type, the others property/value.</summary>
    private static DcatGroup Group(Iri subject, params (Iri Property, Term? Value)[] statements)
    {
        var triples = new List<Triple>(statements.Length);
        foreach (var (property, value) in statements)
        {
            triples.Add(value is null ? new Triple(subject, RdfNs.Type, property) : new Triple(subject, property, value));
        }
        return new DcatGroup(triples, true);
    }

    private static string AccessLevelLabel(AccessLevel level) => level switch
    {
        AccessLevel.Open => "Dữ liệu mở",
        AccessLevel.DefaultSharing => "Chia sẻ dữ liệu mặc định",
        AccessLevel.OnRequest => "Chia sẻ theo yêu cầu đặc thù",
        _ => "Không chia sẻ",
    };

    /// <summary>
    /// Removes characters XML 1.0 cannot carry (C0 controls other than tab, LF, CR; U+FFFE/U+FFFF; lone surrogates), so
    /// a stray control character pasted into a description cannot break /catalog.rdf halfway through a page.
    /// </summary>
    public static string Clean(string text)
    {
        static bool Bad(string t, int i)
        {
            var c = t[i];
            if (char.IsHighSurrogate(c))
            {
                return i + 1 >= t.Length || !char.IsLowSurrogate(t[i + 1]);
            }
            if (char.IsLowSurrogate(c))
            {
                return i == 0 || !char.IsHighSurrogate(t[i - 1]);
            }
            return (c < 0x20 && c is not ('\t' or '\n' or '\r')) || c is '\uFFFE' or '\uFFFF';
        }
        var first = -1;
        for (var i = 0; i < text.Length; i++)
        {
            if (Bad(text, i))
            {
                first = i;
                break;
            }
        }
        if (first < 0)
        {
            return text;
        }
        var builder = new System.Text.StringBuilder(text.Length);
        builder.Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            if (!Bad(text, i))
            {
                builder.Append(text[i]);
            }
        }
        return builder.ToString();
    }

    public static Literal DateTime(DateTimeOffset value) =>
        Literal.Typed(value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture), Xsd.DateTime);

    public static Literal Date(DateOnly value) =>
        Literal.Typed(value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Xsd.Date);

    /// <summary>An absolute http(s)/ftp/urn IRI without spaces (a cheap check: this runs several times per dataset).</summary>
    private static bool IsAbsolute(string value) =>
        (value.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || value.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || value.StartsWith("ftp://", StringComparison.OrdinalIgnoreCase) || value.StartsWith("urn:", StringComparison.OrdinalIgnoreCase))
        && value.AsSpan().IndexOfAny(" \t\r\n<>\"{}|\\^`") < 0;

    /// <summary>Collects one subject group: the subject's triples first, then those of its blank nodes.</summary>
    private sealed class GroupBuilder(Iri subject)
    {
        private readonly List<Triple> own = new(48);
        private readonly List<Triple> nested = [];

        public void Add(Iri predicate, Term value) => own.Add(new Triple(subject, predicate, value));

        public void Add(BlankNode node, Iri predicate, Term value) => nested.Add(new Triple(node, predicate, value));

        public BlankNode Blank(Iri predicate)
        {
            var node = BlankNode.Mint();
            Add(predicate, node);
            return node;
        }

        public IReadOnlyList<Triple> Build()
        {
            own.AddRange(nested);
            return own;
        }
    }
}
