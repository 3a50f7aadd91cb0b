using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using SocialPrescribing.Web.Services;

namespace SocialPrescribing.Web.Pages.LinkWorker.Referrals;

public sealed class ConnectInput
{
    [Required]
    public string TargetKind { get; set; } = "Activity";

    [Required(ErrorMessage = "Choose an activity or volunteer from the suggestions or the directory")]
    public Guid? TargetId { get; set; }

    public string? TargetName { get; set; }

    [Required(ErrorMessage = "The organisation that answers this request is not known: find the activity in the directory search")]
    public Guid? ProviderId { get; set; }

    public string? ProviderName { get; set; }

    /// <summary>The person agreed their name and contact details go to the provider with the request.</summary>
    public bool ShareDetails { get; set; }
}

/// <summary>
/// Sends a connection request to one activity or volunteer (from a suggestion or a directory result);
/// the provider then has the agreed time to answer. With the person's agreement, their consent to
/// share is recorded first, so the provider can contact them.
/// </summary>
public sealed class ConnectModel(ReferralsClient referrals, MatchingSuggestions matching) : ReferralFormModel<ConnectInput>(referrals)
{
    public async Task OnGetAsync(string? kind, Guid? target, string? name, Guid? provider, string? providerName, CancellationToken cancellationToken)
    {
        Input = new ConnectInput
        {
            TargetKind = kind == "Volunteer" ? "Volunteer" : "Activity",
            TargetId = target,
            TargetName = name,
            ProviderId = provider,
            ProviderName = providerName,
        };
        await LoadAsync(cancellationToken);
        if (Input is { ProviderId: null, TargetKind: "Activity", TargetId: { } activity })
        {
            try
            {
                Input.ProviderId = (await matching.ActivityAsync(activity, cancellationToken))?.OrganisationId;
            }
            catch (ServiceUnavailableException)
            {
                Unavailable ??= "The matcher is not answering, so the organisation that runs this activity is not known. Find the activity in the directory search instead.";
            }
        }
    }

    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) =>
        SubmitAsync(async () =>
        {
            if (Input.ShareDetails && Case is null)
            {
                await LoadAsync(cancellationToken);
            }
            if (Input.ShareDetails && Case is { } c)
            {
                await Referrals.GiveConsentAsync(c.Referral.PersonId, Input.ProviderId!.Value, ProviderLabel, cancellationToken);
            }
            await Referrals.ConnectAsync(Id, new ConnectionSubmission(Input.TargetKind, Input.TargetId!.Value, Input.ProviderId!.Value, Request: true), cancellationToken);
        }, $"Connection requested: {Input.TargetName ?? "the activity"}. The provider has been asked to answer.", cancellationToken);

    public string ProviderLabel => string.IsNullOrWhiteSpace(Input.ProviderName) ? "the organisation that runs it" : Input.ProviderName;
}
