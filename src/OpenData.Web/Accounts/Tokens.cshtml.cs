using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using OpenData.Web.Catalog;
using OpenData.Web.Shared;

namespace OpenData.Web.Accounts;

/// <summary>The signed-in user's API tokens; a new token's secret is shown on the result page once and never again.</summary>
[Authorize]
public sealed class TokensModel(CurrentActor current, AccountActions accounts) : PortalPageModel
{
    public IReadOnlyList<ApiTokenView> Tokens { get; private set; } = [];

    public CreatedApiToken? Created { get; private set; }

    public string? TokenName { get; private set; }

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public async Task<IActionResult> OnPostCreateAsync([FromForm(Name = "name")] string? name, CancellationToken ct)
    {
        var actor = await current.GetAsync(ct);
        try
        {
            Created = await accounts.CreateTokenAsync(actor, actor.Name, name ?? "", ct);
        }
        catch (ValidationException e)
        {
            await LoadAsync(ct);
            TokenName = name;
            return Rejected(e);
        }
        // Rendered, not redirected: the secret must not end up in a URL or be shown a second time.
        Response.Headers.CacheControl = "no-store";
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync([FromForm(Name = "id")] Guid id, CancellationToken ct)
    {
        await accounts.RevokeTokenAsync(await current.GetAsync(ct), id, ct);
        return Redirect("/user/tokens");
    }

    private async Task LoadAsync(CancellationToken ct) => Tokens = await accounts.ListTokensAsync(await current.GetAsync(ct), ct);
}
