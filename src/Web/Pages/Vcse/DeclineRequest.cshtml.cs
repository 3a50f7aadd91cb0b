using Microsoft.AspNetCore.Mvc;
using SocialPrescribing.Web.Services;

namespace SocialPrescribing.Web.Pages.Vcse;

/// <summary>Declining a connection request: the link worker needs the reason to find the person something else.</summary>
public sealed class DeclineRequestModel(ProviderConnectionsClient referrals) : VcsePageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid ConnectionId { get; set; }

    [BindProperty]
    public DeclineRequestInput Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (ModelState.IsValid
            && await TryChangeAsync<DeclineRequestInput>(
                () => referrals.AnswerAsync(Organisation, ConnectionId, accept: false, Input.Reason!.Trim(), cancellationToken), "The request was not declined"))
        {
            TempData[nameof(RequestsModel.Done)] = "The request is declined; the link worker can see your reason.";
            return RedirectToPage("Requests");
        }
        return Page();
    }
}
