using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SocialPrescribing.Authorization;
using SocialPrescribing.Web.Services;

namespace SocialPrescribing.Web.Pages.Vcse;

/// <summary>
/// The organisation's API clients, for its own systems: managers create them here, and change their
/// secrets or revoke them on pages that ask first (<see cref="ChangeApiClientSecretModel"/>,
/// <see cref="RevokeApiClientModel"/>). A secret is shown on the page that answers the creation or change, once; it is never stored
/// by the web (not in TempData either) and identity keeps only its hash.
/// </summary>
[Authorize(Roles = Roles.VcseManager)]
public sealed class ApiClientsModel(ApiClientsClient identity) : VcsePageModel
{
    [BindProperty]
    public ApiClientInput Input { get; set; } = new();

    [TempData]
    public string? Done { get; set; }

    public IReadOnlyList<ApiClientSummary> Clients { get; private set; } = [];

    /// <summary>The secret just made, shown this once.</summary>
    public ApiClientSecret? NewSecret { get; private set; }

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken cancellationToken)
    {
        if (Input.Scopes.Count == 0)
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.Scopes)}", "Select what the client may do");
        }
        if (ModelState.IsValid)
        {
            await TryChangeAsync<ApiClientInput>(async () =>
            {
                NewSecret = await identity.CreateAsync(Organisation, Input.DisplayName!.Trim(), Input.Scopes, cancellationToken);
            }, "The client was not created");
        }
        if (NewSecret is not null)
        {
            ModelState.Clear();
            Input = new();
        }
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        Clients = await TryLoadAsync(() => identity.ListAsync(Organisation, cancellationToken), "Your API clients") ?? [];
}
