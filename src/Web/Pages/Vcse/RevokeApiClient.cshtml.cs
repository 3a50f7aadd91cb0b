using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SocialPrescribing.Authorization;
using SocialPrescribing.Web.Services;

namespace SocialPrescribing.Web.Pages.Vcse;

/// <summary>Confirms revoking a client: its systems stop getting tokens at once, those already issued run out within 15 minutes.</summary>
[Authorize(Roles = Roles.VcseManager)]
public sealed class RevokeApiClientModel(ApiClientsClient identity) : ApiClientPageModel(identity)
{
    public Task OnGetAsync(string clientId, CancellationToken cancellationToken) => LoadClientAsync(clientId, cancellationToken);

    public async Task<IActionResult> OnPostAsync(string clientId, CancellationToken cancellationToken)
    {
        if (await LoadClientAsync(clientId, cancellationToken)
            && await TryChangeAsync<object>(() => Identity.RevokeAsync(Organisation, clientId, cancellationToken), "The client was not revoked"))
        {
            TempData[nameof(ApiClientsModel.Done)] = $"{Client!.DisplayName} is revoked.";
            return RedirectToPage("ApiClients");
        }
        return Page();
    }
}
