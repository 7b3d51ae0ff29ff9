using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using OpenData.Dcat.Model;
using OpenData.Dcat.Rdf;
using static OpenData.Dcat.Rdf.Vocabulary;
using DcatNs = OpenData.Dcat.Rdf.Vocabulary.Dcat;
using RdfNs = OpenData.Dcat.Rdf.Vocabulary.Rdf;

namespace OpenData.Dcat.DcatAp;

/// <summary>
/// DCAT → model, liberal in what it accepts: our own DCAT-AP 3 output reads back to the same datasets, and what other
/// publishers send (DCAT-AP 2 and 3, ckanext-dcat, older schema.org-style periods, literals where IRIs are expected)
/// reads to the closest model values.
/// </summary>
public sealed class DcatApReader(DcatApContext context)
{
    private readonly PortalIris iris = context.Iris;

    /// <summary>Every dcat:Dataset in the graph, in document order.</summary>
    public IReadOnlyList<Dataset> ReadDatasets(Graph graph)
    {
        var datasets = new List<Dataset>();
        foreach (var subject in graph.SubjectsOf(RdfNs.Type, DcatNs.Dataset).Distinct().ToList())
        {
            datasets.Add(ReadDataset(graph, subject));
        }
        return datasets;
    }

    public Dataset ReadDataset(Graph graph, Term subject)
    {
        var reader = new Node(graph, subject);
        var id = IdFrom(subject, "/dataset/") ?? GuidOf(reader.Text(Dct.Identifier)) ?? StableGuid(subject);
        var identifier = reader.Text(Dct.Identifier);
        if (identifier == id.ToString("D"))
        {
            identifier = null;
        }
        identifier ??= reader.Objects(Adms.IdentifierProp).Select(n => new Node(graph, n).Text(Skos.Notation)).FirstOrDefault(n => n is not null);
        var pages = reader.Objects(DcatNs.LandingPage).OfType<Iri>().Select(i => i.Value).ToList();
        var ownPage = pages.FirstOrDefault(p => p.StartsWith(iris.BaseUrl + "/dataset/", StringComparison.Ordinal));
        var title = reader.Text(Dct.Title) ?? reader.Text(Schema.Name) ?? "";
        var name = ownPage is not null ? Uri.UnescapeDataString(ownPage[(iris.BaseUrl.Length + "/dataset/".Length)..]) : Slug(title, subject);
        var distributions = reader.Objects(DcatNs.DistributionProp).Distinct().ToList();
        // Document order of the distribution descriptions (writers such as Turtle sort the dcat:distribution objects).
        var order = graph.Subjects.Select((s, i) => (s, i)).Where(x => distributions.Contains(x.s)).ToDictionary(x => x.s, x => x.i);
        distributions.Sort((a, b) => order.GetValueOrDefault(a, int.MaxValue).CompareTo(order.GetValueOrDefault(b, int.MaxValue)));
        var datasetLicense = reader.Objects(Dct.License).Select(LicenseId).FirstOrDefault(l => l is not null);
        var readDistributions = distributions.Select(d => ReadDistribution(graph, d)).ToList();
        if (datasetLicense is null)
        {
            // ckanext-dcat and most DCAT-AP publishers state the licence on distributions only.
            var licences = readDistributions.Select(r => r.LicenseId).Distinct().ToList();
            datasetLicense = licences is [{ } only] ? only : null;
        }
        readDistributions = readDistributions.Select(r => r.LicenseId == datasetLicense ? r with { LicenseId = null } : r).ToList();
        var (author, authorEmail) = Creator(graph, reader);
        return new Dataset
        {
            Id = id,
            Name = name,
            Title = title,
            Description = reader.Text(Dct.Description) ?? reader.Text(Schema.Description) ?? "",
            Organization = Publisher(graph, reader),
            Keywords = Keywords(reader),
            Themes = Themes(graph, reader),
            LicenseId = datasetLicense,
            AccessLevel = AccessLevelOf(reader),
            FrequencyCode = reader.Objects(Dct.AccrualPeriodicity).Select(f => Frequency.Parse(LastSegment(Value(f)))?.Code).FirstOrDefault(c => c is not null),
            ContactPoint = reader.Objects(DcatNs.ContactPoint).Select(c => Contact(graph, c)).FirstOrDefault(c => c is not null),
            Temporal = reader.Objects(Dct.Temporal).Select(t => Period(graph, t)).FirstOrDefault(p => p is not null),
            Spatial = reader.Objects(Dct.Spatial).Select(s => Place(graph, s)).OfType<Location>().ToList(),
            Languages = reader.Objects(Dct.Language).Select(l => Value(l) is { } v ? ControlledVocabularies.LanguageCode(v) : null).OfType<string>().Distinct().ToList(),
            Version = reader.Text(DcatApTerms.DcatVersion) ?? reader.Text(Owl.VersionInfo),
            Identifier = identifier,
            LandingPage = pages.FirstOrDefault(p => p != ownPage),
            ConformsTo = reader.Objects(Dct.ConformsTo).Select(c => c is Iri i ? i.Value : new Node(graph, c).Text(Rdfs.Label) ?? new Node(graph, c).Text(Dct.Title))
                .OfType<string>().ToList(),
            Author = author,
            AuthorEmail = authorEmail,
            Created = reader.Objects(Dct.Issued).Select(DateTimeOf).FirstOrDefault(v => v is not null) ?? default,
            Modified = reader.Objects(Dct.Modified).Select(DateTimeOf).FirstOrDefault(v => v is not null) ?? default,
            HarvestSource = reader.Objects(DcatApTerms.Provenance).Select(p => new Node(graph, p).Objects(Dct.Source).Select(Value).FirstOrDefault())
                .FirstOrDefault(s => s is not null),
            Distributions = readDistributions,
        };
    }

    public Distribution ReadDistribution(Graph graph, Term subject)
    {
        var reader = new Node(graph, subject);
        var id = IdFrom(subject, "/resource/") ?? GuidOf(reader.Text(Dct.Identifier)) ?? StableGuid(subject);
        var access = reader.Objects(DcatNs.AccessUrl).Select(Value).FirstOrDefault();
        var download = reader.Objects(DcatNs.DownloadUrl).Select(Value).FirstOrDefault();
        var checksum = reader.Objects(Vocabulary.Spdx.ChecksumProp).Select(c => ChecksumOf(graph, c)).FirstOrDefault(c => c is not null);
        var ownDownload = download is not null && download.StartsWith(iris.BaseUrl + "/dataset/", StringComparison.Ordinal)
            && download.Contains("/download/", StringComparison.Ordinal);
        var ownPage = access is not null && access.StartsWith(iris.BaseUrl + "/dataset/", StringComparison.Ordinal)
            && access.Contains("/resource/", StringComparison.Ordinal);
        string? fileName = null, sha256 = null, url;
        if (ownDownload && checksum is { Algorithm: Checksum.Sha256 })
        {
            fileName = Uri.UnescapeDataString(download![(download!.LastIndexOf('/') + 1)..]); // ownDownload implies download is set
            // The portal records an upload's SHA-256 both as its content address and as its checksum (ResourceActions).
            sha256 = checksum.Value;
            url = null;
        }
        else
        {
            url = download ?? (ownPage ? null : access);
        }
        var title = reader.Text(Dct.Title) ?? fileName ?? "";
        return new Distribution
        {
            Id = id,
            Title = title,
            Description = reader.Text(Dct.Description) ?? "",
            Format = reader.Objects(Dct.Format).Select(f => FormatOf(graph, f)).FirstOrDefault(f => f is not null),
            MediaType = reader.Objects(DcatNs.MediaType).Select(m => MediaTypeOf(Value(m))).FirstOrDefault(),
            Url = url,
            FileSha256 = sha256,
            FileName = fileName,
            ByteSize = reader.Objects(DcatNs.ByteSize).OfType<Literal>()
                .Select(l => decimal.TryParse(l.LexicalForm.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var n) ? (long?)n : null)
                .FirstOrDefault(n => n is not null),
            Checksum = checksum,
            LicenseId = reader.Objects(Dct.License).Select(LicenseId).FirstOrDefault(l => l is not null),
            Created = reader.Objects(Dct.Issued).Select(DateTimeOf).FirstOrDefault(v => v is not null) ?? default,
            Modified = reader.Objects(Dct.Modified).Select(DateTimeOf).FirstOrDefault(v => v is not null) ?? default,
        };
    }

    private string Publisher(Graph graph, Node dataset)
    {
        var publisher = dataset.Objects(Dct.Publisher).FirstOrDefault();
        if (publisher is Iri iri && iri.Value.StartsWith(iris.BaseUrl + "/organization/", StringComparison.Ordinal))
        {
            return Uri.UnescapeDataString(iri.Value[(iris.BaseUrl.Length + "/organization/".Length)..]);
        }
        if (publisher is null)
        {
            return "";
        }
        var name = new Node(graph, publisher).Text(Foaf.Name) ?? new Node(graph, publisher).Text(Vocabulary.Vcard.Fn);
        var known = context.Organizations.Values.FirstOrDefault(o => string.Equals(o.Title, name, StringComparison.OrdinalIgnoreCase));
        return known?.Name ?? Slug(name ?? "", publisher);
    }

    private static IReadOnlyList<string> Keywords(Node dataset)
    {
        var literals = dataset.Objects(DcatNs.Keyword).OfType<Literal>().ToList();
        // Multilingual publishers repeat keywords per language: keep the Vietnamese ones (or untagged) when there are any.
        var vietnamese = literals.Where(l => l.Language is null || l.Language.StartsWith("vi", StringComparison.OrdinalIgnoreCase)).ToList();
        return (vietnamese.Count > 0 ? vietnamese : literals).Select(l => l.LexicalForm).Distinct().ToList();
    }

    private IReadOnlyList<string> Themes(Graph graph, Node dataset)
    {
        var themes = dataset.Objects(DcatNs.Theme).ToList();
        var prefix = iris.ThemeScheme + "/";
        var own = themes.OfType<Iri>().Where(t => t.Value.StartsWith(prefix, StringComparison.Ordinal))
            .Select(t => Uri.UnescapeDataString(t.Value[prefix.Length..])).Distinct().ToList();
        if (own.Count > 0)
        {
            return own;
        }
        var result = new List<string>();
        foreach (var theme in themes)
        {
            var label = new Node(graph, theme).Text(Skos.PrefLabel);
            var byLabel = context.Themes.FirstOrDefault(t => (label is not null && (string.Equals(t.Title, label, StringComparison.OrdinalIgnoreCase)
                || string.Equals(t.TitleEnglish, label, StringComparison.OrdinalIgnoreCase))) || (t.Iri is not null && t.Iri == Value(theme)));
            var name = byLabel?.Name;
            if (name is null && theme is Iri eu && eu.Value.StartsWith(DcatApTerms.EuDataTheme, StringComparison.Ordinal))
            {
                var code = eu.Value[DcatApTerms.EuDataTheme.Length..];
                name = ControlledVocabularies.ThemeMapping.FirstOrDefault(m => m.EuCode == code).Theme;
            }
            if (name is not null && !result.Contains(name))
            {
                result.Add(name);
            }
        }
        return result;
    }

    private AccessLevel AccessLevelOf(Node dataset)
    {
        var prefix = iris.AccessLevelScheme + "/";
        foreach (var rights in dataset.Objects(Dct.Rights).OfType<Iri>())
        {
            if (rights.Value.StartsWith(prefix, StringComparison.Ordinal) && AccessLevels.TryParse(rights.Value[prefix.Length..], out var level))
            {
                return level;
            }
        }
        var eu = dataset.Objects(Dct.AccessRights).Select(Value).FirstOrDefault(v => v is not null) ?? "";
        return LastSegment(eu).ToUpperInvariant() switch
        {
            "RESTRICTED" => AccessLevel.OnRequest,
            "NON_PUBLIC" or "NON-PUBLIC" or "SENSITIVE" or "CONFIDENTIAL" => AccessLevel.Restricted,
            _ => AccessLevel.Open,
        };
    }

    private static (string? Name, string? Email) Creator(Graph graph, Node dataset)
    {
        var creator = dataset.Objects(Dct.Creator).FirstOrDefault();
        if (creator is null)
        {
            return (null, null);
        }
        if (creator is Literal literal)
        {
            return (literal.LexicalForm, null);
        }
        var node = new Node(graph, creator);
        var email = node.Objects(Foaf.Mbox).Select(Value).Select(Mail).FirstOrDefault();
        var name = node.Text(Foaf.Name);
        return (name == email ? null : name, email);
    }

    private static ContactPoint? Contact(Graph graph, Term term)
    {
        var node = new Node(graph, term);
        var phone = node.Objects(Vocabulary.Vcard.HasTelephone)
            .Select(t => t is Literal l ? l.LexicalForm : t is Iri i ? i.Value : new Node(graph, t).Objects(DcatApTerms.VcardHasValue).Select(Value).FirstOrDefault())
            .FirstOrDefault(v => v is not null);
        if (phone is not null && phone.StartsWith("tel:", StringComparison.OrdinalIgnoreCase))
        {
            phone = Uri.UnescapeDataString(phone[4..]);
        }
        var contact = new ContactPoint(
            node.Text(Vocabulary.Vcard.Fn) ?? node.Text(Vocabulary.Vcard.OrganizationName),
            node.Objects(Vocabulary.Vcard.HasEmail).Select(Value).Select(Mail).FirstOrDefault(),
            phone,
            node.Objects(Vocabulary.Vcard.HasUrl).Select(Value).FirstOrDefault());
        return contact.IsEmpty ? null : contact;
    }

    private static PeriodOfTime? Period(Graph graph, Term term)
    {
        var node = new Node(graph, term);
        DateOnly? Instant(Iri direct, Iri schema, Iri timeLink)
        {
            var value = node.Objects(direct).Concat(node.Objects(schema)).Concat(node.Objects(new Iri(schema.Value.Replace("https:", "http:", StringComparison.Ordinal))))
                .Select(DateOf).FirstOrDefault(d => d is not null);
            // OWL-Time form: time:hasBeginning [ time:inXSDDate "..." ] (DCAT 2 §Period of time).
            return value ?? node.Objects(timeLink).Select(n => new Node(graph, n))
                .SelectMany(n => n.Objects(DcatApTerms.TimeInXsdDate).Concat(n.Objects(DcatApTerms.TimeInXsdDateTime)))
                .Select(DateOf).FirstOrDefault(d => d is not null);
        }
        var period = new PeriodOfTime(
            Instant(DcatNs.StartDate, Schema.StartDate, DcatApTerms.TimeHasBeginning),
            Instant(DcatNs.EndDate, Schema.EndDate, DcatApTerms.TimeHasEnd));
        return period.IsEmpty ? null : period;
    }

    private Location? Place(Graph graph, Term term)
    {
        var node = new Node(graph, term);
        var name = node.Text(Skos.PrefLabel) ?? node.Text(DcatApTerms.GeographicName) ?? node.Text(Rdfs.Label);
        var prefix = iris.BaseUrl + "/dvhc/";
        var code = term is Iri own && own.Value.StartsWith(prefix, StringComparison.Ordinal)
            ? Uri.UnescapeDataString(own.Value[prefix.Length..])
            : node.Text(Dct.Identifier) ?? (term is Iri other ? LastSegment(other.Value) : null);
        return code is null ? null : new Location(code, name ?? code);
    }

    private static Checksum? ChecksumOf(Graph graph, Term term)
    {
        var node = new Node(graph, term);
        var algorithm = node.Objects(Vocabulary.Spdx.Algorithm).Select(Value).FirstOrDefault();
        var value = node.Text(Vocabulary.Spdx.ChecksumValue);
        if (algorithm is null || value is null)
        {
            return null;
        }
        var name = LastSegment(algorithm);
        var marker = name.IndexOf("checksumAlgorithm_", StringComparison.OrdinalIgnoreCase);
        name = marker >= 0 ? name[(marker + "checksumAlgorithm_".Length)..] : name;
        return new Checksum(name.ToLowerInvariant(), value.Trim().ToLowerInvariant());
    }

    private static string? FormatOf(Graph graph, Term term)
    {
        if (term is Literal literal)
        {
            return LastSegment(literal.LexicalForm);
        }
        if (term is Iri iri)
        {
            if (iri.Value.StartsWith(DcatApTerms.EuFileType, StringComparison.OrdinalIgnoreCase))
            {
                return ControlledVocabularies.FormatLabel(iri.Value);
            }
            if (iri.Value.StartsWith(DcatApTerms.IanaMediaTypes, StringComparison.OrdinalIgnoreCase))
            {
                return LastSegment(iri.Value).ToUpperInvariant();
            }
        }
        return new Node(graph, term).Text(Rdfs.Label) ?? new Node(graph, term).Text(Skos.PrefLabel) ?? (term is Iri other ? LastSegment(other.Value) : null);
    }

    private static string? MediaTypeOf(string? value)
    {
        if (value is null)
        {
            return null;
        }
        foreach (var prefix in new[] { DcatApTerms.IanaMediaTypes, "http://www.iana.org/assignments/media-types/" })
        {
            if (value.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return value[prefix.Length..];
            }
        }
        return value;
    }

    private string? LicenseId(Term term)
    {
        var value = Value(term);
        if (value is null)
        {
            return null;
        }
        var prefix = iris.BaseUrl + "/license/";
        if (value.StartsWith(prefix, StringComparison.Ordinal))
        {
            return Uri.UnescapeDataString(value[prefix.Length..]);
        }
        static string Canonical(string url) => url.Replace("https://", "", StringComparison.OrdinalIgnoreCase)
            .Replace("http://", "", StringComparison.OrdinalIgnoreCase).TrimEnd('/').ToLowerInvariant();
        var byUrl = License.Defaults.FirstOrDefault(l => l.Url is not null && Canonical(l.Url) == Canonical(value));
        return byUrl?.Id ?? License.Find(value)?.Id ?? License.Find(LastSegment(value))?.Id;
    }

    private Guid? IdFrom(Term subject, string marker)
    {
        if (subject is not Iri iri || !iri.Value.StartsWith(iris.BaseUrl + "/dataset/", StringComparison.Ordinal))
        {
            return null;
        }
        var at = iri.Value.LastIndexOf(marker, StringComparison.Ordinal);
        return at < 0 ? null : GuidOf(iri.Value[(at + marker.Length)..].Split('/')[0]);
    }

    private static Guid? GuidOf(string? text) => Guid.TryParse(text, out var guid) ? guid : null;

    /// <summary>A foreign dataset's id derived from its IRI, so harvesting the same source twice gives the same id.</summary>
    private static Guid StableGuid(Term subject)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(subject.ToNTriples()));
        return new Guid(hash.AsSpan(0, 16));
    }

    private static string Slug(string title, Term subject)
    {
        var source = title.Length > 0 ? title : subject is Iri iri ? LastSegment(iri.Value) : "dataset";
        var builder = new StringBuilder();
        foreach (var c in source.Replace('đ', 'd').Replace('Đ', 'D').Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            builder.Append(char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-');
        }
        var slug = string.Join('-', builder.ToString().Split('-', StringSplitOptions.RemoveEmptyEntries));
        return slug.Length > 100 ? slug[..100].TrimEnd('-') : slug.Length == 0 ? "dataset" : slug;
    }

    private static string? Mail(string? value) =>
        value is not null && value.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) ? value[7..] : value;

    private static string? Value(Term term) => term switch
    {
        Iri iri => iri.Value,
        Literal literal => literal.LexicalForm,
        _ => null,
    };

    private static string LastSegment(string? value)
    {
        var text = (value ?? "").TrimEnd('/');
        var at = Math.Max(text.LastIndexOf('/'), text.LastIndexOf('#'));
        return at >= 0 ? text[(at + 1)..] : text;
    }

    private static DateTimeOffset? DateTimeOf(Term term)
    {
        if (term is not Literal literal)
        {
            return null;
        }
        var text = literal.LexicalForm.Trim();
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var value))
        {
            return value;
        }
        return null;
    }

    private static DateOnly? DateOf(Term term)
    {
        if (term is not Literal literal)
        {
            return null;
        }
        var text = literal.LexicalForm.Trim();
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }
        return DateTimeOf(term) is { } dateTime ? DateOnly.FromDateTime(dateTime.UtcDateTime) : null;
    }

    /// <summary>Reads the values of one node, preferring Vietnamese, then untagged, then any literal.</summary>
    private readonly struct Node(Graph graph, Term subject)
    {
        public IEnumerable<Term> Objects(Iri predicate) => graph.ObjectsOf(subject, predicate);

        public string? Text(Iri predicate)
        {
            Literal? best = null;
            var bestRank = int.MaxValue;
            foreach (var literal in graph.ObjectsOf(subject, predicate).OfType<Literal>())
            {
                var rank = literal.Language is null ? 1 : literal.Language.StartsWith("vi", StringComparison.OrdinalIgnoreCase) ? 0 : 2;
                if (rank < bestRank)
                {
                    best = literal;
                    bestRank = rank;
                }
            }
            return best?.LexicalForm;
        }
    }
}
