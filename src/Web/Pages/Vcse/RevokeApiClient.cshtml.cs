using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SocialPrescribing.Authorization;
using SocialPrescribing.Web.Services;

namespace SocialPrescribing.Web.Pages.Vcse;

/// <summary>Confirms revoking a client: its systems stop getting tokens at once, those already issued run out within 15 minutes.</summary>
[Authorize(Roles = Roles.VcseManager)]
public sealed class RevokeApiClientModel(ApiClientsClient identity) : VcsePageModel
{
    [BindProperty(SupportsGet = true)]
    public string ClientId { get; set; } = "";

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await TryChangeAsync<object>(() => identity.RevokeAsync(Organisation, ClientId, cancellationToken), "The client was not revoked"))
        {
            TempData[nameof(ApiClientsModel.Done)] = $"Client {ClientId} is revoked.";
            return RedirectToPage("ApiClients");
        }
        return Page();
    }
}
