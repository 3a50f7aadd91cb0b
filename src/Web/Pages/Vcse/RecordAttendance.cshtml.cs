using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SocialPrescribing.Authorization;
using SocialPrescribing.Web.Services;
using SocialPrescribing.Web.TagHelpers;

namespace SocialPrescribing.Web.Pages.Vcse;

/// <summary>
/// A manager records whether a person came to one of the organisation's activities; the link worker sees
/// it, and who recorded it, on the referral. The referrals service refuses any other organisation's request.
/// </summary>
[Authorize(Roles = Roles.VcseManager)]
public sealed class RecordAttendanceModel(ProviderConnectionsClient referrals) : VcsePageModel
{
    public static readonly IReadOnlyList<Choice> Outcomes =
    [
        new(ConnectionStatuses.Attended, "Attended", "They came to a session."),
        new(ConnectionStatuses.DidNotAttend, "Did not attend", "They missed their first session; their place is kept for the next one."),
        new(ConnectionStatuses.DroppedOut, "Dropped out", "They stopped coming or will not start. Say why below."),
    ];

    [BindProperty(SupportsGet = true)]
    public Guid ConnectionId { get; set; }

    [BindProperty]
    public RecordAttendanceInput Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(Input.Outcome))
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(RecordAttendanceInput.Outcome)}", "Select whether the person attended");
        }
        if (Input.Outcome == ConnectionStatuses.DroppedOut && string.IsNullOrWhiteSpace(Input.Reason))
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(RecordAttendanceInput.Reason)}", "Enter why the person dropped out");
        }
        if (ModelState.IsValid
            && await TryChangeAsync<RecordAttendanceInput>(
                () => referrals.RecordAttendanceAsync(Organisation, ConnectionId, Input.Outcome!, Input.Reason?.Trim(), cancellationToken), "Attendance was not recorded"))
        {
            TempData[nameof(RequestsModel.Done)] = "Attendance recorded; the link worker can see it.";
            return RedirectToPage("Requests");
        }
        return Page();
    }
}
