using OpenData.Dcat.Model;

namespace OpenData.Dcat.DcatAp;

/// <summary>
/// What the mapper needs from outside the dataset documents: the portal's address (every IRI we mint lives under it),
/// the organizations and themes that datasets refer to by name, and the catalogue's own description.
/// The Dcat library has no store: the web host loads these and passes them in.
/// </summary>
public sealed record DcatApContext
{
    public DcatApContext(string baseUrl)
    {
        BaseUrl = baseUrl.TrimEnd('/');
        Iris = new PortalIris(BaseUrl);
    }

    /// <summary>The portal's public address without a trailing slash (PortalOptions.PublicBaseUrl).</summary>
    public string BaseUrl { get; }

    public PortalIris Iris { get; }

    /// <summary>Organizations by name (dct:publisher); an unknown name still yields an agent named after it.</summary>
    public IReadOnlyDictionary<string, Organization> Organizations { get; init; } = new Dictionary<string, Organization>();

    /// <summary>The portal's themes (CKAN groups), for labels of the national theme concepts.</summary>
    public IReadOnlyList<Theme> Themes { get; init; } = [];

    public CatalogDescription Catalog { get; init; } = new();
}

/// <summary>dcat:Catalog's own metadata. DCAT-AP 3: title, description and publisher are mandatory.</summary>
public sealed record CatalogDescription
{
    public string Title { get; init; } = "Cổng dữ liệu mở";
    public string Description { get; init; } = "Danh mục dữ liệu mở của cơ quan nhà nước theo Nghị định 47/2020/NĐ-CP.";

    /// <summary>Name of the organization operating the portal; null: an agent named <see cref="PublisherName"/>.</summary>
    public string? PublisherOrganization { get; init; }

    public string PublisherName { get; init; } = "Ủy ban nhân dân tỉnh";
}

/// <summary>The IRIs we mint. Datasets and distributions are named by id (stable across renames, as ckanext-dcat does).</summary>
public sealed class PortalIris(string baseUrl)
{
    public string BaseUrl { get; } = baseUrl;

    public string Catalog => BaseUrl + "/catalog";

    public string Dataset(Guid id) => $"{BaseUrl}/dataset/{id:D}";

    public string DatasetPage(string name) => $"{BaseUrl}/dataset/{Uri.EscapeDataString(name)}";

    public string Distribution(Guid datasetId, Guid distributionId) => $"{BaseUrl}/dataset/{datasetId:D}/resource/{distributionId:D}";

    public string DistributionPage(string datasetName, Guid distributionId) => $"{DatasetPage(datasetName)}/resource/{distributionId:D}";

    public string Download(string datasetName, Guid distributionId, string fileName) =>
        $"{DistributionPage(datasetName, distributionId)}/download/{Uri.EscapeDataString(fileName)}";

    public string Organization(string name) => $"{BaseUrl}/organization/{Uri.EscapeDataString(name)}";

    public string ThemeScheme => BaseUrl + "/group";

    public string Theme(string name) => $"{ThemeScheme}/{Uri.EscapeDataString(name)}";

    public string AccessLevelScheme => BaseUrl + "/access-level";

    public string AccessLevel(string code) => $"{AccessLevelScheme}/{code}";

    /// <summary>Vietnamese administrative units (đơn vị hành chính, QĐ 19/2025/QĐ-TTg codes).</summary>
    public string AdministrativeUnit(string code) => $"{BaseUrl}/dvhc/{Uri.EscapeDataString(code)}";

    public string License(string id) => $"{BaseUrl}/license/{Uri.EscapeDataString(id)}";

    public string CkanApiService => BaseUrl + "/api/3#service";

    public string DcatService => BaseUrl + "/catalog#service";
}
