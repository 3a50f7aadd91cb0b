using Microsoft.AspNetCore.Mvc;
using SocialPrescribing.Web.Services;

namespace SocialPrescribing.Web.Pages.LinkWorker.Referrals;

public sealed class ConsentInput
{
    /// <summary>The provider whose consent to share is withdrawn; none means consent to the service.</summary>
    public Guid? ProviderId { get; set; }

    public string? ProviderName { get; set; }

    public bool Withdraw { get; set; }

    public string? Method { get; set; }
}

/// <summary>
/// Records the person's consent to the service, or withdraws it or a consent to share, with how they said
/// so. Consent to share with an organisation is given when the request is sent (see <see cref="ConnectModel"/>).
/// </summary>
public sealed class ConsentModel(ReferralsClient referrals) : ReferralFormModel<ConsentInput>(referrals)
{
    public async Task OnGetAsync(Guid? provider, string? providerName, bool withdraw, CancellationToken cancellationToken)
    {
        Input = new ConsentInput { ProviderId = provider, ProviderName = providerName, Withdraw = withdraw || provider is not null };
        await LoadAsync(cancellationToken);
    }

    public string What => Input.ProviderId is null ? "consent to the social prescribing service" : $"consent to share their details with {Input.ProviderName ?? "the organisation"}";

    public string Heading => Input.Withdraw ? $"Withdraw {What}" : $"Record {What}";

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(Input.Method))
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(ConsentInput.Method)}", Input.Withdraw ? "Select how the person withdrew their consent" : "Select how the person agreed");
        }
        if (ModelState.IsValid && Case is null)
        {
            await LoadAsync(cancellationToken);
        }
        var personId = Case?.Referral.PersonId ?? Guid.Empty;
        return await SubmitAsync(
            () => Input.Withdraw
                ? Referrals.WithdrawConsentAsync(personId, Input.ProviderId, Input.Method, cancellationToken)
                : Referrals.GiveServiceConsentAsync(personId, Input.Method, cancellationToken),
            Input.Withdraw ? $"Withdrawal of {What} recorded." : $"{char.ToUpperInvariant(What[0])}{What[1..]} recorded.", cancellationToken);
    }
}
