using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenData.Web.Accounts;
using OpenData.Web.Catalog;

namespace OpenData.Web.DataStore;

/// <summary>
/// /dataset/{name}/resource/{id}/datastore: the data-store status page and the editor's POST handlers
/// (forced encoding, data dictionary, reload). Every change goes through <see cref="DatastoreActions"/>.
/// </summary>
public sealed class DatastoreSettingsModel(DatastoreActions actions, CurrentActor current) : PageModel
{
    public string Name => RouteData.Values["name"] as string ?? "";

    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public sealed class FieldForm
    {
        public string Id { get; set; } = "";
        public string? Type { get; set; }
        public string? Label { get; set; }
        public string? Description { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var info = await actions.StatusAsync(await current.GetAsync(ct), Id, ct);
        return info is null ? NotFound() : Page();
    }

    public async Task<IActionResult> OnPostSettingsAsync(string? encoding, List<FieldForm>? fields, CancellationToken ct)
    {
        return await RunAsync(actor => actions.ConfigureAsync(actor, Id, encoding,
            (fields ?? []).Select(f => new DatastoreFieldInput(f.Id, f.Type, f.Label, f.Description)).ToList(), ct), ct);
    }

    public Task<IActionResult> OnPostReloadAsync(CancellationToken ct) => RunAsync(actor => actions.ReloadAsync(actor, Id, ct), ct);

    private async Task<IActionResult> RunAsync(Func<Actor, Task<DatastoreInfo>> work, CancellationToken ct)
    {
        var actor = await current.GetAsync(ct);
        try
        {
            await work(actor);
        }
        catch (NotAuthorizedException)
        {
            return Forbid();
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
        catch (ValidationException e)
        {
            Errors = e.Errors.SelectMany(x => x.Value).ToList();
            return Page();
        }
        return Redirect($"/dataset/{Uri.EscapeDataString(Name)}/resource/{Id}");
    }
}
