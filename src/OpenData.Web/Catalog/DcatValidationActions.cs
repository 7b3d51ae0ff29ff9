using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using OpenData.Dcat.DcatAp;
using OpenData.Dcat.Rdf;
using OpenData.Dcat.Shacl;
using OpenData.Web.Hosting;

namespace OpenData.Web.Catalog;

/// <summary>Builds the mapper's context (organizations, themes, catalogue description) from the catalogue.</summary>
public sealed class DcatContextFactory(OrganizationActions organizations, ThemeActions themes, IOptions<PortalOptions> options)
{
    public async Task<DcatApContext> CreateAsync(string baseUrl, CancellationToken ct)
    {
        var orgs = await organizations.ListAsync(Actor.Anonymous, ct);
        var themeList = await themes.AllAsync(ct);
        return new DcatApContext(baseUrl)
        {
            Organizations = orgs.ToDictionary(o => o.Organization.Name, o => o.Organization),
            Themes = themeList,
            Catalog = new CatalogDescription
            {
                Title = options.Value.SiteTitle,
                Description = $"Danh mục dữ liệu mở của {options.Value.SiteTitle} (DCAT-AP 3), theo Nghị định 47/2020/NĐ-CP.",
                PublisherName = options.Value.SiteTitle,
            },
        };
    }
}

/// <summary>The DCAT-AP shapes from <see cref="PortalOptions.DcatApShapesFile"/>, parsed once per process.</summary>
public sealed class DcatApShapes(IOptions<PortalOptions> options)
{
    private readonly Lazy<ShaclValidator?> validator = new(() =>
    {
        var path = options.Value.DcatApShapesFile;
        if (string.IsNullOrWhiteSpace(path))
        {
            return null;
        }
        using var reader = File.OpenText(path);
        return ShaclValidator.FromTurtle(reader);
    });

    public ShaclValidator? Validator => validator.Value;
}

public sealed record DcatProblem(string Property, string Message, ShaclSeverity Severity);

/// <summary>Null <see cref="Problems"/>: no shapes file is configured, so nothing was checked.</summary>
public sealed record DcatValidation(IReadOnlyList<DcatProblem>? Problems)
{
    public bool Checked => Problems is not null;
}

/// <summary>DCAT-AP 3 problems of a dataset's published metadata, for the editors who can fix them.</summary>
public sealed class DcatValidationActions(DatasetActions datasets, DcatContextFactory contexts, DcatApShapes shapes, IStringLocalizer<SharedResource> l)
{
    public async Task<DcatValidation> ValidateAsync(Actor actor, string nameOrId, string baseUrl, CancellationToken ct)
    {
        var view = await datasets.ShowAsync(actor, nameOrId, ct);
        if (!CatalogAuthorization.CanEditDatasets(actor, view.Organization.Id))
        {
            throw new NotAuthorizedException(l["Auth.NotAllowed"]);
        }
        if (shapes.Validator is not { } validator)
        {
            return new DcatValidation(null);
        }
        var context = await contexts.CreateAsync(baseUrl, ct);
        var report = validator.Validate(new DcatApWriter(context).DatasetGraph(view.Dataset), ct);
        return new DcatValidation(report.Results.Select(Describe).Distinct().ToList());
    }

    private static DcatProblem Describe(ShaclResult result)
    {
        var field = FieldName(result.PathIri?.Value) ?? result.ShapeName ?? result.Path ?? "?";
        var component = result.Constraint.Value[Vocabulary.Sh.Namespace.Length..];
        var message = component switch
        {
            "MinCountConstraintComponent" => $"Thiếu thông tin bắt buộc theo DCAT-AP 3: {field}.",
            "MaxCountConstraintComponent" => $"{field}: có nhiều giá trị hơn DCAT-AP 3 cho phép.",
            "DatatypeConstraintComponent" => $"{field}: giá trị sai kiểu dữ liệu ({result.Value}).",
            "ClassConstraintComponent" or "NodeKindConstraintComponent" => $"{field}: giá trị không thuộc loại DCAT-AP 3 yêu cầu ({result.Value}).",
            _ => $"{field}: không hợp lệ theo DCAT-AP 3 ({result.Message}).",
        };
        return new DcatProblem(field, message, result.Severity);
    }

    /// <summary>The dataset form's labels for the DCAT properties editors can fix.</summary>
    private static string? FieldName(string? property) => property switch
    {
        "http://purl.org/dc/terms/title" => "Tiêu đề",
        "http://purl.org/dc/terms/description" => "Mô tả",
        "http://purl.org/dc/terms/publisher" => "Cơ quan công bố",
        "http://purl.org/dc/terms/license" => "Giấy phép",
        "http://purl.org/dc/terms/accrualPeriodicity" => "Tần suất cập nhật",
        "http://purl.org/dc/terms/temporal" => "Thời gian",
        "http://purl.org/dc/terms/spatial" => "Phạm vi địa lý",
        "http://purl.org/dc/terms/modified" => "Ngày cập nhật",
        "http://purl.org/dc/terms/issued" => "Ngày công bố",
        "http://www.w3.org/ns/dcat#contactPoint" => "Đầu mối liên hệ",
        "http://www.w3.org/ns/dcat#theme" => "Nhóm dữ liệu",
        "http://www.w3.org/ns/dcat#keyword" => "Từ khóa",
        "http://www.w3.org/ns/dcat#distribution" => "Tài nguyên",
        "http://www.w3.org/ns/dcat#accessURL" => "Đường dẫn truy cập tài nguyên",
        "http://www.w3.org/ns/dcat#byteSize" => "Kích thước tệp",
        "http://www.w3.org/ns/dcat#version" => "Phiên bản",
        "http://xmlns.com/foaf/0.1/name" => "Tên cơ quan",
        _ => null,
    };
}
