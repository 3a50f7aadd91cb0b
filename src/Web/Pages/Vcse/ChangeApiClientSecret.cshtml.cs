using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SocialPrescribing.Authorization;
using SocialPrescribing.Web.Services;

namespace SocialPrescribing.Web.Pages.Vcse;

/// <summary>
/// Confirms changing a client's secret: the old secret stops working at once, so the organisation's
/// connected system fails until the new one is put in it. The new secret is shown here, once.
/// </summary>
[Authorize(Roles = Roles.VcseManager)]
public sealed class ChangeApiClientSecretModel(ApiClientsClient identity) : ApiClientPageModel(identity)
{
    /// <summary>The secret just made, shown this once.</summary>
    public ApiClientSecret? NewSecret { get; private set; }

    public Task OnGetAsync(string clientId, CancellationToken cancellationToken) => LoadClientAsync(clientId, cancellationToken);

    public async Task<IActionResult> OnPostAsync(string clientId, CancellationToken cancellationToken)
    {
        if (await LoadClientAsync(clientId, cancellationToken))
        {
            await TryChangeAsync<object>(async () =>
            {
                NewSecret = await Identity.RotateAsync(Organisation, clientId, cancellationToken);
            }, "The secret was not changed");
        }
        return Page();
    }
}
