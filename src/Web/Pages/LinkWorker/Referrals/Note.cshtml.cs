using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using SocialPrescribing.Web.Services;

namespace SocialPrescribing.Web.Pages.LinkWorker.Referrals;

public sealed class NoteInput
{
    [Required(ErrorMessage = "Enter what matters to the person")]
    [StringLength(4000, ErrorMessage = "The note must be 4000 characters or fewer")]
    public string? Text { get; set; }
}

/// <summary>A "what matters to me" conversation note, added to the referral.</summary>
public sealed class NoteModel(ReferralsClient referrals) : ReferralFormModel<NoteInput>(referrals)
{
    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) =>
        SubmitAsync(() => Referrals.AddNoteAsync(Id, Input.Text!.Trim(), Version, cancellationToken), "Note added.", cancellationToken);
}
