using Microsoft.AspNetCore.Mvc;
using System.ComponentModel.DataAnnotations;
using SocialPrescribing.Web.Services;
using SocialPrescribing.Web.TagHelpers;

namespace SocialPrescribing.Web.Pages.LinkWorker.Referrals;

public sealed class StatusInput
{
    [Required(ErrorMessage = "Select what has happened")]
    public string? Status { get; set; }

    [Required(ErrorMessage = "Enter why, for the referral's timeline")]
    [StringLength(1000, ErrorMessage = "The reason must be 1000 characters or fewer")]
    public string? Reason { get; set; }
}

/// <summary>Moves a referral on (contacted, assessed, …) with the reason kept in its timeline.</summary>
public sealed class StatusModel(ReferralsClient referrals) : ReferralFormModel<StatusInput>(referrals)
{
    public static readonly IReadOnlyList<Choice> Steps =
    [
        new(ReferralStatuses.Contacted, "Contacted", "You have spoken with the person."),
        new(ReferralStatuses.Assessed, "Assessed", "The \"what matters to me\" conversation happened and a plan is agreed."),
        new(ReferralStatuses.Connecting, "Connecting", "Requests to activities or volunteers are on their way."),
        new(ReferralStatuses.Connected, "Connected", "The person has started an activity or met a volunteer."),
        new(ReferralStatuses.FollowUp, "Follow-up", "Checking how things are going."),
    ];

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) =>
        SubmitAsync(() => Referrals.MoveAsync(Id, Input.Status!, Input.Reason!.Trim(), Version, cancellationToken),
            $"Status changed to {Steps.FirstOrDefault(s => s.Value == Input.Status)?.Label ?? Input.Status}.", cancellationToken);
}
