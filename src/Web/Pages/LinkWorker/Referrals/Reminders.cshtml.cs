using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SocialPrescribing.Web.Services;
using SocialPrescribing.Web.TagHelpers;

namespace SocialPrescribing.Web.Pages.LinkWorker.Referrals;

public sealed class PersonRemindersInput
{
    [Required(ErrorMessage = "Select how the person wants to be reminded")]
    public string? Preference { get; set; }
}

/// <summary>How the person wants reminders, as agreed with them, and every notification recorded for the referral.</summary>
public sealed class RemindersModel(ReferralsClient referrals) : ReferralFormModel<PersonRemindersInput>(referrals)
{
    public IReadOnlyList<SentNotification> Notifications { get; private set; } = [];

    public IReadOnlyList<Choice> Choices =>
    [
        new(ReminderChoices.Email, "By email", Person is { Email: null } ? "We have no email address for them." : null),
        new(ReminderChoices.Text, "By text message", Person is { Mobile: null } ? "We have no mobile number for them." : null),
        new(ReminderChoices.None, "No reminders"),
    ];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        await LoadRemindersAsync(prefill: true, cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await SubmitAsync(() => Referrals.SetRemindersAsync(Id, Input.Preference!, cancellationToken), "Reminder choice saved.", cancellationToken);
        if (result is PageResult)
        {
            await LoadRemindersAsync(prefill: false, cancellationToken);
        }
        return result;
    }

    private async Task LoadRemindersAsync(bool prefill, CancellationToken cancellationToken)
    {
        try
        {
            if (prefill)
            {
                Input.Preference = (await Referrals.RemindersAsync(Id, cancellationToken)).Preference;
            }
            Notifications = await Referrals.NotificationsAsync(Id, cancellationToken);
        }
        catch (Exception e) when (e is ServiceUnavailableException or ServiceAccessDeniedException)
        {
            Unavailable ??= "The reminders for this referral cannot be shown right now because the referrals service is not answering. Try again in a few minutes.";
        }
    }
}
