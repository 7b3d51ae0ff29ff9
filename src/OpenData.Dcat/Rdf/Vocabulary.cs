namespace OpenData.Dcat.Rdf;

/// <summary>Well-known vocabularies. Each class exposes its namespace and the terms this code base uses.</summary>
public static class Vocabulary
{
    public static class Rdf
    {
        public const string Namespace = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
        public static readonly Iri Type = new(Namespace + "type");
        public static readonly Iri First = new(Namespace + "first");
        public static readonly Iri Rest = new(Namespace + "rest");
        public static readonly Iri Nil = new(Namespace + "nil");
        public static readonly Iri LangString = new(Namespace + "langString");
        public static readonly Iri XmlLiteral = new(Namespace + "XMLLiteral");
        public static readonly Iri Json = new(Namespace + "JSON");
        public static readonly Iri Statement = new(Namespace + "Statement");
        public static readonly Iri Subject = new(Namespace + "subject");
        public static readonly Iri Predicate = new(Namespace + "predicate");
        public static readonly Iri Object = new(Namespace + "object");
        public static readonly Iri Value = new(Namespace + "value");
        public static Iri Member(int index) => new(Namespace + "_" + index.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    public static class Rdfs
    {
        public const string Namespace = "http://www.w3.org/2000/01/rdf-schema#";
        public static readonly Iri Label = new(Namespace + "label");
        public static readonly Iri Comment = new(Namespace + "comment");
        public static readonly Iri SeeAlso = new(Namespace + "seeAlso");
        public static readonly Iri Literal = new(Namespace + "Literal");
        public static readonly Iri Resource = new(Namespace + "Resource");
        public static readonly Iri Class = new(Namespace + "Class");
    }

    public static class Xsd
    {
        public const string Namespace = "http://www.w3.org/2001/XMLSchema#";
        public static readonly Iri String = new(Namespace + "string");
        public static readonly Iri Boolean = new(Namespace + "boolean");
        public static readonly Iri Integer = new(Namespace + "integer");
        public static readonly Iri Decimal = new(Namespace + "decimal");
        public static readonly Iri Double = new(Namespace + "double");
        public static readonly Iri Date = new(Namespace + "date");
        public static readonly Iri DateTime = new(Namespace + "dateTime");
        public static readonly Iri GYear = new(Namespace + "gYear");
        public static readonly Iri AnyUri = new(Namespace + "anyURI");
        public static readonly Iri NonNegativeInteger = new(Namespace + "nonNegativeInteger");
        public static readonly Iri Duration = new(Namespace + "duration");
    }

    public static class Dcat
    {
        public const string Namespace = "http://www.w3.org/ns/dcat#";
        public static readonly Iri Catalog = new(Namespace + "Catalog");
        public static readonly Iri Dataset = new(Namespace + "Dataset");
        public static readonly Iri Distribution = new(Namespace + "Distribution");
        public static readonly Iri DataService = new(Namespace + "DataService");
        public static readonly Iri CatalogRecord = new(Namespace + "CatalogRecord");
        public static readonly Iri DatasetProp = new(Namespace + "dataset");
        public static readonly Iri DistributionProp = new(Namespace + "distribution");
        public static readonly Iri Keyword = new(Namespace + "keyword");
        public static readonly Iri Theme = new(Namespace + "theme");
        public static readonly Iri ContactPoint = new(Namespace + "contactPoint");
        public static readonly Iri AccessUrl = new(Namespace + "accessURL");
        public static readonly Iri DownloadUrl = new(Namespace + "downloadURL");
        public static readonly Iri MediaType = new(Namespace + "mediaType");
        public static readonly Iri ByteSize = new(Namespace + "byteSize");
        public static readonly Iri LandingPage = new(Namespace + "landingPage");
        public static readonly Iri Record = new(Namespace + "record");
        public static readonly Iri Service = new(Namespace + "service");
        public static readonly Iri ThemeTaxonomy = new(Namespace + "themeTaxonomy");
        public static readonly Iri EndpointUrl = new(Namespace + "endpointURL");
        public static readonly Iri ServesDataset = new(Namespace + "servesDataset");
        public static readonly Iri TemporalResolution = new(Namespace + "temporalResolution");
        public static readonly Iri SpatialResolutionInMeters = new(Namespace + "spatialResolutionInMeters");
        public static readonly Iri StartDate = new(Namespace + "startDate");
        public static readonly Iri EndDate = new(Namespace + "endDate");
        public static readonly Iri Bbox = new(Namespace + "bbox");
        public static readonly Iri Centroid = new(Namespace + "centroid");
    }

    public static class Dct
    {
        public const string Namespace = "http://purl.org/dc/terms/";
        public static readonly Iri Title = new(Namespace + "title");
        public static readonly Iri Description = new(Namespace + "description");
        public static readonly Iri Identifier = new(Namespace + "identifier");
        public static readonly Iri Issued = new(Namespace + "issued");
        public static readonly Iri Modified = new(Namespace + "modified");
        public static readonly Iri Publisher = new(Namespace + "publisher");
        public static readonly Iri Creator = new(Namespace + "creator");
        public static readonly Iri License = new(Namespace + "license");
        public static readonly Iri Rights = new(Namespace + "rights");
        public static readonly Iri AccessRights = new(Namespace + "accessRights");
        public static readonly Iri Language = new(Namespace + "language");
        public static readonly Iri Format = new(Namespace + "format");
        public static readonly Iri Spatial = new(Namespace + "spatial");
        public static readonly Iri Temporal = new(Namespace + "temporal");
        public static readonly Iri AccrualPeriodicity = new(Namespace + "accrualPeriodicity");
        public static readonly Iri ConformsTo = new(Namespace + "conformsTo");
        public static readonly Iri Type = new(Namespace + "type");
        public static readonly Iri Source = new(Namespace + "source");
        public static readonly Iri IsPartOf = new(Namespace + "isPartOf");
        public static readonly Iri HasPart = new(Namespace + "hasPart");
        public static readonly Iri LicenseDocument = new(Namespace + "LicenseDocument");
        public static readonly Iri Location = new(Namespace + "Location");
        public static readonly Iri PeriodOfTime = new(Namespace + "PeriodOfTime");
        public static readonly Iri MediaTypeClass = new(Namespace + "MediaType");
    }

    public static class Foaf
    {
        public const string Namespace = "http://xmlns.com/foaf/0.1/";
        public static readonly Iri Agent = new(Namespace + "Agent");
        public static readonly Iri Organization = new(Namespace + "Organization");
        public static readonly Iri Person = new(Namespace + "Person");
        public static readonly Iri Name = new(Namespace + "name");
        public static readonly Iri Homepage = new(Namespace + "homepage");
        public static readonly Iri Page = new(Namespace + "page");
        public static readonly Iri Mbox = new(Namespace + "mbox");
    }

    public static class Vcard
    {
        public const string Namespace = "http://www.w3.org/2006/vcard/ns#";
        public static readonly Iri Kind = new(Namespace + "Kind");
        public static readonly Iri Organization = new(Namespace + "Organization");
        public static readonly Iri Individual = new(Namespace + "Individual");
        public static readonly Iri Fn = new(Namespace + "fn");
        public static readonly Iri HasEmail = new(Namespace + "hasEmail");
        public static readonly Iri HasTelephone = new(Namespace + "hasTelephone");
        public static readonly Iri HasUrl = new(Namespace + "hasURL");
        public static readonly Iri OrganizationName = new(Namespace + "organization-name");
    }

    public static class Skos
    {
        public const string Namespace = "http://www.w3.org/2004/02/skos/core#";
        public static readonly Iri Concept = new(Namespace + "Concept");
        public static readonly Iri ConceptScheme = new(Namespace + "ConceptScheme");
        public static readonly Iri PrefLabel = new(Namespace + "prefLabel");
        public static readonly Iri AltLabel = new(Namespace + "altLabel");
        public static readonly Iri Notation = new(Namespace + "notation");
        public static readonly Iri InScheme = new(Namespace + "inScheme");
        public static readonly Iri Broader = new(Namespace + "broader");
        public static readonly Iri Narrower = new(Namespace + "narrower");
        public static readonly Iri TopConceptOf = new(Namespace + "topConceptOf");
        public static readonly Iri HasTopConcept = new(Namespace + "hasTopConcept");
    }

    public static class Spdx
    {
        public const string Namespace = "http://spdx.org/rdf/terms#";
        public static readonly Iri Checksum = new(Namespace + "Checksum");
        public static readonly Iri ChecksumProp = new(Namespace + "checksum");
        public static readonly Iri Algorithm = new(Namespace + "algorithm");
        public static readonly Iri ChecksumValue = new(Namespace + "checksumValue");
    }

    public static class Adms
    {
        public const string Namespace = "http://www.w3.org/ns/adms#";
        public static readonly Iri Identifier = new(Namespace + "Identifier");
        public static readonly Iri IdentifierProp = new(Namespace + "identifier");
        public static readonly Iri Status = new(Namespace + "status");
        public static readonly Iri Sample = new(Namespace + "sample");
        public static readonly Iri VersionNotes = new(Namespace + "versionNotes");
    }

    public static class Owl
    {
        public const string Namespace = "http://www.w3.org/2002/07/owl#";
        public static readonly Iri SameAs = new(Namespace + "sameAs");
        public static readonly Iri VersionInfo = new(Namespace + "versionInfo");
        public static readonly Iri Thing = new(Namespace + "Thing");
    }

    public static class Schema
    {
        public const string Namespace = "https://schema.org/";
        public static readonly Iri Dataset = new(Namespace + "Dataset");
        public static readonly Iri Name = new(Namespace + "name");
        public static readonly Iri Description = new(Namespace + "description");
        public static readonly Iri StartDate = new(Namespace + "startDate");
        public static readonly Iri EndDate = new(Namespace + "endDate");
    }

    public static class Hydra
    {
        public const string Namespace = "http://www.w3.org/ns/hydra/core#";
        public static readonly Iri PartialCollectionView = new(Namespace + "PartialCollectionView");
        public static readonly Iri Collection = new(Namespace + "Collection");
        public static readonly Iri View = new(Namespace + "view");
        public static readonly Iri First = new(Namespace + "first");
        public static readonly Iri Last = new(Namespace + "last");
        public static readonly Iri Next = new(Namespace + "next");
        public static readonly Iri Previous = new(Namespace + "previous");
        public static readonly Iri TotalItems = new(Namespace + "totalItems");
    }

    public static class Sh
    {
        public const string Namespace = "http://www.w3.org/ns/shacl#";
        public static readonly Iri NodeShape = new(Namespace + "NodeShape");
        public static readonly Iri PropertyShape = new(Namespace + "PropertyShape");
        public static readonly Iri TargetClass = new(Namespace + "targetClass");
        public static readonly Iri TargetNode = new(Namespace + "targetNode");
        public static readonly Iri Property = new(Namespace + "property");
        public static readonly Iri Path = new(Namespace + "path");
        public static readonly Iri MinCount = new(Namespace + "minCount");
        public static readonly Iri MaxCount = new(Namespace + "maxCount");
        public static readonly Iri Datatype = new(Namespace + "datatype");
        public static readonly Iri Class = new(Namespace + "class");
        public static readonly Iri NodeKind = new(Namespace + "nodeKind");
        public static readonly Iri In = new(Namespace + "in");
        public static readonly Iri Pattern = new(Namespace + "pattern");
        public static readonly Iri Severity = new(Namespace + "severity");
        public static readonly Iri Message = new(Namespace + "message");
        public static readonly Iri Node = new(Namespace + "node");
        public static readonly Iri Or = new(Namespace + "or");
        public static readonly Iri Violation = new(Namespace + "Violation");
        public static readonly Iri Warning = new(Namespace + "Warning");
        public static readonly Iri Info = new(Namespace + "Info");
    }

    public static class Locn
    {
        public const string Namespace = "http://www.w3.org/ns/locn#";
        public static readonly Iri Geometry = new(Namespace + "geometry");
        public static readonly Iri Address = new(Namespace + "address");
        public static readonly Iri AdminUnitL1 = new(Namespace + "adminUnitL1");
        public static readonly Iri AdminUnitL2 = new(Namespace + "adminUnitL2");
    }

    public static class Prov
    {
        public const string Namespace = "http://www.w3.org/ns/prov#";
        public static readonly Iri WasGeneratedBy = new(Namespace + "wasGeneratedBy");
        public static readonly Iri WasDerivedFrom = new(Namespace + "wasDerivedFrom");
        public static readonly Iri QualifiedAttribution = new(Namespace + "qualifiedAttribution");
        public static readonly Iri Attribution = new(Namespace + "Attribution");
        public static readonly Iri Agent = new(Namespace + "agent");
        public static readonly Iri HadRole = new(Namespace + "hadRole");
    }

    /// <summary>The prefixes writers declare by default.</summary>
    public static IReadOnlyDictionary<string, string> CommonPrefixes { get; } = new Dictionary<string, string>
    {
        ["rdf"] = Rdf.Namespace,
        ["rdfs"] = Rdfs.Namespace,
        ["xsd"] = Xsd.Namespace,
        ["dcat"] = Dcat.Namespace,
        ["dct"] = Dct.Namespace,
        ["foaf"] = Foaf.Namespace,
        ["vcard"] = Vcard.Namespace,
        ["skos"] = Skos.Namespace,
        ["spdx"] = Spdx.Namespace,
        ["adms"] = Adms.Namespace,
        ["owl"] = Owl.Namespace,
        ["schema"] = Schema.Namespace,
        ["hydra"] = Hydra.Namespace,
        ["sh"] = Sh.Namespace,
        ["locn"] = Locn.Namespace,
        ["prov"] = Prov.Namespace,
    };
}
