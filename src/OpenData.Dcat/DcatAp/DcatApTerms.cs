using OpenData.Dcat.Rdf;

namespace OpenData.Dcat.DcatAp;

/// <summary>
/// Terms DCAT-AP 3 needs beyond <see cref="Vocabulary"/> (kept here so the RDF core stays free of DCAT-AP
/// specifics), and the EU controlled vocabularies (publications.europa.eu authority tables) we point at.
/// </summary>
public static class DcatApTerms
{
    public const string EuAuthority = "http://publications.europa.eu/resource/authority/";
    public const string EuFileType = EuAuthority + "file-type/";
    public const string EuLanguage = EuAuthority + "language/";
    public const string EuDataTheme = EuAuthority + "data-theme/";
    public const string EuAccessRight = EuAuthority + "access-right/";
    public const string IanaMediaTypes = "https://www.iana.org/assignments/media-types/";
    public const string Iso6391 = "http://id.loc.gov/vocabulary/iso639-1/";
    public const string PublisherType = "http://purl.org/adms/publishertype/";

    public static readonly Iri DataThemeScheme = new(EuAuthority + "data-theme");

    public static readonly Iri MediaTypeOrExtent = new(Vocabulary.Dct.Namespace + "MediaTypeOrExtent");
    public static readonly Iri LinguisticSystem = new(Vocabulary.Dct.Namespace + "LinguisticSystem");
    public static readonly Iri FrequencyClass = new(Vocabulary.Dct.Namespace + "Frequency");
    public static readonly Iri RightsStatement = new(Vocabulary.Dct.Namespace + "RightsStatement");
    public static readonly Iri ProvenanceStatement = new(Vocabulary.Dct.Namespace + "ProvenanceStatement");
    public static readonly Iri Standard = new(Vocabulary.Dct.Namespace + "Standard");
    public static readonly Iri Provenance = new(Vocabulary.Dct.Namespace + "provenance");
    public static readonly Iri GeographicName = new(Vocabulary.Locn.Namespace + "geographicName");
    public static readonly Iri ChecksumAlgorithm = new(Vocabulary.Spdx.Namespace + "ChecksumAlgorithm");
    public static readonly Iri Sha256 = new(Vocabulary.Spdx.Namespace + "checksumAlgorithm_sha256");
    public static readonly Iri HexBinary = new(Vocabulary.Xsd.Namespace + "hexBinary");
    public static readonly Iri EndpointDescription = new(Vocabulary.Dcat.Namespace + "endpointDescription");
    public static readonly Iri DcatVersion = new(Vocabulary.Dcat.Namespace + "version");
    public static readonly Iri TimeHasBeginning = new("http://www.w3.org/2006/time#hasBeginning");
    public static readonly Iri TimeHasEnd = new("http://www.w3.org/2006/time#hasEnd");
    public static readonly Iri TimeInXsdDate = new("http://www.w3.org/2006/time#inXSDDate");
    public static readonly Iri TimeInXsdDateTime = new("http://www.w3.org/2006/time#inXSDDateTimeStamp");
    public static readonly Iri FoafDocument = new(Vocabulary.Foaf.Namespace + "Document");
    public static readonly Iri VcardHasValue = new(Vocabulary.Vcard.Namespace + "hasValue");

    // Hydra as ckanext-dcat pages its catalogue (hydra:PagedCollection and the *Page properties of the 2014 draft
    // that harvesters such as ckanext-dcat's own RDF harvester follow).
    public static readonly Iri PagedCollection = new(Vocabulary.Hydra.Namespace + "PagedCollection");
    public static readonly Iri ItemsPerPage = new(Vocabulary.Hydra.Namespace + "itemsPerPage");
    public static readonly Iri FirstPage = new(Vocabulary.Hydra.Namespace + "firstPage");
    public static readonly Iri LastPage = new(Vocabulary.Hydra.Namespace + "lastPage");
    public static readonly Iri NextPage = new(Vocabulary.Hydra.Namespace + "nextPage");
    public static readonly Iri PreviousPage = new(Vocabulary.Hydra.Namespace + "previousPage");

    /// <summary>Prefixes our DCAT-AP documents declare.</summary>
    public static IReadOnlyDictionary<string, string> Prefixes { get; } = new Dictionary<string, string>
    {
        ["rdf"] = Vocabulary.Rdf.Namespace,
        ["rdfs"] = Vocabulary.Rdfs.Namespace,
        ["xsd"] = Vocabulary.Xsd.Namespace,
        ["dcat"] = Vocabulary.Dcat.Namespace,
        ["dct"] = Vocabulary.Dct.Namespace,
        ["foaf"] = Vocabulary.Foaf.Namespace,
        ["vcard"] = Vocabulary.Vcard.Namespace,
        ["skos"] = Vocabulary.Skos.Namespace,
        ["spdx"] = Vocabulary.Spdx.Namespace,
        ["adms"] = Vocabulary.Adms.Namespace,
        ["hydra"] = Vocabulary.Hydra.Namespace,
        ["locn"] = Vocabulary.Locn.Namespace,
        ["prov"] = Vocabulary.Prov.Namespace,
    };
}
