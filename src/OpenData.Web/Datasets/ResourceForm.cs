using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using OpenData.Dcat.Model;
using OpenData.Web.Accounts;
using OpenData.Web.Catalog;
using OpenData.Web.Hosting;
using OpenData.Web.Shared;

namespace OpenData.Web.Datasets;

/// <summary>The resource form: a file upload or a link, with a name, description and format.</summary>
public sealed class ResourceForm
{
    [FromForm(Name = "name")] public string? Name { get; set; }
    [FromForm(Name = "description")] public string? Description { get; set; }
    [FromForm(Name = "format")] public string? Format { get; set; }
    [FromForm(Name = "url")] public string? Url { get; set; }
    [FromForm(Name = "upload")] public IFormFile? Upload { get; set; }

    public static ResourceForm From(Distribution r) => new()
    {
        Name = r.Title,
        Description = r.Description,
        Format = r.Format,
        Url = r.Url,
    };

    /// <summary>The action's input; the file is streamed from the request, never buffered here.</summary>
    public ResourceInput ToInput(Stream? upload) => new()
    {
        Title = Name,
        Description = Description,
        Format = Format,
        Url = Url,
        Upload = upload is null || Upload is null ? null : new UploadInput(upload, Upload.FileName, Upload.ContentType),
    };
}

/// <summary>What the add and edit resource pages share: the dataset, the editor check, and turning an over-size body into a message.</summary>
public abstract class ResourceFormPage(CurrentActor current, DatasetActions datasets, IOptions<PortalOptions> portal, IStringLocalizer<SharedResource> l) : PortalPageModel
{
    /// <summary>The {name} route value; read from the route only, so a form field called "name" cannot stand in for it.</summary>
    public string Name => RouteData.Values["name"] as string ?? "";

    public DatasetView View { get; private set; } = null!; // set by LoadAsync before rendering

    public ResourceForm Form { get; protected set; } = new();

    public abstract bool IsNew { get; }

    public override IReadOnlyDictionary<string, string> FieldLabels { get; } = new Dictionary<string, string>(DefaultFieldLabels)
    {
        ["url"] = "ResourceForm.Link",
        ["title"] = "ResourceForm.Name",
    };

    public string MaxUpload => Display.Bytes(portal.Value.MaxUploadBytes);

    protected Actor Actor { get; private set; } = Actor.Anonymous;

    protected NotFoundException ResourceNotFound() => new(l["Resource.NotFound"]);

    protected async Task LoadAsync(CancellationToken ct)
    {
        Actor = await current.GetAsync(ct);
        View = await datasets.ShowAsync(Actor, Name, ct);
        if (!CatalogAuthorization.CanEditDatasets(Actor, View.Organization.Id) || View.Dataset.State == DatasetState.Deleted)
        {
            throw new NotAuthorizedException(l["Auth.NotAllowed"]);
        }
    }

    /// <summary>Saves through <paramref name="save"/> unless the body was over the limit; refusals come back as messages on the form.</summary>
    protected async Task<IActionResult> SaveAsync(ResourceForm form, Func<ResourceInput, Task> save)
    {
        Form = form;
        if (HttpContext.Items.ContainsKey(UploadFormAttribute.TooLargeKey))
        {
            return Rejected(ValidationException.For("upload", l["Upload.TooLarge", MaxUpload]), StatusCodes.Status413PayloadTooLarge);
        }
        try
        {
            await using var stream = form.Upload?.OpenReadStream();
            await save(form.ToInput(stream));
        }
        catch (ValidationException e)
        {
            return Rejected(e);
        }
        return Redirect($"/dataset/{View.Dataset.Name}");
    }
}
