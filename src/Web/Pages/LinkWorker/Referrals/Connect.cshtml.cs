using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using SocialPrescribing.Web.Services;

namespace SocialPrescribing.Web.Pages.LinkWorker.Referrals;

public sealed class ConnectInput
{
    [Required]
    public string TargetKind { get; set; } = TargetKinds.Activity;

    [Required(ErrorMessage = "Choose an activity or volunteer from the suggestions or the directory")]
    public Guid? TargetId { get; set; }

    public string? TargetName { get; set; }

    [Required(ErrorMessage = "Choose the organisation that answers this request")]
    public Guid? ProviderId { get; set; }

    public string? ProviderName { get; set; }

    /// <summary>The person agreed their name and contact details go to the provider with the request.</summary>
    public bool ShareDetails { get; set; }

    /// <summary>How they agreed to share (verbally, in writing, online): recorded with the consent.</summary>
    public string? ShareMethod { get; set; }
}

/// <summary>
/// Sends a connection request to one activity or volunteer (from a suggestion or a directory result);
/// the provider then has the agreed time to answer: for an activity, the organisation that runs it; for a
/// volunteer, the organisation they give time to (chosen here when there are several). The request shares
/// the person's details, so the service refuses it without their consent to share with that organisation:
/// unless it stands already, it is recorded here first, with how they gave it.
/// </summary>
public sealed class ConnectModel(ReferralsClient referrals, MatchingSuggestions matching, DirectoryClient directory) : ReferralFormModel<ConnectInput>(referrals)
{
    /// <summary>The organisations a volunteer gives time to, by name, when there is more than one to choose from.</summary>
    public IReadOnlyList<(Guid Id, string Name)> Organisations { get; private set; } = [];

    /// <summary>The service refuses a request without consent to share ("consent"): the error points at the box that records it.</summary>
    protected override IReadOnlyDictionary<string, string>? ServiceFieldNames { get; } =
        new Dictionary<string, string> { ["consent"] = nameof(ConnectInput.ShareDetails), ["method"] = nameof(ConnectInput.ShareMethod) };

    /// <summary>Consent to share with the chosen organisation that stands already, so it is not asked again.</summary>
    public ConsentEntry? StandingConsent => Person?.ConsentToShareWith(Input.ProviderId);

    public async Task OnGetAsync(string? kind, Guid? target, string? name, Guid? provider, string? providerName, CancellationToken cancellationToken)
    {
        Input = new ConnectInput
        {
            TargetKind = kind == TargetKinds.Volunteer ? TargetKinds.Volunteer : TargetKinds.Activity,
            TargetId = target,
            TargetName = name,
            ProviderId = provider,
            ProviderName = providerName,
        };
        await LoadAsync(cancellationToken);
        if (Input is { ProviderId: null, TargetKind: TargetKinds.Volunteer, TargetId: { } volunteer })
        {
            await LoadOrganisationsAsync(volunteer, cancellationToken);
        }
        if (Input is { ProviderId: null, TargetKind: TargetKinds.Activity, TargetId: { } activity })
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

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        // A choice among a volunteer's organisations posts only the id: the names are looked up again.
        if (Input is { TargetKind: TargetKinds.Volunteer, TargetId: { } volunteer, ProviderName: null or "" })
        {
            await LoadOrganisationsAsync(volunteer, cancellationToken);
            Input.ProviderName = Organisations.FirstOrDefault(o => o.Id == Input.ProviderId).Name;
        }
        if (Input is { ShareDetails: true, ShareMethod: null or "" })
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(ConnectInput.ShareMethod)}", "Select how the person agreed to share their details");
        }
        return await SubmitAsync(async () =>
        {
            if (Input.ShareDetails && Case is null)
            {
                await LoadAsync(cancellationToken);
            }
            if (Input.ShareDetails && Case is { } c && StandingConsent is null)
            {
                await Referrals.GiveConsentAsync(c.Referral.PersonId, Input.ProviderId!.Value, ProviderLabel, Input.ShareMethod, cancellationToken);
            }
            await Referrals.ConnectAsync(Id, new ConnectionRequest(Input.TargetKind, Input.TargetId!.Value, Input.ProviderId!.Value, null, Request: true,
                VolunteerName: Input.TargetKind == TargetKinds.Volunteer ? Input.TargetName : null), cancellationToken);
        }, Input.TargetKind == TargetKinds.Volunteer
            ? $"Introduction requested: {Input.TargetName ?? "the volunteer"}. {ProviderLabel} has been asked to answer."
            : $"Connection requested: {Input.TargetName ?? "the activity"}. The provider has been asked to answer.", cancellationToken);
    }

    /// <summary>Who may answer for the volunteer: the only organisation is chosen at once; several are offered as a choice.</summary>
    private async Task LoadOrganisationsAsync(Guid volunteer, CancellationToken cancellationToken)
    {
        try
        {
            var ids = await Referrals.VolunteerOrganisationsAsync(volunteer, cancellationToken);
            var named = new List<(Guid Id, string Name)>();
            foreach (var id in ids)
            {
                named.Add((id, (await directory.OrganisationAsync(id, cancellationToken))?.Name ?? "An organisation not listed in the directory"));
            }
            Organisations = named;
            if (named is [var only])
            {
                (Input.ProviderId, Input.ProviderName) = (only.Id, only.Name);
            }
        }
        catch (Exception e) when (e is ServiceUnavailableException or ServiceAccessDeniedException)
        {
            Unavailable ??= "The organisation this volunteer gives time to cannot be found right now. Try again in a few minutes.";
        }
    }

    public string ProviderLabel => !string.IsNullOrWhiteSpace(Input.ProviderName) ? Input.ProviderName
        : Input.TargetKind == TargetKinds.Volunteer ? "the volunteer's organisation" : "the organisation that runs it";
}
